package org.sawt.conversation;

import java.util.List;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.Channels;
import org.sawt.channel.InboundLog.Outcome;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.contact.Contact;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.Contacts;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Carries out STOP, START and HELP. STOP and START apply to the address, so to every contact with it: the citizen
 * asks this number to stop writing, whichever agency's list they are on now or later.
 */
@Component
class KeywordCommands {

    private final Channels channels;
    private final Contacts contacts;
    private final Sessions sessions;
    private final QuestionPrompts prompts;
    private final Replies replies;
    private final Language defaultLanguage;

    KeywordCommands(Channels channels, Contacts contacts, Sessions sessions, QuestionPrompts prompts, Replies replies,
            ContactSettings contactSettings) {
        this.channels = channels;
        this.contacts = contacts;
        this.sessions = sessions;
        this.prompts = prompts;
        this.replies = replies;
        this.defaultLanguage = contactSettings.defaultLanguage();
    }

    List<OutboundMessage> carryOut(AcceptedInbound inbound, Keywords.Keyword keyword) {
        InboundMessage message = inbound.message();
        AddressKind kind = channels.addressKind(message.channel());
        String reason = "keyword " + message.text().trim();
        String phrase = switch (keyword) {
            case STOP -> {
                contacts.optOutAddress(kind, message.address(), message.channel(), reason);
                sessions.end(message.channel(), message.address());
                yield "keyword.stopped";
            }
            case START -> {
                contacts.optInAddress(kind, message.address(), message.channel(), reason);
                yield "keyword.started";
            }
            case HELP -> "keyword.help";
        };
        Contact contact = contacts.findByAddress(kind, message.address()).stream().findFirst().orElse(null);
        Language language = contact == null ? defaultLanguage : contact.language();
        return replies.send(inbound, contact, null, Outcome.KEYWORD, prompts.phrase(phrase, language));
    }
}

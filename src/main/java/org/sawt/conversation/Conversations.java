package org.sawt.conversation;

import java.util.List;
import java.util.UUID;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Language;
import org.sawt.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What other modules (and routes) may do to conversations: start one when a participant is invited, or when a
 * participant asks for an engagement themselves (a Telegram deep link).
 */
@Component
public class Conversations {

    private final Sessions sessions;
    private final Engagements engagements;
    private final Contacts contacts;
    private final QuestionPrompts prompts;
    private final Outbox outbox;

    Conversations(Sessions sessions, Engagements engagements, Contacts contacts, QuestionPrompts prompts,
            Outbox outbox) {
        this.sessions = sessions;
        this.engagements = engagements;
        this.contacts = contacts;
        this.prompts = prompts;
        this.outbox = outbox;
    }

    /** The next reply from this address answers the engagement's first question. */
    public void invited(String channel, String address, UUID contactId, UUID engagementId) {
        sessions.save(channel, address, Session.start(contactId, engagementId));
    }

    /**
     * The participant asked for the engagement: starts their conversation at its first question and queues the
     * invitation with that question (or, when the engagement is not open, a "nothing open" notice). Returns the
     * queued message for the caller to send through {@code direct:outbound}.
     */
    public List<OutboundMessage> begin(String channel, String address, UUID contactId, UUID engagementId) {
        Engagement engagement = engagements.find(engagementId)
                .orElseThrow(() -> new NotFoundException("Engagement", engagementId));
        Contact contact = contacts.find(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
        Language language = engagement.languageFor(contact.language());
        OutboundMessage message;
        if (engagement.status().acceptsResponses()) {
            invited(channel, address, contactId, engagementId);
            message = OutboundMessage.to(channel, address, prompts.invitation(engagement, language), contactId,
                    engagementId, null).withChoices(prompts.choices(engagement.question(0), language));
        } else {
            message = OutboundMessage.to(channel, address, prompts.phrase("conversation.nothing-open", language),
                    contactId, engagementId, null);
        }
        outbox.queue(message);
        return List.of(message);
    }
}

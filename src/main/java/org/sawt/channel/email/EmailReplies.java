package org.sawt.channel.email;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Headers;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.InboundLog;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.AddressHolder;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Replies written by people. A reply with a valid token becomes an inbound message carrying, in headers, the
 * participant, the engagement and the answers split per question, for {@code Conversations.answerAll}. A reply
 * without one is answered with how to reply, and when the sender was invited to an open engagement, with its
 * questions again under the participant's token.
 */
@Component("emailReplies")
public class EmailReplies {

    /** Camel headers set on a matched reply, read by routes/email.camel.yaml. */
    static final String CONTACT_HEADER = "sawtEmailContactId";
    static final String ENGAGEMENT_HEADER = "sawtEmailEngagementId";
    static final String ANSWERS_HEADER = "sawtEmailAnswers";

    private static final Logger log = LoggerFactory.getLogger(EmailReplies.class);

    private final EmailTokens tokens;
    private final Contacts contacts;
    private final Engagements engagements;
    private final InboundLog inboundLog;
    private final Outbox outbox;
    private final QuestionList questionList;
    private final TransactionOperations transactions;
    private final Language defaultLanguage;

    EmailReplies(EmailTokens tokens, Contacts contacts, Engagements engagements, InboundLog inboundLog, Outbox outbox,
            QuestionList questionList, TransactionOperations transactions,
            @Value("${sawt.contacts.default-language:ar}") String defaultLanguage) {
        this.tokens = tokens;
        this.contacts = contacts;
        this.engagements = engagements;
        this.inboundLog = inboundLog;
        this.outbox = outbox;
        this.questionList = questionList;
        this.transactions = transactions;
        this.defaultLanguage = Language.fromCode(defaultLanguage).orElse(Language.AR);
    }

    /** The reply as an inbound message; the headers say who answered what when its token is valid. */
    public InboundMessage toInbound(ReceivedEmail email, @Headers Map<String, Object> headers) {
        headers.remove(CONTACT_HEADER);
        headers.remove(ENGAGEMENT_HEADER);
        headers.remove(ANSWERS_HEADER);
        Optional<Invitation> invitation = Optional.ofNullable(email.token()).flatMap(tokens::verify)
                .flatMap(this::invitation);
        if (invitation.isPresent()) {
            headers.put(CONTACT_HEADER, invitation.get().contact().id());
            headers.put(ENGAGEMENT_HEADER, invitation.get().engagement().id());
            headers.put(ANSWERS_HEADER, NumberedAnswers.split(email.text(),
                    invitation.get().engagement().questions().size()));
        } else {
            log.info("Email reply {} has no valid reply token; the sender gets instructions", email.messageId());
        }
        return new InboundMessage(EmailAdapter.NAME, email.sender(), email.text(), email.messageId(),
                email.receivedAt());
    }

    /** Answers a reply that carried no valid token and no keyword, unless it was handled already; not counted. */
    public List<OutboundMessage> unmatched(AcceptedInbound inbound) {
        return transactions.execute(tx -> inboundLog.claim(inbound.id()) ? instructions(inbound)
                : List.<OutboundMessage>of());
    }

    private List<OutboundMessage> instructions(AcceptedInbound inbound) {
        InboundMessage message = inbound.message();
        Optional<AddressHolder> holder = contacts.likeliestHolder(AddressKind.EMAIL, message.address());
        Optional<Contact> contact = holder.map(AddressHolder::contact);
        Optional<Engagement> engagement = holder.flatMap(AddressHolder::latestEngagement)
                .flatMap(engagements::find)
                .filter(e -> e.status().acceptsResponses());
        Language language = engagement.map(e -> e.languageFor(contact.get().language()))
                .or(() -> contact.map(Contact::language))
                .orElse(defaultLanguage);
        EmailPhrases phrases = EmailPhrases.of(language);
        String text = engagement.map(e -> phrases.unmatchedInvited() + "\n\n" + questionList.text(e, language))
                .orElse(contact.isPresent() ? phrases.unmatchedNothingOpen() : phrases.unmatchedUnknown());
        UUID contactId = contact.map(Contact::id).orElse(null);
        UUID engagementId = engagement.map(Engagement::id).orElse(null);
        OutboundMessage reply = OutboundMessage.to(EmailAdapter.NAME, message.address(), text, contactId,
                engagementId, null);
        outbox.queueReply(reply, inbound.id(), InboundLog.Outcome.NOT_COUNTED);
        return List.of(reply);
    }

    /** The participant and engagement a token names, if both exist and belong to the same agency. */
    private Optional<Invitation> invitation(EmailTokens.Claims claims) {
        Optional<Contact> contact = contacts.find(claims.contactId());
        Optional<Engagement> engagement = engagements.find(claims.engagementId());
        if (contact.isEmpty() || engagement.isEmpty()
                || !contact.get().agencyId().equals(engagement.get().agencyId())) {
            return Optional.empty();
        }
        return Optional.of(new Invitation(contact.get(), engagement.get()));
    }

    /** Who a token invited to what. */
    private record Invitation(Contact contact, Engagement engagement) {
    }
}

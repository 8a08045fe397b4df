package org.sawt.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.InboundLog;
import org.sawt.channel.InboundLog.Outcome;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.engagement.Question;
import org.sawt.response.AnswerReceived;
import org.sawt.response.Responses;
import org.sawt.shared.Language;
import org.sawt.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What other modules (and routes) may do to conversations: start one when a participant is invited, or when a
 * participant asks for an engagement themselves (a Telegram deep link); record a reply that answers a whole
 * questionnaire at once (an email).
 */
@Component
public class Conversations {

    private final Sessions sessions;
    private final Engagements engagements;
    private final Contacts contacts;
    private final QuestionPrompts prompts;
    private final Outbox outbox;
    private final ConversationEngine engine;
    private final Keywords keywords;
    private final ReplyParser parser;
    private final Responses responses;
    private final InboundLog inboundLog;
    private final Replies replies;
    private final TransactionOperations transactions;

    Conversations(Sessions sessions, Engagements engagements, Contacts contacts, QuestionPrompts prompts,
            Outbox outbox, ConversationEngine engine, Keywords keywords, ReplyParser parser, Responses responses,
            InboundLog inboundLog, Replies replies, TransactionOperations transactions) {
        this.sessions = sessions;
        this.engagements = engagements;
        this.contacts = contacts;
        this.prompts = prompts;
        this.outbox = outbox;
        this.engine = engine;
        this.keywords = keywords;
        this.parser = parser;
        this.responses = responses;
        this.inboundLog = inboundLog;
        this.replies = replies;
        this.transactions = transactions;
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

    /**
     * Records a reply that answers several questions at once, as an email answering a whole questionnaire does:
     * {@code answers.get(i)} answers question i + 1 (null or blank: not answered). The participant and engagement
     * come from the channel (a signed reply token), not from the sender's address. Each answer is parsed and
     * stored as a single reply would be; one reply thanks the participant and asks again, numbered, the questions
     * left unanswered or not understood. A keyword (STOP, START, HELP) is handled as on any channel. The result
     * is empty when there is no participant or engagement (the channel then tells the sender how to reply) and
     * when the message was handled already.
     */
    public List<OutboundMessage> answerAll(AcceptedInbound inbound, UUID contactId, UUID engagementId,
            List<String> answers) {
        InboundMessage message = inbound.message();
        if (keywords.match(message.text()).isPresent()) {
            return engine.handle(inbound);
        }
        Optional<Contact> contact = Optional.ofNullable(contactId).flatMap(contacts::find);
        Optional<Engagement> engagement = Optional.ofNullable(engagementId).flatMap(engagements::find);
        if (contact.isEmpty() || engagement.isEmpty()) {
            return List.of();
        }
        List<OutboundMessage> sent = transactions.execute(tx -> inboundLog.claim(inbound.id())
                ? recordAll(inbound, contact.get(), engagement.get(), answers) : List.<OutboundMessage>of());
        sessions.end(message.channel(), message.address());
        return sent;
    }

    private List<OutboundMessage> recordAll(AcceptedInbound inbound, Contact contact, Engagement engagement,
            List<String> answers) {
        InboundMessage message = inbound.message();
        Language language = engagement.languageFor(contact.language());
        String title = engagement.title().get(language.code());
        if (!engagement.status().acceptsResponses()) {
            return replies.send(inbound, contact, engagement, Outcome.NOT_COUNTED,
                    prompts.phrase("conversation.closed", language, title));
        }
        StringBuilder missed = new StringBuilder();
        int recorded = 0;
        boolean replaced = false;
        for (int i = 0; i < engagement.questions().size(); i++) {
            Question question = engagement.question(i);
            String given = answers == null || i >= answers.size() ? null : answers.get(i);
            Optional<Object> answer = given == null || given.isBlank()
                    ? Optional.empty() : parser.parse(question, given);
            if (answer.isEmpty()) {
                missed.append("\n\n").append(i + 1).append(") ").append(prompts.question(question, language));
                continue;
            }
            replaced |= responses.record(new AnswerReceived(engagement.id(), contact.id(), question.key(),
                    answer.get(), message.channel(), inbound.id(), message.receivedAt()));
            recorded++;
        }
        StringBuilder text = new StringBuilder();
        if (recorded > 0) {
            text.append(prompts.phrase(replaced ? "conversation.thanks-updated" : "conversation.thanks", language,
                    title));
        }
        if (missed.length() > 0) {
            text.append(recorded > 0 ? "\n\n" : "").append(prompts.phrase("conversation.not-understood", language))
                    .append(missed);
        }
        return replies.send(inbound, contact, engagement, recorded > 0 ? Outcome.COUNTED : Outcome.NOT_COUNTED,
                text.toString());
    }
}

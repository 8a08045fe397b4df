package org.sawt.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.Channels;
import org.sawt.channel.Choice;
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
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns one stored inbound message into an answer and a reply: finds the participant and the engagement
 * they are answering, parses the reply against the current question, stores it, and asks the next question,
 * re-prompts, or thanks them, in their language.
 */
@Component
public class ConversationEngine {

    private final Channels channels;
    private final Contacts contacts;
    private final Engagements engagements;
    private final Responses responses;
    private final InboundLog inboundLog;
    private final Outbox outbox;
    private final Sessions sessions;
    private final ReplyParser parser;
    private final Keywords keywords;
    private final QuestionPrompts prompts;
    private final ConversationSettings settings;
    private final TransactionOperations transactions;
    private final Language defaultLanguage;

    ConversationEngine(Channels channels, Contacts contacts, Engagements engagements, Responses responses,
            InboundLog inboundLog, Outbox outbox, Sessions sessions, ReplyParser parser, Keywords keywords, QuestionPrompts prompts,
            ConversationSettings settings, TransactionOperations transactions,
            @Value("${sawt.contacts.default-language:ar}") String defaultLanguage) {
        this.channels = channels;
        this.contacts = contacts;
        this.engagements = engagements;
        this.responses = responses;
        this.inboundLog = inboundLog;
        this.outbox = outbox;
        this.sessions = sessions;
        this.parser = parser;
        this.keywords = keywords;
        this.prompts = prompts;
        this.settings = settings;
        this.transactions = transactions;
        this.defaultLanguage = Language.fromCode(defaultLanguage).orElse(Language.AR);
    }

    /**
     * Handles the message and returns the replies, already queued in the outbox, for the route to send. The
     * session is read before the database transaction and written after it commits, so no connection waits on
     * Redis and a rolled-back answer never advances the conversation.
     */
    public List<OutboundMessage> handle(AcceptedInbound inbound) {
        InboundMessage message = inbound.message();
        Optional<Keywords.Keyword> keyword = keywords.match(message.text());
        Optional<Session> session = keyword.isPresent() ? Optional.empty()
                : sessions.find(message.channel(), message.address());
        return transactions.execute(tx -> keyword.isPresent() ? onKeyword(inbound, keyword.get())
                : handle(inbound, session));
    }

    private List<OutboundMessage> handle(AcceptedInbound inbound, Optional<Session> session) {
        InboundMessage message = inbound.message();
        Optional<Contact> contact = session.flatMap(s -> contacts.find(s.contactId()))
                .or(() -> mostRecentlyInvited(message));
        if (contact.isEmpty()) {
            return reply(inbound, null, null, Outcome.NOT_COUNTED,
                    prompts.phrase("conversation.unknown-sender", defaultLanguage));
        }
        Optional<Engagement> engagement = session.map(Session::engagementId)
                .or(() -> outbox.latestEngagementMessaged(contact.get().id()))
                .flatMap(engagements::find);
        if (engagement.isEmpty()) {
            return reply(inbound, contact.get(), null, Outcome.NOT_COUNTED,
                    prompts.phrase("conversation.nothing-open", contact.get().language()));
        }
        return converse(inbound, contact.get(), engagement.get(),
                session.orElseGet(() -> Session.start(contact.get().id(), engagement.get().id())));
    }

    private List<OutboundMessage> converse(AcceptedInbound inbound, Contact contact, Engagement engagement,
            Session session) {
        InboundMessage message = inbound.message();
        Language language = engagement.languageFor(contact.language());
        if (!engagement.status().acceptsResponses()) {
            sessions.end(message.channel(), message.address());
            return reply(inbound, contact, engagement, Outcome.NOT_COUNTED,
                    prompts.phrase("conversation.closed", language, engagement.title().get(language.code())));
        }
        Question question = engagement.question(session.questionIndex());
        Optional<Object> answer = parser.parse(question, message.text());
        if (answer.isEmpty()) {
            return notUnderstood(inbound, contact, engagement, session, question, language);
        }
        boolean replaced = responses.record(new AnswerReceived(engagement.id(), contact.id(), question.key(),
                answer.get(), message.channel(), inbound.id(), message.receivedAt()));
        Session next = session.next();
        if (next.questionIndex() < engagement.questions().size()) {
            sessions.save(message.channel(), message.address(), next);
            Question nextQuestion = engagement.question(next.questionIndex());
            return reply(inbound, contact, engagement, Outcome.COUNTED, prompts.question(nextQuestion, language),
                    prompts.choices(nextQuestion, language));
        }
        sessions.end(message.channel(), message.address());
        String thanks = replaced ? "conversation.thanks-updated" : "conversation.thanks";
        return reply(inbound, contact, engagement, Outcome.COUNTED,
                prompts.phrase(thanks, language, engagement.title().get(language.code())));
    }

    private List<OutboundMessage> notUnderstood(AcceptedInbound inbound, Contact contact, Engagement engagement,
            Session session, Question question, Language language) {
        InboundMessage message = inbound.message();
        if (session.reprompts() >= settings.maxReprompts()) {
            sessions.end(message.channel(), message.address());
            return reply(inbound, contact, engagement, Outcome.NOT_COUNTED, prompts.phrase("conversation.gave-up", language));
        }
        sessions.save(message.channel(), message.address(), session.reprompted());
        return reply(inbound, contact, engagement, Outcome.NOT_COUNTED,
                prompts.phrase("conversation.not-understood", language) + "\n" + prompts.question(question, language),
                prompts.choices(question, language));
    }

    /**
     * STOP and START apply to the address, so to every contact with it: the citizen asks this number to stop
     * writing, whichever agency's list they are on now or later.
     */
    private List<OutboundMessage> onKeyword(AcceptedInbound inbound, Keywords.Keyword keyword) {
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
        return reply(inbound, contact, null, Outcome.KEYWORD, prompts.phrase(phrase, language));
    }

    /** Of the contacts with this address (one per agency), the one an engagement most recently wrote to. */
    private Optional<Contact> mostRecentlyInvited(InboundMessage message) {
        List<Contact> candidates = contacts.findByAddress(channels.addressKind(message.channel()), message.address());
        return candidates.stream()
                .filter(c -> outbox.latestEngagementMessaged(c.id()).isPresent())
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private List<OutboundMessage> reply(AcceptedInbound inbound, Contact contact, Engagement engagement,
            Outcome outcome, String text) {
        return reply(inbound, contact, engagement, outcome, text, List.of());
    }

    /** Records how the inbound message ended and queues the one reply it gets. */
    private List<OutboundMessage> reply(AcceptedInbound inbound, Contact contact, Engagement engagement,
            Outcome outcome, String text, List<Choice> choices) {
        UUID contactId = contact == null ? null : contact.id();
        UUID engagementId = engagement == null ? null : engagement.id();
        inboundLog.finish(inbound.id(), outcome, contactId, engagementId);
        InboundMessage message = inbound.message();
        OutboundMessage reply = OutboundMessage.to(message.channel(), message.address(), text, contactId,
                engagementId, null).withChoices(choices);
        outbox.queueReply(reply, inbound.id());
        return List.of(reply);
    }
}

package org.sawt.conversation;

import java.util.List;
import java.util.Optional;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.Channels;
import org.sawt.channel.InboundLog.Outcome;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.contact.AddressHolder;
import org.sawt.contact.Contact;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.Contacts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.engagement.Question;
import org.sawt.response.AnswerReceived;
import org.sawt.response.Responses;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * One step of a conversation: finds the participant and the engagement they are answering, parses the reply
 * against the current question, stores it, and asks the next question, re-prompts (at most
 * {@code sawt.conversation.max-reprompts} times), or thanks them, in their language.
 */
@Component
class AnswerSteps {

    private final Channels channels;
    private final Contacts contacts;
    private final Engagements engagements;
    private final Responses responses;
    private final Sessions sessions;
    private final ReplyParser parser;
    private final QuestionPrompts prompts;
    private final Replies replies;
    private final ConversationSettings settings;
    private final Language defaultLanguage;

    AnswerSteps(Channels channels, Contacts contacts, Engagements engagements, Responses responses,
            Sessions sessions, ReplyParser parser, QuestionPrompts prompts, Replies replies,
            ConversationSettings settings, ContactSettings contactSettings) {
        this.channels = channels;
        this.contacts = contacts;
        this.engagements = engagements;
        this.responses = responses;
        this.sessions = sessions;
        this.parser = parser;
        this.prompts = prompts;
        this.replies = replies;
        this.settings = settings;
        this.defaultLanguage = contactSettings.defaultLanguage();
    }

    /** Finds who is answering which engagement, and takes their reply as the answer to the current question. */
    List<OutboundMessage> take(AcceptedInbound inbound, Optional<Session> session) {
        InboundMessage message = inbound.message();
        Optional<Contact> inSession = session.flatMap(s -> contacts.find(s.contactId()));
        Optional<AddressHolder> invited = inSession.isPresent() ? Optional.empty()
                : contacts.likeliestHolder(channels.addressKind(message.channel()), message.address());
        Optional<Contact> contact = inSession.or(() -> invited.map(AddressHolder::contact));
        if (contact.isEmpty()) {
            return replies.send(inbound, null, null, Outcome.NOT_COUNTED,
                    prompts.phrase("conversation.unknown-sender", defaultLanguage));
        }
        Optional<Engagement> engagement = session.map(Session::engagementId)
                .or(() -> invited.flatMap(AddressHolder::latestEngagement))
                .flatMap(engagements::find);
        if (engagement.isEmpty()) {
            return replies.send(inbound, contact.get(), null, Outcome.NOT_COUNTED,
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
            return replies.send(inbound, contact, engagement, Outcome.NOT_COUNTED,
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
            return replies.send(inbound, contact, engagement, Outcome.COUNTED, prompts.question(nextQuestion, language),
                    prompts.choices(nextQuestion, language));
        }
        sessions.end(message.channel(), message.address());
        String thanks = replaced ? "conversation.thanks-updated" : "conversation.thanks";
        return replies.send(inbound, contact, engagement, Outcome.COUNTED,
                prompts.phrase(thanks, language, engagement.title().get(language.code())));
    }

    private List<OutboundMessage> notUnderstood(AcceptedInbound inbound, Contact contact, Engagement engagement,
            Session session, Question question, Language language) {
        InboundMessage message = inbound.message();
        if (session.reprompts() >= settings.maxReprompts()) {
            sessions.end(message.channel(), message.address());
            return replies.send(inbound, contact, engagement, Outcome.NOT_COUNTED, prompts.phrase("conversation.gave-up", language));
        }
        sessions.save(message.channel(), message.address(), session.reprompted());
        return replies.send(inbound, contact, engagement, Outcome.NOT_COUNTED,
                prompts.phrase("conversation.not-understood", language) + "\n" + prompts.question(question, language),
                prompts.choices(question, language));
    }
}

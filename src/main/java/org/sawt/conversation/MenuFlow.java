package org.sawt.conversation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.InboundLog;
import org.sawt.channel.InboundLog.Outcome;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.MenuCall;
import org.sawt.channel.MenuCall.Kind;
import org.sawt.channel.MenuScreen;
import org.sawt.channel.Menus;
import org.sawt.contact.Contact;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.Contacts;
import org.sawt.conversation.MenuSession.Stage;
import org.sawt.conversation.MenuSessions.ResumePoint;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.engagement.Question;
import org.sawt.engagement.QuestionType;
import org.sawt.response.AnswerReceived;
import org.sawt.response.Responses;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The menu conversation shared by USSD and voice: language on first use, the engagements open to the caller
 * (newest first), the questions one by one, a confirmation, thanks. Every input is stored in
 * {@code inbound_message} under the provider's session and step, so a retried request is answered with the same
 * screen and counted once; each answer is recorded as it is given, so a dropped session loses nothing and is
 * offered again ("continue / start over") when the phone dials within {@code sawt.menus.resume-window}.
 */
@Component
class MenuFlow implements Menus {

    private static final Pattern KEYS = Pattern.compile("\\d{1,3}");

    private final MenuSessions sessions;
    private final Sessions invitations;
    private final MenuScreens screens;
    private final Contacts contacts;
    private final Engagements engagements;
    private final Responses responses;
    private final ReplyParser parser;
    private final InboundLog inboundLog;
    private final AddressLocks locks;
    private final TransactionOperations transactions;
    private final MenuSettings settings;
    private final int maxMisses;
    private final Language defaultLanguage;

    MenuFlow(MenuSessions sessions, Sessions invitations, MenuScreens screens, Contacts contacts,
            Engagements engagements, Responses responses, ReplyParser parser, InboundLog inboundLog,
            AddressLocks locks, TransactionOperations transactions, MenuSettings settings,
            ConversationSettings conversationSettings, ContactSettings contactSettings) {
        this.sessions = sessions;
        this.invitations = invitations;
        this.screens = screens;
        this.contacts = contacts;
        this.engagements = engagements;
        this.responses = responses;
        this.parser = parser;
        this.inboundLog = inboundLog;
        this.locks = locks;
        this.transactions = transactions;
        this.settings = settings;
        this.maxMisses = conversationSettings.maxReprompts();
        this.defaultLanguage = contactSettings.defaultLanguage();
    }

    /** What a step did besides moving the session: whether the resume point changes. */
    private enum Resume { KEEP, SAVE, FORGET }

    private record Step(MenuSession session, Outcome outcome, Resume resume) {
    }

    @Override
    public MenuScreen answer(MenuCall call) {
        return locks.withLock(call.channel(), call.sessionId(), () -> take(call));
    }

    @Override
    public Optional<MenuScreen> current(String channel, String sessionId) {
        return sessions.find(channel, sessionId).map(MenuSession::shown);
    }

    @Override
    public MenuScreen unanswered(String channel, String sessionId) {
        return locks.withLock(channel, sessionId, () -> {
            Optional<MenuSession> session = sessions.find(channel, sessionId);
            if (session.isEmpty()) {
                return screens.end(defaultLanguage, "menu.expired");
            }
            Language language = session.get().screen().language();
            MenuSession next = session.get().misses() >= maxMisses
                    ? session.get().showing(Stage.ENDED, screens.end(language, "menu.goodbye"))
                    : session.get().missed(screens.notice(language, "menu.no-input"));
            sessions.save(channel, sessionId, next);
            return next.shown();
        });
    }

    @Override
    public void dropped(String channel, String sessionId) {
        sessions.end(channel, sessionId);
    }

    private MenuScreen take(MenuCall call) {
        Optional<MenuSession> session = sessions.find(call.channel(), call.sessionId());
        if (call.opening()) {
            MenuSession opened = session.orElseGet(() -> open(call));
            sessions.save(call.channel(), call.sessionId(), opened);
            return opened.shown();
        }
        if (session.isEmpty()) {
            // the network kept the session longer than we did; the answers are stored and resume on the next dial
            return screens.end(remembered(call).orElse(defaultLanguage), "menu.expired");
        }
        // stored, claimed and handled in one transaction: the caller waits for this answer anyway, and a retry of
        // a request handled already finds its row and gets the screen again without touching anything
        InboundMessage input = new InboundMessage(call.channel(), call.address(), call.input(),
                call.providerMessageId(), call.receivedAt());
        Step step = transactions.execute(tx -> inboundLog.accept(input)
                .filter(accepted -> inboundLog.claim(accepted.id()))
                .map(accepted -> react(call, session.get(), accepted))
                .orElse(null));
        if (step == null) {
            return session.get().shown(); // the provider's retry of a request handled already
        }
        MenuSession next = step.session();
        sessions.save(call.channel(), call.sessionId(), next);
        switch (step.resume()) {
            case SAVE -> sessions.keepResumePoint(call.channel(), call.address(),
                    new ResumePoint(next.contactId(), next.engagementId(), next.questionIndex()));
            case FORGET -> sessions.forgetResumePoint(call.channel(), call.address());
            case KEEP -> { }
        }
        return next.shown();
    }

    private MenuSession open(MenuCall call) {
        Optional<Language> known = remembered(call);
        if (contacts.findByAddress(AddressKind.PHONE, call.address()).isEmpty()) {
            return ended(call, known.orElse(defaultLanguage), "conversation.unknown-sender");
        }
        MenuSession start = MenuSession.at(call.address(), Stage.LANGUAGE, known.orElse(null),
                screens.languages(call.languages(), call.kind()));
        return known.isPresent() ? afterLanguage(call, start) : start;
    }

    private Optional<Language> remembered(MenuCall call) {
        return sessions.language(call.address()).filter(call.languages()::contains);
    }

    /** An unfinished questionnaire first, then the engagement the call invited to, else the main menu. */
    private MenuSession afterLanguage(MenuCall call, MenuSession session) {
        Optional<ResumePoint> point = sessions.resumePoint(call.channel(), call.address());
        Optional<Engagement> unfinished = point.flatMap(p -> engagements.find(p.engagementId()))
                .filter(e -> e.status().acceptsResponses());
        if (unfinished.isPresent()) {
            Engagement engagement = unfinished.get();
            return session.answering(point.get().contactId(), engagement.id(), point.get().questionIndex())
                    .showing(Stage.RESUME, screens.resume(engagement,
                            engagement.languageFor(session.language()), call.kind()));
        }
        if (call.invited()) {
            Optional<Session> invitation = invitations.find(call.channel(), call.address());
            Optional<Engagement> invitedTo = invitation.flatMap(i -> engagements.find(i.engagementId()))
                    .filter(e -> e.status().acceptsResponses());
            if (invitedTo.isPresent()) {
                return ask(call, session, invitation.get().contactId(), invitedTo.get(), 0, true);
            }
        }
        List<Contact> callers = contacts.findByAddress(AddressKind.PHONE, call.address());
        List<Engagement> open = engagements.openIn(callers.stream().map(Contact::agencyId).distinct().toList(),
                settings.maxListed());
        if (open.isEmpty()) {
            return ended(call, session.language(), "conversation.nothing-open");
        }
        return session.listing(open.stream().map(Engagement::id).toList())
                .showing(Stage.MAIN_MENU, screens.mainMenu(open, session.language(), call.kind()));
    }

    /** Asks question {@code index}, or the next one the channel can take, or confirms when none is left. */
    private MenuSession ask(MenuCall call, MenuSession session, UUID contactId, Engagement engagement, int index,
            boolean invite) {
        int next = index;
        while (next < engagement.questions().size()
                && !MenuScreens.answerable(engagement.question(next), call.kind())) {
            next++;
        }
        Language language = engagement.languageFor(session.language());
        MenuSession at = session.answering(contactId, engagement.id(), next);
        MenuSession shown = next < engagement.questions().size()
                ? at.showing(Stage.QUESTION, screens.question(engagement, next, language, call.kind(), invite))
                : at.showing(Stage.CONFIRM, screens.confirm(engagement, language, call.kind()));
        return next > index ? shown.noticing(screens.notice(language, "menu.skipped")) : shown;
    }

    private Step react(MenuCall call, MenuSession session, AcceptedInbound inbound) {
        Step step = switch (session.stage()) {
            case LANGUAGE -> chooseLanguage(call, session);
            case RESUME -> resume(call, session);
            case MAIN_MENU -> chooseEngagement(call, session);
            case QUESTION -> answerQuestion(call, session, inbound);
            case CONFIRM -> confirm(call, session);
            case ENDED -> new Step(session, Outcome.NOT_COUNTED, Resume.KEEP);
        };
        MenuSession after = step.session();
        inboundLog.finish(inbound.id(), step.outcome(), after.contactId(), after.engagementId());
        return step;
    }

    private Step chooseLanguage(MenuCall call, MenuSession session) {
        OptionalInt choice = choice(call.input(), call.languages().size());
        if (choice.isEmpty()) {
            return missed(session);
        }
        Language chosen = call.languages().get(choice.getAsInt() - 1);
        sessions.rememberLanguage(call.address(), chosen);
        return shown(afterLanguage(call, session.inLanguage(chosen)));
    }

    private Step resume(MenuCall call, MenuSession session) {
        OptionalInt choice = choice(call.input(), 2);
        Optional<Engagement> engagement = engagements.find(session.engagementId());
        if (choice.isEmpty() || engagement.isEmpty()) {
            return missed(session);
        }
        boolean startOver = choice.getAsInt() == 2;
        return shown(ask(call, session, session.contactId(), engagement.get(),
                startOver ? 0 : session.questionIndex(), startOver));
    }

    private Step chooseEngagement(MenuCall call, MenuSession session) {
        OptionalInt choice = choice(call.input(), session.listed().size());
        if (choice.isEmpty()) {
            return missed(session);
        }
        Optional<Engagement> engagement = engagements.find(session.listed().get(choice.getAsInt() - 1));
        Optional<Contact> contact = engagement.flatMap(e -> contacts.findByAddress(AddressKind.PHONE, call.address())
                .stream().filter(c -> c.agencyId().equals(e.agencyId())).findFirst());
        if (engagement.isEmpty() || contact.isEmpty() || !engagement.get().status().acceptsResponses()) {
            return closed(call, session, engagement);
        }
        return shown(ask(call, session, contact.get().id(), engagement.get(), 0, true));
    }

    private Step answerQuestion(MenuCall call, MenuSession session, AcceptedInbound inbound) {
        Optional<Engagement> found = engagements.find(session.engagementId());
        if (found.isEmpty() || !found.get().status().acceptsResponses()) {
            return closed(call, session, found);
        }
        Engagement engagement = found.get();
        Question question = engagement.question(session.questionIndex());
        Optional<Object> answer = parser.parse(question, keypad(call, question));
        if (answer.isEmpty()) {
            return missed(session);
        }
        boolean replaced = responses.record(new AnswerReceived(engagement.id(), session.contactId(), question.key(),
                answer.get(), call.channel(), inbound.id(), call.receivedAt()));
        MenuSession next = ask(call, replaced ? session.replacing() : session, session.contactId(), engagement,
                session.questionIndex() + 1, false);
        return new Step(next, Outcome.COUNTED, Resume.SAVE);
    }

    private Step confirm(MenuCall call, MenuSession session) {
        OptionalInt choice = choice(call.input(), 2);
        Optional<Engagement> engagement = engagements.find(session.engagementId());
        if (choice.isEmpty() || engagement.isEmpty()) {
            return missed(session);
        }
        if (choice.getAsInt() == 2) {
            return shown(ask(call, session, session.contactId(), engagement.get(), 0, false));
        }
        Language language = engagement.get().languageFor(session.language());
        MenuSession thanked = session.showing(Stage.ENDED, screens.end(language,
                session.updated() ? "conversation.thanks-updated" : "conversation.thanks",
                MenuScreens.title(engagement.get(), language)));
        return new Step(thanked, Outcome.NOT_COUNTED, Resume.FORGET);
    }

    private Step closed(MenuCall call, MenuSession session, Optional<Engagement> engagement) {
        Language language = session.language() == null ? defaultLanguage : session.language();
        MenuSession ended = engagement.map(e -> session.showing(Stage.ENDED, screens.end(e.languageFor(language),
                        "conversation.closed", MenuScreens.title(e, language))))
                .orElseGet(() -> ended(call, language, "conversation.nothing-open"));
        return new Step(ended, Outcome.NOT_COUNTED, Resume.FORGET);
    }

    /** Not understood: the screen again with a notice, or after too many misses in a row, the end (resumable). */
    private Step missed(MenuSession session) {
        Language language = session.screen().language();
        MenuSession next = session.misses() >= maxMisses
                ? session.showing(Stage.ENDED, screens.end(language, "menu.gave-up"))
                : session.missed(screens.notice(language, "conversation.not-understood"));
        return new Step(next, Outcome.NOT_COUNTED, Resume.KEEP);
    }

    private MenuSession ended(MenuCall call, Language language, String key) {
        return MenuSession.at(call.address(), Stage.ENDED, language, screens.end(language, key));
    }

    private static Step shown(MenuSession session) {
        return new Step(session, Outcome.NOT_COUNTED, Resume.KEEP);
    }

    /** The number of a menu choice 1..{@code count}, in any digits (a phone may send Arabic-Indic ones). */
    private static OptionalInt choice(String input, int count) {
        String digits = ReplyText.normalise(input);
        if (!KEYS.matcher(digits).matches()) {
            return OptionalInt.empty();
        }
        int choice = Integer.parseInt(digits);
        return choice >= 1 && choice <= count ? OptionalInt.of(choice) : OptionalInt.empty();
    }

    /** On a keypad several choices are pressed one after the other ("13" is 1 and 3) when each is one key. */
    private static String keypad(MenuCall call, Question question) {
        boolean oneKeyEach = question.type() == QuestionType.MULTIPLE_CHOICE && question.options().size() <= 9;
        return call.kind() == Kind.VOICE && oneKeyEach && call.input().matches("\\d+")
                ? String.join(" ", call.input().split("")) : call.input();
    }
}

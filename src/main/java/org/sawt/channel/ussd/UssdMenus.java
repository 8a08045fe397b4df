package org.sawt.channel.ussd;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sawt.channel.MenuCall;
import org.sawt.channel.MenuScreen;
import org.sawt.channel.Menus;
import org.sawt.shared.Language;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * USSD on top of the menu conversation, whatever the provider: turns a request into the menu's next screen and
 * shows its page. "More" and "back" only move between the pages of the screen shown; any other input goes to the
 * menu. The page shown is kept per session with the step that showed it, so a provider's retry of a request gets
 * the same page again.
 */
@Component
class UssdMenus {

    static final String CHANNEL = "ussd";
    private static final List<Language> LANGUAGES = List.of(Language.values());

    /** The page a session shows: the step that showed it, its number, the screen's page count, its kind of input. */
    private record Position(int step, int page, int pages, boolean choicesOnly) {

        static Optional<Position> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            String[] parts = value.split(":");
            return Optional.of(new Position(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Boolean.parseBoolean(parts[3])));
        }

        String write() {
            return step + ":" + page + ":" + pages + ":" + choicesOnly;
        }
    }

    private final Menus menus;
    private final UssdPages pages;
    private final StringRedisTemplate redis;
    private final UssdSettings settings;

    UssdMenus(Menus menus, UssdPages pages, StringRedisTemplate redis, UssdSettings settings) {
        this.menus = menus;
        this.pages = pages;
        this.redis = redis;
        this.settings = settings;
    }

    UssdReply handle(UssdRequest request) {
        int step = request.inputs().size();
        String input = step == 0 ? null : request.inputs().get(step - 1).strip();
        Optional<Position> shown = Position.parse(redis.opsForValue().get(key(request.sessionId())));
        if (step > 0 && shown.isPresent()) {
            Position position = shown.get();
            Optional<Integer> page = position.step() == step ? Optional.of(position.page()) // a retry
                    : turnTo(position, input);
            if (page.isPresent()) {
                Optional<MenuScreen> screen = menus.current(CHANNEL, request.sessionId());
                if (screen.isPresent()) {
                    return show(request.sessionId(), step, screen.get(), page.get());
                }
            }
        }
        MenuScreen next = menus.answer(new MenuCall(CHANNEL, request.sessionId(), request.phone(), step, input,
                MenuCall.Kind.TEXT, LANGUAGES, false, Instant.now()));
        return show(request.sessionId(), step, next, 0);
    }

    /** The provider reports the session over (the caller hung up, the network timed out). */
    void dropped(String sessionId) {
        menus.dropped(CHANNEL, sessionId);
        redis.delete(key(sessionId));
    }

    /**
     * The page the input moves to, or empty when it is an answer for the menu. On a screen that takes numbers or
     * words, the pages before the last take no answer: anything but "back" shows the same page again.
     */
    private static Optional<Integer> turnTo(Position position, String input) {
        boolean lastPage = position.page() == position.pages() - 1;
        if (UssdPages.MORE.equals(input) && !lastPage) {
            return Optional.of(position.page() + 1);
        }
        boolean backShown = position.page() > 0 && (position.choicesOnly() || !lastPage);
        if (UssdPages.BACK.equals(input) && backShown) {
            return Optional.of(position.page() - 1);
        }
        return position.choicesOnly() || lastPage ? Optional.empty() : Optional.of(position.page());
    }

    private UssdReply show(String sessionId, int step, MenuScreen screen, int page) {
        List<String> laidOut = pages.pages(screen);
        int shownPage = Math.min(page, laidOut.size() - 1);
        if (screen.last()) {
            redis.delete(key(sessionId));
        } else {
            redis.opsForValue().set(key(sessionId),
                    new Position(step, shownPage, laidOut.size(), screen.answersAreChoices()).write(),
                    settings.sessionTtl());
        }
        return new UssdReply(laidOut.get(shownPage), screen.last());
    }

    private static String key(String sessionId) {
        return "sawt:ussd:page:" + sessionId;
    }
}

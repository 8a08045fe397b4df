package org.sawt.channel;

import java.time.Instant;
import java.util.List;
import org.sawt.shared.Language;

/**
 * One request of a menu channel (a USSD hop, a voice call's keypress): who is calling in which provider session,
 * the {@code step}-th input of that session ({@code null} on the first request, which opens the menu), and what
 * the channel can do. {@code sessionId} and {@code step} make the provider's retry of a request recognisable.
 */
public record MenuCall(String channel, String sessionId, String address, int step, String input,
        MenuCall.Kind kind, List<Language> languages, boolean invited, Instant receivedAt) {

    /** How the caller sees the menu: read on a screen and typed, or heard and pressed on the keypad. */
    public enum Kind { TEXT, VOICE }

    public MenuCall {
        languages = List.copyOf(languages);
    }

    /** Whether this request opens the session (no input yet). */
    public boolean opening() {
        return input == null;
    }

    /** The provider's id of this request: the session and the input's position in it. */
    public String providerMessageId() {
        return sessionId + ":" + step;
    }
}

package org.sawt.channel;

import java.util.Optional;

/**
 * The menu conversation of synchronous channels (USSD, voice), implemented by the conversation module: each
 * request of the provider is answered with the next screen. Channels depend on this contract only, so the
 * conversation module keeps depending on channel and not the other way round.
 */
public interface Menus {

    /** Takes the caller's input (or opens the menu) and returns the next screen. */
    MenuScreen answer(MenuCall call);

    /** The screen the session is on, for a channel that shows it again (another page, a repeat); empty when gone. */
    Optional<MenuScreen> current(String channel, String sessionId);

    /**
     * The caller entered nothing (a voice prompt timed out): the same screen again with a notice, or, after
     * {@code sawt.conversation.max-reprompts} times in a row, a goodbye that ends the session.
     */
    MenuScreen unanswered(String channel, String sessionId);

    /** The provider ended the session early (timeout, hang-up); what was answered stays, to be resumed. */
    void dropped(String channel, String sessionId);
}

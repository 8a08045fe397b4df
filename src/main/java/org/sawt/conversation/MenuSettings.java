package org.sawt.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Menu channels (USSD, voice): how long a session lives between two requests (networks drop USSD sessions after
 * two or three minutes), how long an unfinished questionnaire can be resumed by dialling again, how long a
 * caller's language choice is remembered, and how many engagements the main menu lists.
 */
@ConfigurationProperties("sawt.menus")
record MenuSettings(Duration sessionTtl, Duration resumeWindow, Duration languageMemory, int maxListed) {

    MenuSettings {
        sessionTtl = sessionTtl == null ? Duration.ofSeconds(180) : sessionTtl;
        resumeWindow = resumeWindow == null ? Duration.ofMinutes(30) : resumeWindow;
        languageMemory = languageMemory == null ? Duration.ofDays(365) : languageMemory;
        maxListed = maxListed <= 0 ? 9 : maxListed;
    }
}

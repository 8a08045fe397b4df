package org.sawt.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long a conversation waits for the next reply, and how often it asks again before giving up. */
@ConfigurationProperties("sawt.conversation")
record ConversationSettings(Duration sessionTtl, int maxReprompts) {
}

package org.sawt.channel.telegram;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.sawt.channel.InboundMessage;
import org.springframework.stereotype.Component;

/**
 * Hands Telegram users' words to the conversation engine through the routes (this module may not call the
 * conversation module, which depends on it): answers and keywords into {@code direct:inbound-telegram}, and a
 * request to start an engagement into {@code direct:begin-telegram}.
 */
@Component
class TelegramConversation {

    static final String CHANNEL_HEADER = "sawtChannel";
    static final String ADDRESS_HEADER = "sawtAddress";
    static final String CONTACT_HEADER = "sawtContactId";
    static final String ENGAGEMENT_HEADER = "sawtEngagementId";

    private final ProducerTemplate camel;

    TelegramConversation(ProducerTemplate camel) {
        this.camel = camel;
    }

    /** The user said {@code text} in the chat: stored once per update, then answered like any channel's message. */
    void say(TelegramUpdate update, String chatId, String text) {
        camel.sendBody("direct:inbound-telegram", new InboundMessage(TelegramAdapter.NAME, chatId, text,
                update.providerMessageId(), Instant.now()));
    }

    /** Starts the engagement for the contact in this chat: its invitation and first question are sent. */
    void begin(String chatId, UUID contactId, UUID engagementId) {
        camel.sendBodyAndHeaders("direct:begin-telegram", null, Map.of(CHANNEL_HEADER, TelegramAdapter.NAME,
                ADDRESS_HEADER, chatId, CONTACT_HEADER, contactId, ENGAGEMENT_HEADER, engagementId));
    }
}

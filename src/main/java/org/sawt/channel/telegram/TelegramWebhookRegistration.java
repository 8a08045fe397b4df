package org.sawt.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Registers the webhook, {@code <SAWT_PUBLIC_URL>/channels/telegram/webhook} with the secret, once the gateway is
 * ready, when TELEGRAM_REGISTER_WEBHOOK_ON_START asks for it (long polling starts on its own).
 */
@Component
class TelegramWebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);

    private final TelegramSettings settings;
    private final TelegramBotApi api;
    private final String publicUrl;

    TelegramWebhookRegistration(TelegramSettings settings, TelegramBotApi api, @Value("${sawt.public-url}") String publicUrl) {
        this.settings = settings;
        this.api = api;
        this.publicUrl = publicUrl;
    }

    /** A failure is logged, not fatal: the rest of the gateway works, and the webhook can be registered by hand. */
    @EventListener(ApplicationReadyEvent.class)
    void registerWebhook() {
        if (!settings.enabled() || settings.mode() != TelegramSettings.Mode.WEBHOOK
                || !settings.registerWebhookOnStart()) {
            return;
        }
        String url = publicUrl.replaceAll("/+$", "") + TelegramWebhookController.PATH;
        try {
            api.setWebhook(SetWebhook.builder().url(url).secretToken(settings.webhookSecret())
                    .allowedUpdates(TelegramUpdate.ALLOWED_UPDATES).build());
            log.info("Telegram webhook registered at {}", url);
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram setWebhook for {} failed, so no updates will arrive until it is registered: {}", url,
                    settings.redact(e.getMessage()));
        }
    }
}

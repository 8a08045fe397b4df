package org.sawt.channel.telegram;

import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client (Telegram Bots Java over OkHttp), built from the settings when the bot token is set. */
@Component
class TelegramBotApi {

    private static final Logger log = LoggerFactory.getLogger(TelegramBotApi.class);

    private final TelegramSettings settings;
    private final TelegramClient client;

    TelegramBotApi(TelegramSettings settings) {
        this.settings = settings;
        this.client = settings.enabled() ? new OkHttpTelegramClient(settings.botToken(), settings.telegramUrl()) : null;
    }

    /** Calls the method; failures come back as the client's exceptions, whose text to redact before logging. */
    <T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
        return client().execute(method);
    }

    /** setWebhook has its own call: it goes as a multipart form, since it may carry a certificate. */
    void setWebhook(SetWebhook request) throws TelegramApiException {
        client().execute(request);
    }

    private TelegramClient client() {
        if (client == null) {
            throw new IllegalStateException("The Telegram channel is off: TELEGRAM_BOT_TOKEN is not set");
        }
        return client;
    }

    /**
     * Calls a method whose failure must not stop the update being handled (acknowledging a button, editing a
     * message, a greeting): the failure is logged and forgotten.
     */
    void bestEffort(BotApiMethod<?> method) {
        try {
            execute(method);
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram {} failed: {}", method.getMethod(), settings.redact(e.getMessage()));
        }
    }
}

package org.sawt.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * getUpdates in a loop, for deployments Telegram cannot reach over HTTPS (TELEGRAM_MODE=long-polling). The library
 * deletes any webhook first (Telegram allows one or the other) and asks for the next batch once this one is handled.
 */
@Component
class TelegramLongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);

    /** Turns the library's typed updates back into Bot API JSON, read the same way as webhook bodies. */
    private static final ObjectMapper UPDATE_JSON = new ObjectMapper();

    private final TelegramSettings settings;
    private final TelegramUpdates updates;
    private TelegramBotsLongPollingApplication application;

    TelegramLongPolling(TelegramSettings settings, TelegramUpdates updates) {
        this.settings = settings;
        this.updates = updates;
    }

    @Override
    public synchronized void start() {
        application = new TelegramBotsLongPollingApplication();
        try {
            application.registerBot(settings.botToken(), settings::telegramUrl,
                    new DefaultGetUpdatesGenerator(TelegramUpdate.ALLOWED_UPDATES), this::consume);
            if (!application.isRunning()) {
                application.start();
            }
            log.info("Telegram long polling started against {}", settings.apiBaseUrl());
        } catch (TelegramApiException e) {
            log.warn("Telegram long polling could not start: {}", settings.redact(e.getMessage()));
        }
    }

    private void consume(List<Update> batch) {
        batch.forEach(update -> updates.handleNow(new TelegramUpdate(UPDATE_JSON.valueToTree(update))));
    }

    @Override
    public synchronized void stop() {
        if (application == null) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", settings.redact(e.getMessage()));
        }
        application = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return application != null;
    }

    /** Only in long-polling mode with a bot token. */
    @Override
    public boolean isAutoStartup() {
        return settings.enabled() && settings.mode() == TelegramSettings.Mode.LONG_POLLING;
    }

    /** Polls only while the routes run: starts after Camel, stops before it. */
    @Override
    public int getPhase() {
        return TelegramUpdates.PHASE;
    }
}

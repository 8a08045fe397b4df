package org.sawt.channel.telegram;

import java.util.concurrent.TimeUnit;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.PermanentSendFailure;
import org.sawt.shared.AddressKind;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Telegram through the Bot API's sendMessage: the contact's chat id is the address, and choices become an inline
 * keyboard whose buttons send their value back. A 429 is waited out here when Telegram asks for at most
 * {@code maxRetryAfterSeconds} (so a broadcast slows down to Telegram's pace); a 403 means the user blocked the bot.
 */
@Component
public class TelegramAdapter implements ChannelAdapter {

    static final String NAME = "telegram";

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int FORBIDDEN = 403;
    private static final int MAX_ATTEMPTS = 3;

    private final TelegramSettings settings;
    private final TelegramBotApi api;
    private final TelegramParticipants participants;

    TelegramAdapter(TelegramSettings settings, TelegramBotApi api, TelegramParticipants participants) {
        this.settings = settings;
        this.api = api;
        this.participants = participants;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.TELEGRAM;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    /** Returns {@code <chat id>:<message id>}, Telegram's message ids being unique only within a chat. */
    @Override
    public String send(OutboundMessage message) {
        SendMessage request = SendMessage.builder().chatId(message.address()).text(message.text())
                .replyMarkup(message.choices().isEmpty() ? null : TelegramKeyboards.choices(message.choices()))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                Message sent = api.execute(request);
                return message.address() + ":" + sent.getMessageId();
            } catch (TelegramApiRequestException e) {
                int retryAfter = retryAfter(e);
                if (!isRateLimit(e) || retryAfter > settings.maxRetryAfterSeconds() || attempt == MAX_ATTEMPTS) {
                    throw failure(message, e, retryAfter);
                }
                waitSeconds(Math.max(retryAfter, 1));
            } catch (TelegramApiException e) {
                throw new TelegramTemporaryFailure("Telegram did not answer: " + settings.redact(e.getMessage()), 0, e);
            }
        }
    }

    private RuntimeException failure(OutboundMessage message, TelegramApiRequestException e, int retryAfter) {
        String reason = "Telegram error " + e.getErrorCode() + ": " + settings.redact(e.getApiResponse());
        if (isRateLimit(e) || e.getErrorCode() == null || e.getErrorCode() >= 500) {
            return new TelegramTemporaryFailure(reason + (retryAfter > 0 ? " (retry after " + retryAfter + " s)" : ""),
                    retryAfter, e);
        }
        if (e.getErrorCode() == FORBIDDEN) {
            participants.markBlocked(message.address());
        }
        return new PermanentSendFailure(reason, e);
    }

    private static boolean isRateLimit(TelegramApiRequestException e) {
        return e.getErrorCode() != null && e.getErrorCode() == TOO_MANY_REQUESTS;
    }

    /** The seconds Telegram asked to wait (its {@code parameters.retry_after}), or 0 when it named none. */
    private static int retryAfter(TelegramApiRequestException e) {
        ResponseParameters parameters = e.getParameters();
        return parameters == null || parameters.getRetryAfter() == null ? 0 : parameters.getRetryAfter();
    }

    private static void waitSeconds(int seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramTemporaryFailure("Interrupted while waiting out Telegram's rate limit", seconds, e);
        }
    }
}

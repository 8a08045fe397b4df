package org.sawt.channel.telegram;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram bot, from the environment (TELEGRAM_*): the channel is on when the bot token is set. Updates arrive
 * by webhook (which then needs the secret Telegram echoes in every call) or by long polling; {@code apiBaseUrl}
 * points the client at a self-hosted Bot API server or a test fake.
 */
@ConfigurationProperties("sawt.channels.telegram")
record TelegramSettings(String botToken, String webhookSecret, URI apiBaseUrl, Mode mode,
        boolean registerWebhookOnStart, int maxRetryAfterSeconds, int updateWorkers) {

    /** How updates reach the gateway. */
    enum Mode { WEBHOOK, LONG_POLLING }

    static final URI TELEGRAM_API = URI.create("https://api.telegram.org");

    /** What setWebhook accepts as secret_token. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    TelegramSettings {
        botToken = blankToNull(botToken);
        webhookSecret = blankToNull(webhookSecret);
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.toString().isBlank() ? TELEGRAM_API : apiBaseUrl;
        mode = mode == null ? Mode.WEBHOOK : mode;
        maxRetryAfterSeconds = maxRetryAfterSeconds <= 0 ? 30 : maxRetryAfterSeconds;
        updateWorkers = updateWorkers <= 0 ? 4 : updateWorkers;
        if (botToken != null && mode == Mode.WEBHOOK && webhookSecret == null) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_BOT_TOKEN is set in "
                    + "webhook mode: without it anyone could post updates to the webhook");
        }
        if (webhookSecret != null && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, "
                    + "_ and - (what Telegram accepts as secret_token)");
        }
    }

    boolean enabled() {
        return botToken != null;
    }

    /** The bot's own user id: the part of the token before the colon, public and stable, unlike the token. */
    String botId() {
        int colon = botToken.indexOf(':');
        return colon < 0 ? "bot" : botToken.substring(0, colon);
    }

    /** The Bot API server as the Telegram client wants it: scheme, host and port (a path prefix is not supported). */
    TelegramUrl telegramUrl() {
        String scheme = apiBaseUrl.getScheme() == null ? "https" : apiBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiBaseUrl.getPort() > 0 ? apiBaseUrl.getPort() : ("http".equals(scheme) ? 80 : 443);
        return new TelegramUrl(scheme, apiBaseUrl.getHost(), port, false);
    }

    /** The text with the bot token, should a library have put it there (it is part of every request URL), hidden. */
    String redact(String text) {
        return text == null || botToken == null ? text : text.replace(botToken, "<bot token>");
    }

    /** Settings with the token and secret left out, safe for logs and error messages. */
    @Override
    public String toString() {
        return "TelegramSettings[botToken=" + (botToken == null ? "unset" : "***") + ", webhookSecret="
                + (webhookSecret == null ? "unset" : "***") + ", apiBaseUrl=" + apiBaseUrl + ", mode=" + mode
                + ", registerWebhookOnStart=" + registerWebhookOnStart + ", maxRetryAfterSeconds="
                + maxRetryAfterSeconds + ", updateWorkers=" + updateWorkers + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

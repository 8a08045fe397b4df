package org.sawt.channel.telegram;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.sawt.ApiClient;

/** Plays Telegram calling the webhook: a JSON update with the secret header, a wrong one, or none. */
final class TelegramWebhookClient {

    private final String webhookUrl;

    TelegramWebhookClient(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    /** Posts the update as Telegram does, with the webhook secret. */
    ApiClient.Reply post(String update) {
        return post(update, TelegramGatewayTest.WEBHOOK_SECRET);
    }

    /** Posts the update with this secret header, or none when {@code secret} is null. */
    ApiClient.Reply post(String update, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl))
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return ApiClient.exchange(request.build());
    }
}

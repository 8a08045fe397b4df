package org.sawt.channel.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.sawt.ApiClient;

/** Plays Telegram calling the webhook: a JSON update with the secret header, a wrong one, or none. */
final class TelegramWebhookClient {

    private final HttpClient http = HttpClient.newHttpClient();
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
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

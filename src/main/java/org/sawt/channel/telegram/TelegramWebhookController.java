package org.sawt.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telegram's webhook. Telegram sends the secret given to setWebhook in {@code X-Telegram-Bot-Api-Secret-Token};
 * without it the request is refused (403) before its body is read. Accepted updates are answered 200 at once and
 * handled in the background.
 */
@RestController
class TelegramWebhookController {

    static final String PATH = "/channels/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramSettings settings;
    private final TelegramUpdates updates;
    private final ObjectMapper json;

    TelegramWebhookController(TelegramSettings settings, TelegramUpdates updates, ObjectMapper json) {
        this.settings = settings;
        this.updates = updates;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @RequestBody(required = false) String body) {
        if (!settings.enabled() || settings.mode() != TelegramSettings.Mode.WEBHOOK) {
            throw new NotFoundException("Channel", TelegramAdapter.NAME);
        }
        if (!isWebhookSecret(secret)) {
            throw new ForbiddenException("The " + SECRET_HEADER + " header is missing or is not "
                    + "TELEGRAM_WEBHOOK_SECRET; register the webhook with that secret_token.");
        }
        if (updates.enqueue(new TelegramUpdate(read(body))) == TelegramUpdates.Intake.BUSY) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        return ResponseEntity.ok().build();
    }

    /** Constant-time comparison, so response times do not reveal how much of a guess was right. */
    private boolean isWebhookSecret(String given) {
        return given != null && MessageDigest.isEqual(settings.webhookSecret().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode read(String body) {
        try {
            JsonNode update = body == null ? null : json.readTree(body);
            if (update != null && update.isObject()) {
                return update;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw InvalidRequestException.of("body", "is not a Telegram Update (a JSON object)");
    }
}

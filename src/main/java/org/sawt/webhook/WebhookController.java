package org.sawt.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.sawt.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions, their secret rotation and their dead letters. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    private final Subscriptions subscriptions;
    private final WebhookDeadLetters deadLetters;

    WebhookController(Subscriptions subscriptions, WebhookDeadLetters deadLetters) {
        this.subscriptions = subscriptions;
        this.deadLetters = deadLetters;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to event types",
            description = "The signing secret (whsec_...) is in this response only. A platform admin without "
                    + "agencyId creates a platform-wide subscription that receives every agency's events.")
    Subscriptions.WithSecret create(@Parameter(hidden = true) Caller caller, @RequestBody SubscriptionRequest request) {
        return subscriptions.create(caller, request);
    }

    @GetMapping
    List<Subscription> list(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) UUID agencyId) {
        return subscriptions.list(caller, agencyId);
    }

    @GetMapping("/{id}")
    Subscription get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return subscriptions.get(caller, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change the URL, event types or enabled flag",
            description = "enabled: true turns a subscription disabled by a 410 back on; waiting events follow.")
    Subscription update(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestBody SubscriptionRequest changes) {
        return subscriptions.update(caller, id, changes);
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Issue a new signing secret",
            description = "The new secret is in this response only; the previous one keeps signing too (a second "
                    + "v1 signature) until previousSecretExpiresAt.")
    Subscriptions.WithSecret rotate(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return subscriptions.rotate(caller, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        subscriptions.delete(caller, id);
    }

    @GetMapping("/{id}/dead-letters")
    @Operation(summary = "Events given up on after the whole retry schedule, oldest first")
    List<DeadLetter> deadLetters(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidRequestException.of("limit", "must be between 1 and 1000");
        }
        return deadLetters.list(caller, id, limit);
    }

    @PostMapping("/{id}/dead-letters/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Deliver every dead letter again")
    Map<String, Integer> replayAll(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return Map.of("replaying", deadLetters.replayAll(caller, id));
    }

    @PostMapping("/{id}/dead-letters/{deadLetterId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Deliver one dead letter again")
    Map<String, Integer> replay(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @PathVariable long deadLetterId) {
        return Map.of("replaying", deadLetters.replay(caller, id, deadLetterId));
    }
}

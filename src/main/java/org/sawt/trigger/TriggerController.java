package org.sawt.trigger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Triggers from other platforms, and the agency's rules saying which engagement follows which service. */
@RestController
class TriggerController {

    private final Triggers triggers;
    private final TriggerRules rules;

    TriggerController(Triggers triggers, TriggerRules rules) {
        this.triggers = triggers;
        this.rules = rules;
    }

    @PostMapping("/api/v1/triggers")
    @Operation(summary = "Report an event about a citizen; the rule's engagement is sent to them once per triggerId")
    @ApiResponse(responseCode = "202", description = "received for the first time: the outcome")
    @ApiResponse(responseCode = "200", description = "this triggerId was received before: its original outcome")
    ResponseEntity<TriggerOutcome> trigger(@Parameter(hidden = true) Caller caller,
            @RequestBody TriggerRequest request) {
        Triggers.Received received = triggers.receive(caller, caller.actingFor(request.agencyId()), request);
        return ResponseEntity.status(received.repeated() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(received.outcome());
    }

    @PostMapping("/api/v1/trigger-rules")
    @ResponseStatus(HttpStatus.CREATED)
    TriggerRule createRule(@Parameter(hidden = true) Caller caller, @RequestBody RuleRequest request) {
        return rules.create(caller, caller.actingFor(request.agencyId()), request.serviceCode(), request.engagementId(),
                request.channels());
    }

    @GetMapping("/api/v1/trigger-rules")
    List<TriggerRule> listRules(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) UUID agencyId) {
        return rules.list(caller.actingFor(agencyId));
    }

    @GetMapping("/api/v1/trigger-rules/{id}")
    TriggerRule getRule(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return rules.get(caller, id);
    }

    @PutMapping("/api/v1/trigger-rules/{id}")
    @Operation(summary = "Change the engagement and channels of a rule; the service code stays")
    TriggerRule updateRule(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestBody RuleChange request) {
        return rules.update(caller, id, request.engagementId(), request.channels());
    }

    @DeleteMapping("/api/v1/trigger-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRule(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        rules.delete(caller, id);
    }

    /** Body of POST /api/v1/trigger-rules; {@code channels} is optional, {@code agencyId} for platform admins. */
    record RuleRequest(UUID agencyId, String serviceCode, UUID engagementId, List<String> channels) {
    }

    /** Body of PUT /api/v1/trigger-rules/{id}. */
    record RuleChange(UUID engagementId, List<String> channels) {
    }
}

package org.sawt.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events for portals that poll instead of (or besides) receiving webhooks, the schema of each event type, and
 * interim results on demand.
 */
@RestController
class EventController {

    private static final int MAX_LIMIT = 1000;

    private final EventLog log;
    private final CloudEvents cloudEvents;
    private final EventSchemas schemas;
    private final ResultsSnapshots snapshots;

    EventController(EventLog log, CloudEvents cloudEvents, EventSchemas schemas, ResultsSnapshots snapshots) {
        this.log = log;
        this.cloudEvents = cloudEvents;
        this.schemas = schemas;
        this.snapshots = snapshots;
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Events after a cursor, in stream order",
            description = "Pass nextCursor as 'after' to continue; it is always given, also when no event is new.")
    Page list(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) UUID agencyId) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (agencyId != null && !caller.canSee(agencyId)) {
            throw new ForbiddenException("An agency API key can read only its own agency's events.");
        }
        long position = EventCursor.decode(after);
        List<StoredEvent> events = log.after(caller.isPlatformAdmin() ? agencyId : caller.agencyId(), position, limit);
        long next = events.isEmpty() ? position : events.get(events.size() - 1).position();
        return new Page(events.stream().map(e -> (JsonNode) cloudEvents.envelope(e)).toList(),
                EventCursor.encode(next));
    }

    @GetMapping("/api/v1/events/schemas")
    @Operation(summary = "The JSON Schema of every event type, by type")
    Map<String, JsonNode> schemas() {
        return schemas.all();
    }

    @GetMapping(path = "/api/v1/events/schemas/{type}", produces = {"application/schema+json", "application/json"})
    @Operation(summary = "The JSON Schema of one event type")
    JsonNode schema(@PathVariable String type) {
        return schemas.of(type).orElseThrow(() -> new NotFoundException("Event type", type));
    }

    @PostMapping("/api/v1/engagements/{id}/results/snapshot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Write a results.interim of an open engagement now",
            description = "It follows in the event stream and to webhooks like every event; 409 unless OPEN.")
    void snapshot(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        snapshots.writeInterimNow(caller, id);
    }

    /** A page of CloudEvents and the cursor to continue from. */
    record Page(List<JsonNode> items, String nextCursor) {
    }
}

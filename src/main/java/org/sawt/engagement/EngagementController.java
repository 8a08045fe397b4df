package org.sawt.engagement;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.sawt.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Engagement API: create, read, change drafts, open, close, publish. */
@RestController
@RequestMapping("/api/v1/engagements")
class EngagementController {

    private final Engagements engagements;

    EngagementController(Engagements engagements) {
        this.engagements = engagements;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Engagement create(@Parameter(hidden = true) Caller caller, @RequestBody EngagementDraft draft) {
        return engagements.create(caller, draft);
    }

    @GetMapping
    List<Engagement> list(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) UUID agencyId,
            @Parameter(description = "only the engagement the portal created with this reference id")
            @RequestParam(required = false) String portalExternalId,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidRequestException.of("limit", "must be between 1 and 500");
        }
        return engagements.list(caller, agencyId, portalExternalId, limit);
    }

    @GetMapping("/{id}")
    Engagement get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return engagements.get(caller, id);
    }

    @PatchMapping("/{id}")
    Engagement update(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestBody EngagementDraft changes) {
        if (changes.agencyId() != null) {
            throw InvalidRequestException.of("agencyId", "cannot be changed");
        }
        return engagements.update(caller, id, changes);
    }

    @PostMapping("/{id}/open")
    Engagement open(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return engagements.open(caller, id);
    }

    @PostMapping("/{id}/close")
    Engagement close(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return engagements.close(caller, id);
    }

    @PostMapping("/{id}/publish")
    Engagement publish(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return engagements.publish(caller, id);
    }
}

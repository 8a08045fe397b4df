package org.sawt.broadcast;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Broadcast API: invite an audience to an open engagement, and follow delivery. */
@RestController
class BroadcastController {

    private final Broadcasts broadcasts;

    BroadcastController(Broadcasts broadcasts) {
        this.broadcasts = broadcasts;
    }

    @PostMapping("/api/v1/engagements/{engagementId}/broadcasts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Broadcast start(@Parameter(hidden = true) Caller caller, @PathVariable UUID engagementId,
            @RequestBody BroadcastRequest request) {
        return broadcasts.start(caller, engagementId, request);
    }

    /** The same request as a broadcast, answered per channel with what it is billed for and the cost; sends nothing. */
    @PostMapping("/api/v1/engagements/{engagementId}/broadcasts/estimate")
    BroadcastEstimate estimate(@Parameter(hidden = true) Caller caller, @PathVariable UUID engagementId,
            @RequestBody BroadcastRequest request) {
        return broadcasts.estimate(caller, engagementId, request);
    }

    @GetMapping("/api/v1/broadcasts/{id}")
    Broadcast get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return broadcasts.get(caller, id);
    }
}

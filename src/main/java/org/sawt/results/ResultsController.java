package org.sawt.results;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Results API. */
@RestController
class ResultsController {

    private final Results results;

    ResultsController(Results results) {
        this.results = results;
    }

    @GetMapping("/api/v1/engagements/{id}/results")
    EngagementResults get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return results.of(caller, id);
    }
}

package org.sawt.access;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agencies and their API keys (platform admin), and who the caller is. */
@RestController
@RequestMapping("/api/v1")
class AgencyController {

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    Agencies.Agency create(@Parameter(hidden = true) Caller caller, @RequestBody NewAgency body) {
        return agencies.create(caller, body.name());
    }

    @GetMapping("/agencies")
    List<Agencies.Agency> list(@Parameter(hidden = true) Caller caller) {
        return agencies.list(caller);
    }

    @PostMapping("/agencies/{id}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedKey issueKey(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestBody(required = false) NewKey body) {
        return agencies.issueKey(caller, id, body == null ? null : body.label());
    }

    @DeleteMapping("/api-keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeKey(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        agencies.revokeKey(caller, id);
    }

    @GetMapping("/me")
    Caller me(@Parameter(hidden = true) Caller caller) {
        return caller;
    }

    record NewAgency(String name) {
    }

    record NewKey(String label) {
    }
}

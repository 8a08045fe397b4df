package org.sawt.audit;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the audit log, and verifying its hash chain (platform admin). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    AuditPage list(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int limit) {
        return auditLog.list(caller, agencyId, after, limit);
    }

    @GetMapping("/verify")
    AuditVerification verify(@Parameter(hidden = true) Caller caller) {
        caller.requirePlatformAdmin();
        return auditLog.verify();
    }
}

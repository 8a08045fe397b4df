package org.sawt.engagement;

import java.util.Map;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens scheduled engagements and closes open ones when their time comes; run by a timer route. */
@Component
public class EngagementLifecycle {

    private final EngagementRows rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EngagementLifecycle(EngagementRows rows, AuditLog audit, ApplicationEventPublisher events) {
        this.rows = rows;
        this.audit = audit;
        this.events = events;
    }

    /** One pass; every instance may run it, the conditional update lets exactly one win each change. */
    @Transactional
    public void advance() {
        for (UUID id : rows.due(EngagementStatus.SCHEDULED, "opens_at")) {
            move(id, EngagementStatus.SCHEDULED, EngagementStatus.OPEN);
        }
        for (UUID id : rows.due(EngagementStatus.OPEN, "closes_at")) {
            move(id, EngagementStatus.OPEN, EngagementStatus.CLOSED);
        }
    }

    private void move(UUID id, EngagementStatus from, EngagementStatus to) {
        if (rows.transition(id, from, to)) {
            UUID agencyId = rows.find(id).orElseThrow().agencyId();
            audit.record("system", agencyId, to.event(), "engagement", id,
                    Map.of("from", from.name(), "reason", "scheduled time reached"));
            events.publishEvent(new EngagementStatusChanged(id, from, to, "system"));
        }
    }
}

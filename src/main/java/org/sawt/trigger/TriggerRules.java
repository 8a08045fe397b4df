package org.sawt.trigger;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.channel.Channels;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Configuring which engagement follows which service code, per agency; every change is audited. */
@Service
class TriggerRules {

    static final int MAX_SERVICE_CODE_LENGTH = 100;

    private final TriggerRuleRows rows;
    private final Engagements engagements;
    private final Channels channels;
    private final AuditLog audit;

    TriggerRules(TriggerRuleRows rows, Engagements engagements, Channels channels, AuditLog audit) {
        this.rows = rows;
        this.engagements = engagements;
        this.channels = channels;
        this.audit = audit;
    }

    @Transactional
    TriggerRule create(Caller caller, UUID agencyId, String serviceCode, UUID engagementId, List<String> channelOrder) {
        FieldErrors errors = new FieldErrors();
        String code = serviceCode == null ? "" : serviceCode.strip();
        errors.check(!code.isEmpty() && code.length() <= MAX_SERVICE_CODE_LENGTH, "serviceCode",
                "is required: the code the triggering platform sends, at most " + MAX_SERVICE_CODE_LENGTH
                        + " characters");
        checkTarget(caller, agencyId, engagementId, channelOrder, errors);
        errors.throwIfAny();
        rows.forService(agencyId, code).ifPresent(existing -> {
            throw taken(code, existing.id());
        });
        Instant now = Instant.now();
        TriggerRule rule = new TriggerRule(UUID.randomUUID(), agencyId, code, engagementId, channelOrder, now, now);
        try {
            rows.insert(rule);
        } catch (DuplicateKeyException e) {
            throw taken(code, "created by another request just now");
        }
        audit.record(caller, agencyId, "trigger-rule.created", "trigger-rule", rule.id(), details(rule));
        return get(caller, rule.id());
    }

    @Transactional
    TriggerRule update(Caller caller, UUID id, UUID engagementId, List<String> channelOrder) {
        TriggerRule current = get(caller, id);
        FieldErrors errors = new FieldErrors();
        checkTarget(caller, current.agencyId(), engagementId, channelOrder, errors);
        errors.throwIfAny();
        TriggerRule changed = new TriggerRule(id, current.agencyId(), current.serviceCode(), engagementId,
                channelOrder, current.createdAt(), Instant.now());
        rows.update(changed);
        audit.record(caller, current.agencyId(), "trigger-rule.updated", "trigger-rule", id, details(changed));
        return get(caller, id);
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        TriggerRule rule = get(caller, id);
        rows.delete(id);
        audit.record(caller, rule.agencyId(), "trigger-rule.deleted", "trigger-rule", id, details(rule));
    }

    TriggerRule get(Caller caller, UUID id) {
        return rows.find(id).filter(rule -> caller.canSee(rule.agencyId()))
                .orElseThrow(() -> new NotFoundException("Trigger rule", id));
    }

    List<TriggerRule> list(UUID agencyId) {
        return rows.list(agencyId);
    }

    /** The engagement must be the agency's; the channels, if given, enabled ones. */
    private void checkTarget(Caller caller, UUID agencyId, UUID engagementId, List<String> channelOrder,
            FieldErrors errors) {
        if (errors.check(engagementId != null, "engagementId", "is required: the engagement to send")) {
            boolean owned = engagements.find(engagementId).filter(e -> e.agencyId().equals(agencyId)
                    && caller.canSee(e.agencyId())).isPresent();
            errors.check(owned, "engagementId", "is not an engagement of this agency");
        }
        if (channelOrder != null) {
            errors.check(!channelOrder.isEmpty(), "channels", "must name at least one channel, or be left out");
            channels.requireAll(channelOrder, "channels", errors);
        }
    }

    private static ConflictException taken(String serviceCode, Object holder) {
        return new ConflictException("Service code '" + serviceCode + "' already has trigger rule " + holder
                + " in this agency; change that rule (PUT /api/v1/trigger-rules/{id}) instead.");
    }

    private static Map<String, Object> details(TriggerRule rule) {
        Map<String, Object> details = new HashMap<>();
        details.put("serviceCode", rule.serviceCode());
        details.put("engagementId", rule.engagementId().toString());
        details.put("channels", rule.channels() == null ? "deployment order" : rule.channels());
        return details;
    }
}

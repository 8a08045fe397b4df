package org.sawt.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.access.Agencies;
import org.sawt.audit.AuditLog;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and moving engagements through their lifecycle; the module's public API. */
@Service
public class Engagements {

    private final EngagementRows rows;
    private final Agencies agencies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Engagements(EngagementRows rows, Agencies agencies, AuditLog audit, ApplicationEventPublisher events) {
        this.rows = rows;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Engagement create(Caller caller, EngagementDraft draft) {
        UUID agencyId = owningAgency(caller, draft.agencyId());
        EngagementValidator.validate(draft);
        Instant now = Instant.now();
        Engagement engagement = new Engagement(UUID.randomUUID(), agencyId, portalIdOf(draft), draft.type(),
                EngagementStatus.DRAFT, draft.title(), draft.languages(), invitationOf(draft),
                keyed(draft.questions()), draft.opensAt(), draft.closesAt(), null, null, now, now);
        requireFreePortalId(engagement);
        try {
            rows.insert(engagement);
        } catch (DuplicateKeyException e) {
            throw portalIdTaken(engagement.portalExternalId(), "created by another request just now");
        }
        audit.record(caller, agencyId, "engagement.created", "engagement", engagement.id(),
                Map.of("type", draft.type().name(), "languages", draft.languages()));
        return engagement;
    }

    /** Changes a draft; once opened or scheduled an engagement's questions are fixed. */
    @Transactional
    public Engagement update(Caller caller, UUID id, EngagementDraft changes) {
        Engagement current = get(caller, id);
        if (current.status() != EngagementStatus.DRAFT) {
            throw new ConflictException("Engagement " + id + " is " + current.status()
                    + "; only a DRAFT can be changed.");
        }
        EngagementDraft merged = EngagementDraft.of(current).with(changes);
        EngagementValidator.validate(merged);
        Engagement updated = new Engagement(id, current.agencyId(), portalIdOf(merged), merged.type(),
                current.status(), merged.title(), merged.languages(), invitationOf(merged), keyed(merged.questions()),
                merged.opensAt(), merged.closesAt(), null, null, current.createdAt(), Instant.now());
        requireFreePortalId(updated);
        try {
            rows.updateDraft(updated);
        } catch (DuplicateKeyException e) {
            throw portalIdTaken(updated.portalExternalId(), "created by another request just now");
        }
        audit.record(caller, current.agencyId(), "engagement.updated", "engagement", id, Map.of());
        return get(caller, id);
    }

    /** Opens now, or schedules when opensAt lies in the future. */
    @Transactional
    public Engagement open(Caller caller, UUID id) {
        Engagement e = get(caller, id);
        if (e.closesAt() != null && !e.closesAt().isAfter(Instant.now())) {
            throw new ConflictException("closesAt " + e.closesAt() + " has passed; change it before opening.");
        }
        boolean later = e.status() == EngagementStatus.DRAFT && e.opensAt() != null && e.opensAt().isAfter(Instant.now());
        EngagementStatus target = later ? EngagementStatus.SCHEDULED : EngagementStatus.OPEN;
        move(caller, e, target, EngagementStatus.DRAFT, EngagementStatus.SCHEDULED);
        return get(caller, id);
    }

    @Transactional
    public Engagement close(Caller caller, UUID id) {
        Engagement e = get(caller, id);
        move(caller, e, EngagementStatus.CLOSED, EngagementStatus.OPEN, EngagementStatus.SCHEDULED);
        return get(caller, id);
    }

    @Transactional
    public Engagement publish(Caller caller, UUID id) {
        Engagement e = get(caller, id);
        move(caller, e, EngagementStatus.PUBLISHED, EngagementStatus.CLOSED);
        return get(caller, id);
    }

    /** The engagement if the caller may see it; another agency's engagement is reported as not found. */
    public Engagement get(Caller caller, UUID id) {
        return rows.find(id).filter(e -> caller.canSee(e.agencyId()))
                .orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    /** For internal use by other modules (conversation, broadcast): no caller check. */
    public Optional<Engagement> find(UUID id) {
        return rows.find(id);
    }

    /** For menu channels: the engagements open to participants of these agencies, newest first. */
    public List<Engagement> openIn(Collection<UUID> agencyIds, int limit) {
        return rows.openIn(agencyIds, limit);
    }

    /** Newest first; {@code portalExternalId} (null: any) finds the engagement the portal knows by that id. */
    public List<Engagement> list(Caller caller, UUID agencyFilter, String portalExternalId, int limit) {
        UUID agency = caller.isPlatformAdmin() ? agencyFilter : caller.agencyId();
        return rows.list(agency, portalExternalId, limit);
    }

    /** The engagements the caller may see in creation order, after {@code afterId} (null: from the first). */
    public List<Engagement> pageAfter(Caller caller, UUID afterId, int limit) {
        return rows.pageAfter(caller.isPlatformAdmin() ? null : caller.agencyId(), afterId, limit);
    }

    private void move(Caller caller, Engagement e, EngagementStatus target, EngagementStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(e.status()) || !rows.transition(e.id(), e.status(), target)) {
            throw new ConflictException("Engagement " + e.id() + " is " + e.status() + "; it cannot become " + target
                    + " from there (allowed from " + List.of(allowedFrom) + ").");
        }
        audit.record(caller, e.agencyId(), target.event(), "engagement", e.id(),
                Map.of("from", e.status().name()));
        events.publishEvent(new EngagementStatusChanged(e.id(), e.status(), target, caller.actor()));
    }

    private UUID owningAgency(Caller caller, UUID requested) {
        if (!caller.isPlatformAdmin()) {
            if (requested != null && !requested.equals(caller.agencyId())) {
                throw new NotFoundException("Agency", requested);
            }
            return caller.agencyId();
        }
        if (requested == null) {
            throw InvalidRequestException.of("agencyId", "is required when a platform admin creates an engagement");
        }
        return agencies.get(requested).id();
    }

    /** The portal's id may be given once per agency; the unique index settles a race between two requests. */
    private void requireFreePortalId(Engagement engagement) {
        if (engagement.portalExternalId() == null) {
            return;
        }
        rows.withPortalId(engagement.agencyId(), engagement.portalExternalId())
                .filter(holder -> !holder.equals(engagement.id()))
                .ifPresent(holder -> {
                    throw portalIdTaken(engagement.portalExternalId(), holder);
                });
    }

    private static ConflictException portalIdTaken(String portalExternalId, Object holder) {
        return new ConflictException("portalExternalId '" + portalExternalId + "' is already used by engagement "
                + holder + " of this agency; each engagement needs its own.");
    }

    private static String portalIdOf(EngagementDraft draft) {
        return draft.portalExternalId() == null ? null : draft.portalExternalId().strip();
    }

    private static Map<String, String> invitationOf(EngagementDraft draft) {
        return draft.invitation() == null ? Map.of() : draft.invitation();
    }

    private static List<Question> keyed(List<EngagementDraft.QuestionDraft> drafts) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            EngagementDraft.QuestionDraft q = drafts.get(i);
            questions.add(new Question("q" + (i + 1), q.type(), q.text(), q.options()));
        }
        return questions;
    }
}

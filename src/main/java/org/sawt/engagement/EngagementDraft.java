package org.sawt.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editable part of an engagement, as sent to create it (every field needed) or to PATCH a draft
 * (null fields stay as they are). Texts map a language code to text; {@code portalExternalId} is optional.
 */
public record EngagementDraft(UUID agencyId, EngagementType type, Map<String, String> title, List<String> languages,
        Map<String, String> invitation, List<QuestionDraft> questions, Instant opensAt, Instant closesAt,
        String portalExternalId) {

    /** One question as sent by the agency; keys are assigned by position. */
    public record QuestionDraft(QuestionType type, Map<String, String> text, List<Map<String, String>> options) {
    }

    /** This draft with the given changes laid over it. */
    EngagementDraft with(EngagementDraft changes) {
        return new EngagementDraft(agencyId,
                changes.type != null ? changes.type : type,
                changes.title != null ? changes.title : title,
                changes.languages != null ? changes.languages : languages,
                changes.invitation != null ? changes.invitation : invitation,
                changes.questions != null ? changes.questions : questions,
                changes.opensAt != null ? changes.opensAt : opensAt,
                changes.closesAt != null ? changes.closesAt : closesAt,
                changes.portalExternalId != null ? changes.portalExternalId : portalExternalId);
    }

    static EngagementDraft of(Engagement e) {
        return new EngagementDraft(e.agencyId(), e.type(), e.title(), e.languages(), e.invitation(),
                e.questions().stream().map(q -> new QuestionDraft(q.type(), q.text(), q.options())).toList(),
                e.opensAt(), e.closesAt(), e.portalExternalId());
    }
}

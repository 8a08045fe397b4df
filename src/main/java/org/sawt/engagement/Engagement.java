package org.sawt.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.shared.Language;

/**
 * A poll, questionnaire, vote, rating, call for ideas or consultation run by one agency. {@code portalExternalId} is
 * the portal's own reference for an engagement it created (unique within the agency), or null.
 */
public record Engagement(UUID id, UUID agencyId, String portalExternalId, EngagementType type, EngagementStatus status,
        Map<String, String> title, List<String> languages, Map<String, String> invitation, List<Question> questions,
        Instant opensAt, Instant closesAt, Instant openedAt, Instant closedAt, Instant createdAt, Instant updatedAt) {

    /** The language to talk to a participant in: theirs when the engagement has it, else its first one. */
    public Language languageFor(Language preferred) {
        if (preferred != null && languages.contains(preferred.code())) {
            return preferred;
        }
        return Language.fromCode(languages.get(0)).orElseThrow();
    }

    public Question question(int index) {
        return questions.get(index);
    }
}

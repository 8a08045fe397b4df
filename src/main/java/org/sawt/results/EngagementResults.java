package org.sawt.results;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.engagement.EngagementStatus;
import org.sawt.engagement.QuestionType;

/** Results in question and option order: {@code participants} and, per question, a count per option. */
public record EngagementResults(UUID engagementId, EngagementStatus status, long participants,
        List<QuestionResult> questions) {

    /** One question's tally; {@code answered} counts participants who answered it. */
    public record QuestionResult(String key, QuestionType type, Map<String, String> text, long answered,
            List<OptionCount> options) {
    }

    /** How many chose this option ({@code value} is what responses store, {@code label} per language). */
    public record OptionCount(String value, Map<String, String> label, long count) {
    }
}

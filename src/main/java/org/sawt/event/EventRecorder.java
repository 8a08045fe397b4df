package org.sawt.event;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.EngagementStatus;
import org.sawt.engagement.EngagementStatusChanged;
import org.sawt.engagement.Engagements;
import org.sawt.privacy.AgeBands;
import org.sawt.privacy.Pseudonyms;
import org.sawt.response.ResponseRecorded;
import org.sawt.shared.JsonColumns;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns answers and engagement status changes into outbox events. The listeners run synchronously on the thread,
 * and so in the transaction, that published the change: the event commits or rolls back with it.
 */
@Component
class EventRecorder {

    /** Free text longer than this is cut in events (the responses API has all of it), keeping bodies thin. */
    static final int MAX_TEXT_ANSWER = 2000;

    private final EventLog log;
    private final Pseudonyms pseudonyms;
    private final Engagements engagements;
    private final ResultsSnapshots results;
    private final JsonColumns json;

    EventRecorder(EventLog log, Pseudonyms pseudonyms, Engagements engagements, ResultsSnapshots results,
            JsonColumns json) {
        this.log = log;
        this.pseudonyms = pseudonyms;
        this.engagements = engagements;
        this.results = results;
        this.json = json;
    }

    /** {@code response.created} for a participant's first answer, {@code response.updated} for every later one. */
    @EventListener
    void answered(ResponseRecorded answer) {
        String participantId = pseudonyms.participant(answer.engagementId(), answer.contactId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("participantId", participantId);
        data.put("questionKey", answer.questionKey());
        boolean cut = answer.answer() instanceof String text && text.length() > MAX_TEXT_ANSWER;
        data.put("answer", cut ? ((String) answer.answer()).substring(0, MAX_TEXT_ANSWER) : answer.answer());
        if (cut) {
            data.put("answerTruncated", true);
        }
        data.put("previousAnswer", answer.previousAnswerJson() == null ? null
                : json.read(answer.previousAnswerJson(), new TypeReference<Object>() { }));
        data.put("channel", answer.channel());
        data.put("receivedAt", answer.receivedAt());
        data.put("participant", demographics(answer));
        log.append(answer.firstAnswer() ? EventType.RESPONSE_CREATED : EventType.RESPONSE_UPDATED,
                answer.engagementId(), participantId, answer.receivedAt(), data);
    }

    /** {@code engagement.opened/closed/published}; closing and publishing also write {@code results.final}. */
    @EventListener
    void statusChanged(EngagementStatusChanged change) {
        EventType type = switch (change.to()) {
            case OPEN -> EventType.ENGAGEMENT_OPENED;
            case CLOSED -> EventType.ENGAGEMENT_CLOSED;
            case PUBLISHED -> EventType.ENGAGEMENT_PUBLISHED;
            case DRAFT, SCHEDULED -> null;
        };
        if (type == null) {
            return;
        }
        Engagement engagement = engagements.find(change.engagementId()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", change.to());
        data.put("previousStatus", change.from());
        data.put("engagementType", engagement.type());
        data.put("title", engagement.title());
        data.put("languages", engagement.languages());
        data.put("questions", engagement.questions().size());
        data.put("opensAt", engagement.opensAt());
        data.put("closesAt", engagement.closesAt());
        data.put("changedBy", "system".equals(change.actor()) ? "schedule" : "api");
        log.append(type, engagement.id(), "engagement", Instant.now(), data);
        if (change.to() == EngagementStatus.CLOSED || change.to() == EngagementStatus.PUBLISHED) {
            results.writeFinal(engagement.id());
        }
    }

    /** Age band and gender only, "not stated" when unknown: never anything that names the person. */
    private static Map<String, String> demographics(ResponseRecorded answer) {
        Map<String, String> bands = new LinkedHashMap<>();
        bands.put("ageBand", AgeBands.of(answer.birthYear(), Year.now(ZoneOffset.UTC)));
        bands.put("gender", answer.gender() == null ? AgeBands.NOT_STATED : answer.gender());
        return bands;
    }
}

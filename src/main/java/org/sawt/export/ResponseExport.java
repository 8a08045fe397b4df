package org.sawt.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Question;
import org.sawt.privacy.AgeBands;
import org.sawt.privacy.Pseudonyms;
import org.sawt.response.ResponseStream;
import org.springframework.stereotype.Component;

/**
 * Writes an engagement's responses, one participant per row or line, as they come off the database cursor:
 * nothing is collected first, so memory stays bounded however many there are. Answers are the values the
 * responses API shows (option positions, yes/no, numbers, text); a multiple-choice answer in CSV is its positions
 * joined with ";".
 */
@Component
class ResponseExport {

    static final List<String> FIXED_COLUMNS =
            List.of("participant_id", "channel", "first_answered_at", "last_answered_at", "age_band", "gender");

    private final ResponseStream responses;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper json;

    ResponseExport(ResponseStream responses, Pseudonyms pseudonyms, ObjectMapper json) {
        this.responses = responses;
        this.pseudonyms = pseudonyms;
        this.json = json;
    }

    void write(Engagement engagement, ExportFormat format, Writer out) {
        List<String> keys = engagement.questions().stream().map(Question::key).toList();
        Year thisYear = Year.now(ZoneOffset.UTC);
        CsvRows csv = new CsvRows(out);
        if (format == ExportFormat.CSV) {
            List<String> header = new ArrayList<>(FIXED_COLUMNS);
            header.addAll(keys);
            csv.write(header);
        }
        responses.forEach(engagement.id(), response -> {
            Line line = new Line(pseudonyms.participant(engagement.id(), response.contactId()), response.channel(),
                    response.receivedAt(), response.updatedAt(), AgeBands.of(response.birthYear(), thisYear),
                    response.gender() == null ? AgeBands.NOT_STATED : response.gender(), response.answers());
            if (format == ExportFormat.CSV) {
                csv.write(line.cells(keys));
            } else {
                writeJsonLine(line, out);
            }
        });
    }

    private void writeJsonLine(Line line, Writer out) {
        try {
            out.write(json.writeValueAsString(line));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response did not serialise", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The client stopped reading the export", e);
        }
    }

    /** One participant's line: what the responses API shows, with the demographic bands. */
    record Line(String participantId, String channel, Instant receivedAt, Instant updatedAt, String ageBand,
            String gender, Map<String, Object> answers) {

        List<Object> cells(List<String> keys) {
            List<Object> cells = new ArrayList<>(List.of(participantId, channel, receivedAt, updatedAt, ageBand, gender));
            keys.forEach(key -> cells.add(answers.get(key) instanceof List<?> chosen
                    ? String.join(";", chosen.stream().map(Object::toString).toList()) : answers.get(key)));
            return cells;
        }
    }
}

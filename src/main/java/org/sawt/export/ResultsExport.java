package org.sawt.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sawt.results.EngagementResults;

/**
 * Writes results, which are small (a count per option): CSV has one row per question and option (a question
 * without options, such as free text, has one row with its number of answers); NDJSON one line per question, as
 * the results API shows it.
 */
final class ResultsExport {

    private ResultsExport() {
    }

    static void write(EngagementResults results, List<String> languages, ExportFormat format, ObjectMapper json,
            Writer out) throws IOException {
        if (format == ExportFormat.NDJSON) {
            for (EngagementResults.QuestionResult question : results.questions()) {
                out.write(line(json, question));
                out.write('\n');
            }
            return;
        }
        CsvRows csv = new CsvRows(out);
        List<Object> header = new ArrayList<>(List.of("question", "type", "answered", "option"));
        languages.forEach(language -> header.add("label_" + language));
        header.add("count");
        csv.write(header);
        for (EngagementResults.QuestionResult question : results.questions()) {
            if (question.options().isEmpty()) {
                List<Object> row = new ArrayList<>(List.of(question.key(), question.type(), question.answered(), ""));
                languages.forEach(language -> row.add(""));
                row.add(question.answered());
                csv.write(row);
            }
            for (EngagementResults.OptionCount option : question.options()) {
                List<Object> row = new ArrayList<>(List.of(question.key(), question.type(), question.answered(),
                        option.value()));
                languages.forEach(language -> row.add(option.label().get(language)));
                row.add(option.count());
                csv.write(row);
            }
        }
    }

    private static String line(ObjectMapper json, EngagementResults.QuestionResult question) {
        try {
            return json.writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.sawt.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.results.Results;
import org.sawt.shared.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Responses and results as files. The caller's access is checked before the first byte, so errors are still
 * problem+json; then rows are written to the response as they are read, on the request's thread.
 */
@RestController
@RequestMapping("/api/v1/engagements/{id}")
class ExportController {

    private static final int BUFFER = 64 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Engagements engagements;
    private final ResponseExport responses;
    private final Results results;
    private final ObjectMapper json;

    ExportController(Engagements engagements, ResponseExport responses, Results results, ObjectMapper json) {
        this.engagements = engagements;
        this.responses = responses;
        this.results = results;
        this.json = json;
    }

    @GetMapping("/responses.csv")
    @Operation(summary = "Every participant's answers as CSV, streamed")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void responsesCsv(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @Parameter(description = "start with a UTF-8 byte order mark, so Excel shows Arabic and Persian text")
            @RequestParam(defaultValue = "false") boolean bom, HttpServletResponse response) throws IOException {
        Engagement engagement = engagements.get(caller, id);
        try (Writer out = open(response, engagement, "responses", ExportFormat.CSV, bom)) {
            responses.write(engagement, ExportFormat.CSV, out);
        }
    }

    @GetMapping("/responses.ndjson")
    @Operation(summary = "Every participant's answers as newline-delimited JSON, streamed")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-ndjson",
            schema = @Schema(type = "string")))
    void responsesNdjson(@Parameter(hidden = true) Caller caller, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Engagement engagement = engagements.get(caller, id);
        try (Writer out = open(response, engagement, "responses", ExportFormat.NDJSON, false)) {
            responses.write(engagement, ExportFormat.NDJSON, out);
        }
    }

    @GetMapping("/results.csv")
    @Operation(summary = "Counts per question and option as CSV")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void resultsCsv(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @Parameter(description = "start with a UTF-8 byte order mark, so Excel shows Arabic and Persian text")
            @RequestParam(defaultValue = "false") boolean bom, HttpServletResponse response) throws IOException {
        writeResults(caller, id, ExportFormat.CSV, bom, response);
    }

    @GetMapping("/results.ndjson")
    @Operation(summary = "Counts per question as newline-delimited JSON")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-ndjson",
            schema = @Schema(type = "string")))
    void resultsNdjson(@Parameter(hidden = true) Caller caller, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        writeResults(caller, id, ExportFormat.NDJSON, false, response);
    }

    private void writeResults(Caller caller, UUID id, ExportFormat format, boolean bom, HttpServletResponse response)
            throws IOException {
        Engagement engagement = engagements.get(caller, id);
        var tallies = results.of(caller, id);
        try (Writer out = open(response, engagement, "results", format, bom)) {
            ResultsExport.write(tallies, engagement.languages(), format, json, out);
        }
    }

    private static Writer open(HttpServletResponse response, Engagement engagement, String what, ExportFormat format,
            boolean bom) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("engagement-" + engagement.id() + "-" + what + "." + format.extension()).build().toString());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                BUFFER);
        if (bom) {
            out.write(BYTE_ORDER_MARK);
        }
        return out;
    }
}

package org.sawt.floip;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.sawt.response.AnswerWindow;
import org.sawt.shared.Caller;
import org.sawt.shared.FieldErrors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The three "pull" endpoints of the FLOIP Flow Results API, with the same API keys as /api/v1 (an agency sees its
 * own engagements, a platform admin all). Query parameters are those of the specification, brackets included.
 */
@RestController
@Tag(name = "Flow Results (FLOIP)")
@RequestMapping(path = FlowResultsController.PATH,
        produces = {FlowResultsController.JSON_API, MediaType.APPLICATION_JSON_VALUE})
class FlowResultsController {

    static final String PATH = "/flow-results/packages";
    static final String JSON_API = "application/vnd.api+json";
    static final int MAX_PAGE_SIZE = 5000;

    private final FlowResultsPackages packages;

    FlowResultsController(FlowResultsPackages packages) {
        this.packages = packages;
    }

    @GetMapping
    @Operation(summary = "The packages (engagements) this API key may read, oldest first")
    FlowResultsDocuments.PackageList list(@Parameter(hidden = true) Caller caller,
            @RequestParam(name = "page[size]", defaultValue = "100") int size,
            @RequestParam(name = "page[afterCursor]", required = false) String afterCursor) {
        FieldErrors errors = new FieldErrors();
        checkSize(size, errors);
        UUID after = null;
        if (afterCursor != null && !afterCursor.isBlank()) {
            try {
                after = UUID.fromString(afterCursor.strip());
            } catch (IllegalArgumentException e) {
                errors.add("page[afterCursor]", "must be the id of the last package of the previous page");
            }
        }
        errors.throwIfAny();
        return packages.list(caller, after, size, FlowResultsLinks.ofCurrentRequest());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The descriptor of a package: a Flow Results Data Package with the questions")
    FlowResultsDocuments.PackageDocument descriptor(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return packages.descriptor(caller, id, FlowResultsLinks.ofCurrentRequest());
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "Answers as Flow Results rows, oldest first, paged by row id")
    FlowResultsDocuments.ResponsesDocument responses(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestParam(name = "page[size]", defaultValue = "1000") int size,
            @RequestParam(name = "page[afterCursor]", required = false) String afterCursor,
            @RequestParam(name = "page[beforeCursor]", required = false) String beforeCursor,
            @Parameter(description = "only rows received after this time (exclusive), RFC 3339")
            @RequestParam(name = "filter[start-timestamp]", required = false) String start,
            @Parameter(description = "only rows received up to this time (inclusive), RFC 3339")
            @RequestParam(name = "filter[end-timestamp]", required = false) String end) {
        FieldErrors errors = new FieldErrors();
        checkSize(size, errors);
        Long after = rowId(afterCursor, "page[afterCursor]", errors);
        Long before = rowId(beforeCursor, "page[beforeCursor]", errors);
        errors.check(after == null || before == null, "page[beforeCursor]",
                "cannot be combined with page[afterCursor]; page one way at a time");
        AnswerWindow window = new AnswerWindow(after, before, timestamp(start, "filter[start-timestamp]", errors),
                timestamp(end, "filter[end-timestamp]", errors));
        errors.throwIfAny();
        return packages.responses(caller, id, window, size, FlowResultsLinks.ofCurrentRequest());
    }

    private static void checkSize(int size, FieldErrors errors) {
        errors.check(size >= 1 && size <= MAX_PAGE_SIZE, "page[size]", "must be between 1 and " + MAX_PAGE_SIZE);
    }

    private static Long rowId(String cursor, String parameter, FieldErrors errors) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor.strip());
        } catch (NumberFormatException e) {
            errors.add(parameter, "must be a row_id of this package (" + cursor.strip() + " is not)");
            return null;
        }
    }

    /**
     * An RFC 3339 date-time; a space instead of "T" (as in the specification's examples) is accepted, and so is a
     * "+" of the offset that arrived as a space because the client did not percent-encode it.
     */
    private static Instant timestamp(String value, String parameter, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        try {
            return OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(parameter, "must be an RFC 3339 date-time such as 2026-05-23T13:35:37+00:00");
            return null;
        }
    }
}

package org.sawt.response;

import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Caller;
import org.sawt.shared.FieldErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collected responses, cursor-paginated, as the portal and the agency read them. */
@RestController
@RequestMapping("/api/v1/responses")
class ResponseController {

    private final Responses responses;
    private final Engagements engagements;

    ResponseController(Responses responses, Engagements engagements) {
        this.responses = responses;
        this.engagements = engagements;
    }

    @GetMapping
    Page list(@Parameter(hidden = true) Caller caller, @RequestParam UUID engagementId,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "100") int limit) {
        FieldErrors errors = new FieldErrors();
        errors.check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000");
        Long after = decode(cursor, errors);
        errors.throwIfAny();
        engagements.get(caller, engagementId);
        ResponsePage page = responses.page(engagementId, after, limit);
        return new Page(page.items(), page.nextCursor() == null ? null : encode(page.nextCursor()));
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("r:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor, FieldErrors errors) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith("r:")) {
                return Long.parseLong(plain.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add("cursor", "is not a cursor this API gave out; pass nextCursor from the previous page");
        return null;
    }

    /** The page as the API shows it: an opaque cursor instead of the internal position. */
    record Page(List<ResponsePage.Item> items, String nextCursor) {
    }
}

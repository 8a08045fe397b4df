package org.sawt.contact;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.sawt.shared.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agency's own contact API: addresses are shown here because the caller owns them. */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactController {

    private static final String DEFAULT_REASON = "requested through the API";

    private final Contacts contacts;

    ContactController(Contacts contacts) {
        this.contacts = contacts;
    }

    @PostMapping
    ResponseEntity<ContactView> create(@Parameter(hidden = true) Caller caller,
            @RequestBody CreateContactRequest body) {
        Contact contact = contacts.create(caller, agencyOf(caller, body.agencyId()),
                new NewContact(body.phone(), body.telegramChatId(), body.email(), body.language(), body.birthYear(),
                        body.gender()));
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id())).body(ContactView.of(contact));
    }

    @GetMapping("/{id}")
    ContactView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return ContactView.of(contacts.get(caller, id));
    }

    @GetMapping
    ContactPageView list(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit) {
        ContactPage page = contacts.list(caller, agencyOf(caller, agencyId), cursor, limit);
        return new ContactPageView(page.items().stream().map(ContactView::of).toList(), page.nextCursor());
    }

    /** Reads the body as a stream, so a large file is never held whole; UTF-8 unless the Content-Type says so. */
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportReport importCsv(@Parameter(hidden = true) Caller caller, @RequestParam(required = false) UUID agencyId,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "CSV with a header row: phone, email,"
                    + " telegramChatId, language, birthYear, gender (any order, at least one address column)",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))) InputStream body)
            throws IOException {
        var charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        try (var csv = new InputStreamReader(body, charset)) {
            return contacts.importCsv(caller, agencyOf(caller, agencyId), csv);
        }
    }

    @PostMapping("/{id}/opt-out")
    ContactView optOut(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestBody(required = false) ConsentChangeRequest body) {
        return ContactView.of(contacts.optOut(caller, id, reasonOf(body)));
    }

    @PostMapping("/{id}/opt-in")
    ContactView optIn(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
            @RequestBody(required = false) ConsentChangeRequest body) {
        return ContactView.of(contacts.optIn(caller, id, reasonOf(body)));
    }

    @GetMapping("/{id}/consent")
    List<ConsentEvent> consent(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return contacts.consentHistory(caller, id);
    }

    /** An agency key works on its own agency; a platform-admin key has none, so it must name one. */
    private static UUID agencyOf(Caller caller, UUID requested) {
        UUID agencyId = requested != null ? requested : caller.agencyId();
        if (agencyId == null) {
            throw InvalidRequestException.of("agencyId", "is required with a platform-admin API key");
        }
        return agencyId;
    }

    private static String reasonOf(ConsentChangeRequest body) {
        return body == null || body.reason() == null || body.reason().isBlank() ? DEFAULT_REASON
                : body.reason().strip();
    }

    /** Body of POST /api/v1/contacts; {@code agencyId} is for platform-admin keys; demographics are optional. */
    record CreateContactRequest(UUID agencyId, String phone, String telegramChatId, String email, String language,
            Integer birthYear, String gender) {
    }

    /** Optional body of opt-out and opt-in. */
    record ConsentChangeRequest(String reason) {
    }

    /** A contact as the owning agency sees it. */
    record ContactView(UUID id, String publicId, String language, String phone, String telegramChatId,
            String email, boolean optedOut, Instant createdAt, Integer birthYear, String gender) {

        static ContactView of(Contact contact) {
            return new ContactView(contact.id(), contact.publicId(), contact.language().code(), contact.phone(),
                    contact.telegramChatId(), contact.email(), contact.optedOut(), contact.createdAt(),
                    contact.birthYear(), contact.gender());
        }
    }

    /** One page of contacts and the cursor of the next page (null on the last). */
    record ContactPageView(List<ContactView> items, String nextCursor) {
    }
}

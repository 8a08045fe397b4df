package org.sawt.channel.ussd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.InvalidPhoneNumberException;
import org.sawt.contact.PhoneNumbers;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Africa's Talking's USSD convention, the only class that knows it (another gateway, such as Infobip's JSON or
 * DMARK's GET, is one more class like this one). The callback is a form POST of {@code sessionId},
 * {@code serviceCode}, {@code phoneNumber}, {@code networkCode} and {@code text}, every input of the session
 * joined with {@code *}; the answer is plain text starting {@code CON } (more to come) or {@code END }. A request
 * that cannot be read, or that fails, gets a clear {@code END} screen, never an error the phone would show as
 * "connection problem". The end-of-session notice ({@code /events}) marks the session dropped, to resume.
 */
@RestController
@RequestMapping(AfricasTalkingUssdController.PATH)
class AfricasTalkingUssdController {

    static final String PATH = "/channels/ussd/africastalking";
    private static final Logger log = LoggerFactory.getLogger(AfricasTalkingUssdController.class);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final Pattern SESSION_ID = Pattern.compile("[\\w.:-]{1,100}");
    private static final int MAX_TEXT = 1000;
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private final UssdMenus menus;
    private final UssdPages pages;
    private final UssdSettings settings;
    private final PhoneNumbers phoneNumbers;
    private final ContactSettings contactSettings;

    AfricasTalkingUssdController(UssdMenus menus, UssdPages pages, UssdSettings settings, PhoneNumbers phoneNumbers,
            ContactSettings contactSettings) {
        this.menus = menus;
        this.pages = pages;
        this.settings = settings;
        this.phoneNumbers = phoneNumbers;
        this.contactSettings = contactSettings;
    }

    /** Any body that is not the expected form (another content type, missing fields) gets the same clear END. */
    @PostMapping
    ResponseEntity<String> session(@RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "token", required = false) String token) {
        requireCallback(token);
        String sessionId = fields.getFirst("sessionId");
        String text = fields.getFirst("text");
        String phone = phone(fields.getFirst("phoneNumber"));
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches() || phone == null
                || (text != null && text.length() > MAX_TEXT)) {
            return screen(new UssdReply(pages.phrase("menu.bad-request", contactSettings.defaultLanguage()), true));
        }
        try {
            return screen(menus.handle(new UssdRequest(sessionId, phone, inputs(text))));
        } catch (RuntimeException e) {
            log.error("USSD request of session {} failed", sessionId, e);
            return screen(new UssdReply(pages.phrase("menu.unavailable", contactSettings.defaultLanguage()), true));
        }
    }

    /** The end-of-session notice: the caller hung up or the network timed out. */
    @PostMapping("/events")
    ResponseEntity<Void> ended(@RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "token", required = false) String token) {
        requireCallback(token);
        String sessionId = fields.getFirst("sessionId");
        if (sessionId != null && SESSION_ID.matcher(sessionId).matches()) {
            menus.dropped(sessionId);
        }
        return ResponseEntity.ok().build();
    }

    private void requireCallback(String token) {
        if (!settings.enabled()) {
            throw new NotFoundException("Channel", UssdMenus.CHANNEL);
        }
        if (settings.callbackToken() != null && (token == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), settings.callbackToken().getBytes(StandardCharsets.UTF_8)))) {
            throw new ForbiddenException("The token query parameter is missing or wrong; the callback URL "
                    + "registered with the USSD provider must end with ?token=<USSD_CALLBACK_TOKEN>.");
        }
    }

    /**
     * E.164, or null. Africa's Talking sends E.164, kept as sent (parsing it again is a tenth of a request's time);
     * anything else is normalised or refused. A '+' sent unencoded in the form arrives as a space.
     */
    private String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String written = raw.startsWith(" ") ? "+" + raw.strip() : raw.strip();
        if (E164.matcher(written).matches()) {
            return written;
        }
        try {
            return phoneNumbers.toE164(written);
        } catch (InvalidPhoneNumberException e) {
            return null;
        }
    }

    /** The inputs of the session, oldest first; the caller just dialled when the text is empty. */
    private static List<String> inputs(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\*", -1));
    }

    private static ResponseEntity<String> screen(UssdReply reply) {
        return ResponseEntity.ok().contentType(TEXT).body((reply.end() ? "END " : "CON ") + reply.text());
    }
}

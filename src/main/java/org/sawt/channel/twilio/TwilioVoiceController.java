package org.sawt.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sawt.channel.MenuCall;
import org.sawt.channel.MenuScreen;
import org.sawt.channel.Menus;
import org.sawt.channel.Outbox;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio Voice's webhooks, signed like the messaging ones: the call's menu in TwiML (when the call starts, then
 * after each keypress, {@code ?step=} numbering the inputs so a retried request counts once), the status of the
 * calls we placed, and the recorded prompts Twilio plays.
 */
@RestController
@RequestMapping(TwilioWebhookUrls.VOICE_PATH)
class TwilioVoiceController {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final String UNKNOWN_CALLER = "anonymous";
    private static final Pattern DIGITS = Pattern.compile("[0-9*#]{1,30}");
    /** twilio.com/docs/voice/api/call-resource#call-status-values: how a call we placed ended. */
    private static final Map<String, Outbox.Status> CALL_STATUSES = Map.of(
            "completed", Outbox.Status.DELIVERED,
            "busy", Outbox.Status.FAILED,
            "no-answer", Outbox.Status.FAILED,
            "failed", Outbox.Status.FAILED,
            "canceled", Outbox.Status.FAILED);

    private final TwilioSignedRequests signatures;
    private final TwilioVoiceAdapter voice;
    private final Menus menus;
    private final VoiceTwiml twiml;
    private final VoicePrompts prompts;
    private final Outbox outbox;

    TwilioVoiceController(TwilioSettings settings, TwilioWebhookUrls urls, TwilioVoiceAdapter voice, Menus menus,
            VoiceTwiml twiml, VoicePrompts prompts, Outbox outbox) {
        this.signatures = new TwilioSignedRequests(settings, urls);
        this.voice = voice;
        this.menus = menus;
        this.twiml = twiml;
        this.prompts = prompts;
        this.outbox = outbox;
    }

    /** The next thing the caller hears: the menu's answer to their keypress, or to nothing pressed. */
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> call(@RequestBody(required = false) MultiValueMap<String, String> form,
            @RequestParam(name = "step", defaultValue = "0") int step,
            @RequestHeader(name = TwilioWebhookController.SIGNATURE_HEADER, required = false) String signature,
            HttpServletRequest request) {
        MultiValueMap<String, String> fields = signed(form, signature, request);
        String callSid = fields.getFirst("CallSid");
        boolean placedByUs = String.valueOf(fields.getFirst("Direction")).startsWith("outbound");
        String number = placedByUs ? fields.getFirst("To") : fields.getFirst("From");
        // a withheld or odd caller id is nobody's phone: the menu says the number is not registered, and hangs up
        String caller = number != null && E164.matcher(number).matches() ? number : UNKNOWN_CALLER;
        String digits = fields.getFirst("Digits");
        FieldErrors errors = new FieldErrors();
        errors.check(callSid != null && !callSid.isBlank(), "CallSid", "is required");
        errors.check(digits == null || DIGITS.matcher(digits).matches(), "Digits", "must be keypad keys");
        errors.check(step >= 0, "step", "must not be negative");
        errors.throwIfAny();
        MenuScreen screen;
        if (step == 0) {
            screen = menus.answer(call(callSid, caller, 0, null, placedByUs));
        } else if (digits == null || digits.isEmpty()) {
            screen = menus.unanswered(TwilioVoiceAdapter.NAME, callSid);
        } else {
            screen = menus.answer(call(callSid, caller, step, digits.replace("#", ""), placedByUs));
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(twiml.render(screen, step + 1));
    }

    /** How a call we placed ended: answered, or busy, unanswered, failed. */
    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(@RequestBody(required = false) MultiValueMap<String, String> form,
            @RequestHeader(name = TwilioWebhookController.SIGNATURE_HEADER, required = false) String signature,
            HttpServletRequest request) {
        MultiValueMap<String, String> fields = signed(form, signature, request);
        String callSid = fields.getFirst("CallSid");
        String callStatus = fields.getFirst("CallStatus");
        Optional<Outbox.Status> status = Optional.ofNullable(callStatus).map(CALL_STATUSES::get);
        FieldErrors errors = new FieldErrors();
        errors.check(callSid != null && !callSid.isBlank(), "CallSid", "is required");
        errors.check(status.isPresent(), "CallStatus", "unknown final call status '" + callStatus + "'");
        errors.throwIfAny();
        outbox.recordDeliveryReport(TwilioVoiceAdapter.NAME, callSid, status.get(),
                status.get() == Outbox.Status.FAILED ? "call " + callStatus : null);
        menus.dropped(TwilioVoiceAdapter.NAME, callSid);
        return ResponseEntity.noContent().build();
    }

    /** A recorded prompt for Twilio's {@code <Play>}; not secret, so not signed. */
    @GetMapping("/prompts/{language}/{file}")
    ResponseEntity<Resource> prompt(@PathVariable String language, @PathVariable String file) {
        Path path = prompts.file(language, file).orElseThrow(() -> new NotFoundException("Prompt", file));
        MediaType type = file.endsWith(".wav") ? MediaType.parseMediaType("audio/wav")
                : MediaType.parseMediaType("audio/mpeg");
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(path));
    }

    private MultiValueMap<String, String> signed(MultiValueMap<String, String> form, String signature,
            HttpServletRequest request) {
        MultiValueMap<String, String> fields = signatures.requireSigned(form, signature, request,
                TwilioVoiceAdapter.NAME);
        if (!voice.enabled()) {
            throw new NotFoundException("Channel", TwilioVoiceAdapter.NAME);
        }
        return fields;
    }

    private MenuCall call(String callSid, String caller, int step, String input, boolean placedByUs) {
        return new MenuCall(TwilioVoiceAdapter.NAME, callSid, caller, step, input, MenuCall.Kind.VOICE,
                voice.languages(), placedByUs, Instant.now());
    }
}

package org.sawt.channel.simulator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.InvalidPhoneNumberException;
import org.sawt.contact.PhoneNumbers;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The simulated phones: send a message as a citizen, and read what the gateway sent to a number. */
@RestController
@RequestMapping("/api/v1/simulator")
class SimulatorController {

    static final int MAX_TEXT = 1600;

    private final SimulatorAdapter adapter;
    private final PhoneNumbers phoneNumbers;
    private final ProducerTemplate camel;
    private final Outbox outbox;

    SimulatorController(SimulatorAdapter adapter, PhoneNumbers phoneNumbers, ProducerTemplate camel, Outbox outbox) {
        this.adapter = adapter;
        this.phoneNumbers = phoneNumbers;
        this.camel = camel;
        this.outbox = outbox;
    }

    /** A citizen's phone sends {@code text}; {@code id}, when given, plays the provider's message id. */
    @PostMapping("/inbound")
    ResponseEntity<Accepted> inbound(@RequestBody SimulatedSms sms) {
        requireEnabled();
        FieldErrors errors = new FieldErrors();
        String from = phone(sms.from(), "from", errors);
        errors.check(sms.text() != null, "text", "is required");
        errors.check(sms.text() == null || sms.text().length() <= MAX_TEXT, "text",
                "is longer than " + MAX_TEXT + " characters");
        errors.throwIfAny();
        String providerId = sms.id() == null || sms.id().isBlank() ? "sim-in-" + UUID.randomUUID() : sms.id();
        InboundMessage message = new InboundMessage(SimulatorAdapter.NAME, from, sms.text(), providerId, Instant.now());
        camel.sendBody("direct:inbound-simulator", message);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(providerId, from));
    }

    /** What the phone at {@code address} has received, oldest first. */
    @GetMapping("/outbox")
    List<Outbox.Delivered> outbox(@RequestParam String address) {
        requireEnabled();
        FieldErrors errors = new FieldErrors();
        String phone = phone(address, "address", errors);
        errors.throwIfAny();
        return outbox.sentTo(SimulatorAdapter.NAME, phone);
    }

    private String phone(String raw, String field, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(field, "is required: the phone number of the simulated phone");
            return null;
        }
        try {
            return phoneNumbers.toE164(raw);
        } catch (InvalidPhoneNumberException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private void requireEnabled() {
        if (!adapter.enabled()) {
            throw new NotFoundException("Channel", SimulatorAdapter.NAME);
        }
    }

    /** An SMS typed on a simulated phone. */
    record SimulatedSms(String from, String text, String id) {
    }

    /** The simulator took the message; replies appear in the outbox of {@code from}. */
    record Accepted(String messageId, String from) {
    }
}

package org.sawt.trigger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.broadcast.Broadcast;
import org.sawt.broadcast.BroadcastRequest;
import org.sawt.broadcast.Broadcasts;
import org.sawt.channel.Channels;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.contact.NewContact;
import org.sawt.contact.PhoneNumbers;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.EngagementStatus;
import org.sawt.engagement.Engagements;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Caller;
import org.sawt.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a trigger into the rule's engagement sent to that citizen: finds the agency's contact by the address (or
 * creates it), and starts a broadcast of one on the first channel of the rule's (or the deployment's) order that
 * is enabled and reaches the contact, held back until the end of quiet hours when it arrives during them. Opted-out
 * contacts and engagements that are not open get nothing; the outcome is kept per trigger id, so a repeated
 * trigger sends nothing more and gets the same outcome.
 */
@Service
class Triggers {

    private static final int MAX_TRIGGER_ID_LENGTH = 200;

    private final TriggerRuleRows rules;
    private final TriggerEvents events;
    private final Contacts contacts;
    private final PhoneNumbers phoneNumbers;
    private final Engagements engagements;
    private final Broadcasts broadcasts;
    private final Channels channels;
    private final QuietHours quietHours;
    private final TriggerSettings settings;

    Triggers(TriggerRuleRows rules, TriggerEvents events, Contacts contacts, PhoneNumbers phoneNumbers,
            Engagements engagements, Broadcasts broadcasts, Channels channels, QuietHours quietHours,
            TriggerSettings settings) {
        this.rules = rules;
        this.events = events;
        this.contacts = contacts;
        this.phoneNumbers = phoneNumbers;
        this.engagements = engagements;
        this.broadcasts = broadcasts;
        this.channels = channels;
        this.quietHours = quietHours;
        this.settings = settings;
    }

    /** The outcome, and whether this trigger id had been received before. */
    record Received(TriggerOutcome outcome, boolean repeated) {
    }

    @Transactional
    Received receive(Caller caller, UUID agencyId, TriggerRequest request) {
        FieldErrors errors = new FieldErrors();
        String triggerId = request.triggerId() == null ? "" : request.triggerId().strip();
        errors.check(!triggerId.isEmpty() && triggerId.length() <= MAX_TRIGGER_ID_LENGTH, "triggerId",
                "is required: your unique id of this event, at most " + MAX_TRIGGER_ID_LENGTH + " characters");
        String serviceCode = request.serviceCode() == null ? "" : request.serviceCode().strip();
        Optional<TriggerRule> rule = rules.forService(agencyId, serviceCode);
        errors.check(rule.isPresent(), "serviceCode", serviceCode.isEmpty() ? "is required"
                : "'" + serviceCode + "' has no trigger rule in this agency; create one with POST /api/v1/trigger-rules");
        errors.check(present(request.phone()) || present(request.telegramChatId()) || present(request.email()),
                "phone", "a trigger needs the citizen's phone, telegramChatId or email");
        String phone = phoneNumbers.toE164(request.phone(), "phone", errors);
        errors.throwIfAny();
        if (!events.claim(agencyId, triggerId, serviceCode, rule.get().engagementId())) {
            return new Received(events.find(agencyId, triggerId).orElseThrow(), true);
        }
        Contact contact = contactFor(caller, agencyId, phone, request);
        events.record(agencyId, send(caller, rule.get(), contact, triggerId, Instant.now()));
        return new Received(events.find(agencyId, triggerId).orElseThrow(), false);
    }

    private TriggerOutcome send(Caller caller, TriggerRule rule, Contact contact, String triggerId, Instant now) {
        Engagement engagement = engagements.get(caller, rule.engagementId());
        if (engagement.status() != EngagementStatus.OPEN) {
            return skipped(rule, triggerId, "engagement " + engagement.id() + " is " + engagement.status()
                    + ", not OPEN", null);
        }
        if (contact.optedOut()) {
            return skipped(rule, triggerId, "the citizen opted out of messages", null);
        }
        List<String> enabled = channels.enabledNames();
        List<String> order = (rule.channels() == null ? settings.channels() : rule.channels()).stream()
                .filter(enabled::contains).toList();
        if (order.isEmpty()) {
            return skipped(rule, triggerId, "none of the channels " + (rule.channels() == null ? settings.channels()
                    : rule.channels()) + " is enabled", null);
        }
        Instant notBefore = quietHours.endIfQuiet(now).orElse(null);
        Broadcast broadcast = broadcasts.start(caller, engagement.id(), new BroadcastRequest(order,
                new BroadcastRequest.Audience(null, List.of(contact.id()))), notBefore);
        if (broadcast.recipients() == 0) {
            return skipped(rule, triggerId, "the citizen has no address for the channels " + order, broadcast.id());
        }
        return new TriggerOutcome(triggerId, rule.serviceCode(), rule.engagementId(),
                notBefore == null ? TriggerOutcome.Status.QUEUED : TriggerOutcome.Status.DEFERRED, null,
                broadcast.id(), notBefore, now);
    }

    /** The agency's contact holding the phone, chat or email given (in that order); a new one when none does. */
    private Contact contactFor(Caller caller, UUID agencyId, String phone, TriggerRequest request) {
        return holder(agencyId, AddressKind.PHONE, phone)
                .or(() -> holder(agencyId, AddressKind.TELEGRAM, request.telegramChatId()))
                .or(() -> holder(agencyId, AddressKind.EMAIL, request.email()))
                .orElseGet(() -> contacts.create(caller, agencyId, new NewContact(phone, request.telegramChatId(),
                        request.email(), request.language())));
    }

    private Optional<Contact> holder(UUID agencyId, AddressKind kind, String address) {
        if (!present(address)) {
            return Optional.empty();
        }
        return contacts.findByAddress(kind, address).stream().filter(c -> c.agencyId().equals(agencyId)).findFirst();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static TriggerOutcome skipped(TriggerRule rule, String triggerId, String reason, UUID broadcastId) {
        return new TriggerOutcome(triggerId, rule.serviceCode(), rule.engagementId(), TriggerOutcome.Status.SKIPPED,
                reason, broadcastId, null, null);
    }
}

package org.sawt.contact;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The contact module's API: create, find and list contacts, import them from CSV, and keep their consent.
 * Writes run in {@link TransactionOperations} rather than behind {@code @Transactional}, so the same
 * boundary holds when the class is built by hand (as the tests do).
 */
@Service
public class Contacts {

    private static final int MAX_PAGE_SIZE = 200;
    private static final String API_CHANNEL = "api";

    private final ContactRepository repository;
    private final ConsentHistory consent;
    private final ContactValidator validator;
    private final ContactImport csvImport;
    private final TransactionOperations tx;
    private final AuditLog audit;

    Contacts(ContactRepository repository, ConsentHistory consent, ContactValidator validator,
            ContactImport csvImport, TransactionOperations tx, AuditLog audit) {
        this.repository = repository;
        this.consent = consent;
        this.validator = validator;
        this.csvImport = csvImport;
        this.tx = tx;
        this.audit = audit;
    }

    /** Creates a contact; every invalid field is reported at once, and an address in use is a conflict. */
    public Contact create(Caller caller, UUID agencyId, NewContact request) {
        requireAgency(caller, agencyId);
        ContactDetails details = validator.validate(request);
        try {
            return tx.execute(status -> {
                List<String> inUse = details.addressesHeldBy(repository.holdersOfAny(agencyId, List.of(details)));
                if (!inUse.isEmpty()) {
                    throw new ConflictException(String.join("; ", inUse) + ".");
                }
                Contact contact = details.asNewContact(agencyId);
                repository.insert(List.of(contact));
                contact = existing(contact.id());
                audit.record(caller, agencyId, "contact.created", "contact", contact.id(),
                        Map.of("publicId", contact.publicId(), "addresses",
                                details.addresses().keySet().stream().map(ContactDetails::fieldName).toList()));
                return contact;
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another contact of this agency took one of these addresses just now.");
        }
    }

    /** A contact the caller may see; another agency's contact is not found. */
    public Contact get(Caller caller, UUID id) {
        return repository.find(id).filter(c -> caller.canSee(c.agencyId()))
                .orElseThrow(() -> new NotFoundException("Contact", id));
    }

    /** Any contact, for other modules acting on the gateway's behalf. */
    public Optional<Contact> find(UUID id) {
        return repository.find(id);
    }

    /** Contacts of every agency with this address, newest first; phones must be E.164. */
    public List<Contact> findByAddress(AddressKind kind, String address) {
        return repository.findByAddress(kind, normal(kind, address));
    }

    /**
     * Who a message from this address most likely comes from, and about what: of its holders (one per agency), the
     * newest one an engagement was messaged to, else the newest.
     */
    public Optional<AddressHolder> likeliestHolder(AddressKind kind, String address) {
        List<AddressHolder> holders = repository.holdersWithLatestEngagement(kind, normal(kind, address));
        return holders.stream()
                .filter(holder -> holder.latestEngagement().isPresent())
                .findFirst()
                .or(() -> holders.stream().findFirst());
    }

    /** The engagement the contact was most recently invited to or messaged about, if any. */
    public Optional<UUID> latestEngagement(UUID contactId) {
        return repository.latestEngagement(contactId);
    }

    /** A page of the agency's contacts, newest first; pass the previous page's nextCursor to go on. */
    public ContactPage list(Caller caller, UUID agencyId, String cursor, int limit) {
        requireAgency(caller, agencyId);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        ContactCursor after = cursor == null || cursor.isBlank() ? null : ContactCursor.decode(cursor);
        List<Contact> items = repository.page(agencyId, after, limit + 1);
        if (items.size() <= limit) {
            return new ContactPage(items, null);
        }
        List<Contact> page = items.subList(0, limit);
        return new ContactPage(List.copyOf(page), ContactCursor.after(page.get(limit - 1)).encode());
    }

    /** The agency's contacts that may be messaged; {@code onlyIds} null means all, other agencies' ids are ignored. */
    public List<Contact> reachable(UUID agencyId, List<UUID> onlyIds) {
        return repository.reachable(agencyId, onlyIds);
    }

    /** Whether the contact asked not to be messaged. */
    public boolean isOptedOut(UUID contactId) {
        return existing(contactId).optedOut();
    }

    /** Stops messages to the contact; records the change once, however often it is asked for. */
    public void optOut(UUID contactId, String channel, String reason) {
        tx.executeWithoutResult(status -> changeConsent(contactId, true, channel, reason));
    }

    /** Allows messages to the contact again; records the change once, however often it is asked for. */
    public void optIn(UUID contactId, String channel, String reason) {
        tx.executeWithoutResult(status -> changeConsent(contactId, false, channel, reason));
    }

    /**
     * The owner of this address asked for no more messages (STOP): every contact holding it is opted out, and so
     * is any contact that gets the address later, until {@link #optInAddress}.
     */
    public void optOutAddress(AddressKind kind, String address, String channel, String reason) {
        tx.executeWithoutResult(status -> {
            repository.setAddressOptOut(kind, address, true, channel, reason);
            findByAddress(kind, address).forEach(c -> changeConsent(c.id(), true, channel, reason));
        });
    }

    /** The owner of this address asked for messages again (START). */
    public void optInAddress(AddressKind kind, String address, String channel, String reason) {
        tx.executeWithoutResult(status -> {
            repository.setAddressOptOut(kind, address, false, channel, reason);
            findByAddress(kind, address).forEach(c -> changeConsent(c.id(), false, channel, reason));
        });
    }

    /** Opt-out asked for through the API by the agency; audited. */
    public Contact optOut(Caller caller, UUID contactId, String reason) {
        return changeConsentByApi(caller, contactId, true, reason);
    }

    /** Opt-in asked for through the API by the agency; audited. */
    public Contact optIn(Caller caller, UUID contactId, String reason) {
        return changeConsentByApi(caller, contactId, false, reason);
    }

    /** Every opt-out and opt-in of the contact, oldest first. */
    public List<ConsentEvent> consentHistory(Caller caller, UUID contactId) {
        return consent.of(get(caller, contactId).id());
    }

    /** Imports a CSV of contacts in one transaction; bad rows are reported and never stop good ones. */
    public ImportReport importCsv(Caller caller, UUID agencyId, Reader csv) {
        requireAgency(caller, agencyId);
        return tx.execute(status -> {
            ImportReport report = runImport(agencyId, csv);
            audit.record(caller, agencyId, "contacts.imported", "agency", agencyId, Map.of("imported",
                    report.created(), "updated", report.updated(), "rejected", report.rejected().size()));
            return report;
        });
    }

    private ImportReport runImport(UUID agencyId, Reader csv) {
        try {
            return csvImport.run(agencyId, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV", e);
        }
    }

    private Contact changeConsentByApi(Caller caller, UUID contactId, boolean optedOut, String reason) {
        UUID agencyId = get(caller, contactId).agencyId();
        return tx.execute(status -> {
            boolean changed = changeConsent(contactId, optedOut, API_CHANNEL, reason);
            audit.record(caller, agencyId, optedOut ? "contact.opted-out" : "contact.opted-in", "contact",
                    contactId, Map.of("changed", changed, "reason", reason));
            return existing(contactId);
        });
    }

    private boolean changeConsent(UUID contactId, boolean optedOut, String channel, String reason) {
        boolean changed = repository.changeOptedOut(contactId, optedOut);
        if (changed) {
            consent.append(contactId, optedOut, channel, reason);
        } else {
            existing(contactId);
        }
        return changed;
    }

    private static String normal(AddressKind kind, String address) {
        return kind == AddressKind.EMAIL ? ContactValidator.normalEmail(address) : address.strip();
    }

    private Contact existing(UUID contactId) {
        return repository.find(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private void requireAgency(Caller caller, UUID agencyId) {
        if (!caller.canSee(agencyId)) {
            throw new ForbiddenException("This API key may only manage the contacts of its own agency.");
        }
        if (!repository.agencyExists(agencyId)) {
            throw new NotFoundException("Agency", agencyId);
        }
    }
}

package org.sawt.contact;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sawt.shared.AddressKind;
import org.sawt.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Imports contacts from CSV in batches: a row whose addresses are all new creates a contact, a row matching one
 * existing contact updates it (language, missing addresses), and any other row is reported with its line.
 */
@Component
class ContactImport {

    private static final int BATCH_SIZE = 500;

    private final ContactRepository repository;
    private final ContactValidator validator;

    ContactImport(ContactRepository repository, ContactValidator validator) {
        this.repository = repository;
        this.validator = validator;
    }

    /** Runs the whole import; the caller provides the transaction. */
    ImportReport run(UUID agencyId, Reader csv) throws IOException {
        ContactCsvReader reader = new ContactCsvReader(csv);
        repository.planForCurrentSize();
        Batch batch = new Batch(agencyId);
        while (true) {
            ContactCsvReader.Row row;
            try {
                row = reader.next();
            } catch (ContactCsvReader.MalformedRowException e) {
                batch.reject(e.line(), e.getMessage());
                continue;
            }
            if (row == null) {
                break;
            }
            try {
                batch.add(row.line(), validator.validate(row.contact()));
            } catch (InvalidRequestException e) {
                batch.reject(row.line(), describe(e));
            }
        }
        batch.flush();
        return batch.report();
    }

    private static String describe(InvalidRequestException e) {
        return e.errors().stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    private static Set<Map.Entry<AddressKind, String>> addressesOf(ContactDetails details) {
        return details.addresses().entrySet().stream().map(a -> Map.entry(a.getKey(), a.getValue()))
                .collect(Collectors.toSet());
    }

    private static Map<Map.Entry<AddressKind, String>, UUID> byAddress(Collection<Contact> contacts) {
        Map<Map.Entry<AddressKind, String>, UUID> holders = new HashMap<>();
        for (Contact contact : contacts) {
            for (AddressKind kind : AddressKind.values()) {
                contact.address(kind).ifPresent(address -> holders.put(Map.entry(kind, address), contact.id()));
            }
        }
        return holders;
    }

    private record PendingRow(int line, ContactDetails details) {
    }

    /** Rows waiting to be written together, plus the running totals. */
    private final class Batch {
        private final UUID agencyId;
        private final List<PendingRow> rows = new ArrayList<>();
        private final Set<Map.Entry<AddressKind, String>> pendingAddresses = new HashSet<>();
        private final List<ImportReport.RowError> rejected = new ArrayList<>();
        private int created;
        private int updated;

        Batch(UUID agencyId) {
            this.agencyId = agencyId;
        }

        void reject(int line, String message) {
            rejected.add(new ImportReport.RowError(line, message));
        }

        void add(int line, ContactDetails details) {
            Set<Map.Entry<AddressKind, String>> addresses = addressesOf(details);
            // A row repeating an address of a pending row must find that row's contact, so write the batch first.
            if (rows.size() == BATCH_SIZE || addresses.stream().anyMatch(pendingAddresses::contains)) {
                flush();
            }
            rows.add(new PendingRow(line, details));
            pendingAddresses.addAll(addresses);
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            Map<UUID, Contact> current = new HashMap<>();
            repository.holdersOfAny(agencyId, rows.stream().map(PendingRow::details).toList())
                    .forEach(existing -> current.put(existing.id(), existing));
            Map<Map.Entry<AddressKind, String>, UUID> holders = byAddress(current.values());
            List<Contact> newContacts = new ArrayList<>();
            Set<UUID> changed = new LinkedHashSet<>();
            for (PendingRow row : rows) {
                Set<UUID> matches = addressesOf(row.details()).stream().map(holders::get).filter(Objects::nonNull)
                        .collect(Collectors.toSet());
                if (matches.isEmpty()) {
                    newContacts.add(row.details().asNewContact(agencyId));
                    created++;
                } else if (matches.size() > 1) {
                    reject(row.line(), "its addresses belong to different contacts: " + matches.stream()
                            .map(UUID::toString).sorted().collect(Collectors.joining(", ")));
                } else {
                    merge(row, matches.iterator().next(), current, changed);
                }
            }
            repository.insert(newContacts);
            repository.update(changed.stream().map(current::get).toList());
            rows.clear();
            pendingAddresses.clear();
        }

        /** Merges into the latest version in {@code current}, so two rows updating one contact both apply. */
        private void merge(PendingRow row, UUID id, Map<UUID, Contact> current, Set<UUID> changed) {
            Optional<String> conflict = row.details().conflictWith(current.get(id));
            if (conflict.isPresent()) {
                reject(row.line(), conflict.get());
                return;
            }
            current.put(id, row.details().mergeInto(current.get(id)));
            changed.add(id);
            updated++;
        }

        ImportReport report() {
            rejected.sort(Comparator.comparingInt(ImportReport.RowError::line));
            return new ImportReport(created, updated, List.copyOf(rejected));
        }
    }
}

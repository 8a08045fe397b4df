package org.sawt.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sawt.contact.ImportReport.RowError;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Caller;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.Language;

/** CSV import against a real PostgreSQL: good rows land, bad rows are reported by line, known addresses update. */
class ContactCsvImportTest extends ContactDatabaseTest {

    @Test
    void importsGoodRowsAndReportsBadOnesByLine() {
        Caller agency = db.newAgency();
        String csv = "phone,email,telegramChatId,language\n"
                + "0790000001,,,en\n"
                + "+96279,,,\n"
                + "\"٠٧٩٠٠٠٠٠٠٢\",\"Huda@Example.org\",,fa\n"
                + ",,,ar\n"
                + "0790000003,x,,de\n"
                + ",,\"123\n456\",\n"
                + ",,7001,fr\n";

        ImportReport report = contacts.importCsv(agency, agency.agencyId(), new StringReader(csv));

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.updated()).isZero();
        assertThat(report.rejected()).containsExactly(
                new RowError(3, "phone: '+96279' is not a valid phone number for JO: too short"),
                new RowError(5, "phone: a contact needs a phone, a telegramChatId or an email"),
                new RowError(6, "email: 'x' is not an email address; language: must be one of ar, en, fa, fr"),
                new RowError(7, "telegramChatId: must be a Telegram chat id (a whole number)"));
        Contact huda = contacts.findByAddress(AddressKind.PHONE, "+962790000002").get(0);
        assertThat(huda.email()).isEqualTo("huda@example.org");
        assertThat(huda.language()).isEqualTo(Language.FA);
        assertThat(contacts.findByAddress(AddressKind.TELEGRAM, "7001")).hasSize(1);
        assertThat(db.audited("contacts.imported", agency.agencyId()))
                .containsExactly("{\"imported\":3,\"rejected\":4,\"updated\":0}");
    }

    @Test
    void updatesContactsWhoseAddressIsKnown() {
        Caller agency = db.newAgency();
        Contact known = contacts.create(agency, agency.agencyId(), new NewContact("0791000001", null, null, "ar"));
        Contact other = contacts.create(agency, agency.agencyId(), new NewContact(null, null, "o@example.org", "en"));
        String csv = "language,phone,email\n"
                + "en,+962 79 100 0001,known@example.org\n"
                + "fr,0791000001,different@example.org\n"
                + "fr,0791000001,o@example.org\n"
                + ",,O@example.org\n"
                + "fa,0791000009,\n"
                + "en,0791000009,\n";

        ImportReport report = contacts.importCsv(agency, agency.agencyId(), new StringReader(csv));

        assertThat(report.rejected()).containsExactly(
                new RowError(3, "matches contact " + known.id() + ", which has a different email"),
                new RowError(4, "its addresses belong to different contacts: "
                        + Stream.of(known.id(), other.id()).map(UUID::toString).sorted()
                                .collect(Collectors.joining(", "))));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(3);
        Contact updated = contacts.find(known.id()).orElseThrow();
        assertThat(updated.language()).isEqualTo(Language.EN);
        assertThat(updated.email()).isEqualTo("known@example.org");
        assertThat(updated.publicId()).isEqualTo(known.publicId());
        assertThat(contacts.find(other.id()).orElseThrow().language()).as("no language given: kept")
                .isEqualTo(Language.EN);
        assertThat(contacts.findByAddress(AddressKind.PHONE, "+962791000009"))
                .singleElement().extracting(Contact::language).isEqualTo(Language.EN);
    }

    @Test
    void refusesAFileWithUnknownColumnsBeforeImportingAnything() {
        Caller agency = db.newAgency();

        assertThatThrownBy(() -> contacts.importCsv(agency, agency.agencyId(),
                new StringReader("phone,full name\n0792000001,Ali\n")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown columns 'full name'");
        assertThat(contacts.list(agency, agency.agencyId(), null, 10).items()).isEmpty();
    }

    @Test
    void importsOneHundredThousandRowsStreamedInBatches() {
        Caller agency = db.newAgency();
        int rows = 100_000;

        ImportReport report = contacts.importCsv(agency, agency.agencyId(), generatedCsv(rows));

        assertThat(report.created()).isEqualTo(rows);
        assertThat(report.rejected()).isEmpty();
        assertThat(db.jdbc.sql("select count(*) from contact where agency_id = ?").param(agency.agencyId())
                .query(Integer.class).single()).isEqualTo(rows);
    }

    /** A CSV written on demand, row by row, so the test does not hold the file either. */
    private static Reader generatedCsv(int rows) {
        return new Reader() {
            private final StringBuilder pending = new StringBuilder("phone,language\n");
            private int written;

            @Override
            public int read(char[] buffer, int offset, int length) {
                while (pending.length() < length && written < rows) {
                    pending.append(String.format("+96279%07d,en%n", written++));
                }
                if (pending.length() == 0) {
                    return -1;
                }
                int count = Math.min(length, pending.length());
                pending.getChars(0, count, buffer, offset);
                pending.delete(0, count);
                return count;
            }

            @Override
            public void close() {
            }
        };
    }
}

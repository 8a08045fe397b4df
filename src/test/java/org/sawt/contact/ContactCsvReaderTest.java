package org.sawt.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawt.shared.InvalidRequestException;

/** The CSV reading under the import: quoting, line numbers, header checks and recovery after a bad row. */
class ContactCsvReaderTest {

    @Test
    void readsQuotedFieldsAndCountsLinesInsideThem() throws Exception {
        String csv = "\uFEFFLanguage,Phone,email\r\n"
                + "en,0790000001,\"a@example.org\"\r\n"
                + "\r\n"
                + "\"fr\",\"0790000002\",\"say \"\"hi\"\"\n to b@example.org\"\r\n"
                + "ar,0790000003,\n";

        assertThat(readAll(csv)).containsExactly(
                "2 0790000001|null|a@example.org|en",
                "4 0790000002|null|say \"hi\"\n to b@example.org|fr",
                "6 0790000003|null||ar");
    }

    @Test
    void reportsABadRowAndGoesOnWithTheNext() throws Exception {
        String csv = "phone,email\n"
                + "0790000001\n"
                + "\"0790000002\"x,b@example.org\n"
                + "0790000003,c@example.org,extra\n"
                + "0790000004,d@example.org\n"
                + "\"0790000005,e@example.org\n";

        assertThat(readAll(csv)).containsExactly(
                "line 2: has 1 fields but the header has 2",
                "line 3: has text after the closing quote of field 1",
                "line 4: has 3 fields but the header has 2",
                "5 0790000004|null|d@example.org|null",
                "line 6: has a quoted field that is never closed");
    }

    @Test
    void refusesAHeaderWithUnknownOrRepeatedColumnsNamingThem() {
        assertThatThrownBy(() -> new ContactCsvReader(new StringReader("phone,name,Phone,city\n0790000001,a,b,c\n")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::message).containsExactly(
                                "column Phone appears twice",
                                "has unknown columns 'name', 'city'; the columns are phone, email, telegramChatId,"
                                        + " language, birthYear, gender"));
        assertThatThrownBy(() -> new ContactCsvReader(new StringReader("language\nar\n")))
                .hasMessage("csv: needs at least one of the columns phone, email, telegramChatId");
        assertThatThrownBy(() -> new ContactCsvReader(new StringReader("")))
                .hasMessageStartingWith("csv: is empty");
    }

    private static List<String> readAll(String csv) throws IOException {
        ContactCsvReader reader = new ContactCsvReader(new StringReader(csv));
        List<String> rows = new ArrayList<>();
        while (true) {
            try {
                ContactCsvReader.Row row = reader.next();
                if (row == null) {
                    return rows;
                }
                NewContact c = row.contact();
                rows.add(row.line() + " " + String.join("|", String.valueOf(c.phone()),
                        String.valueOf(c.telegramChatId()), String.valueOf(c.email()), String.valueOf(c.language())));
            } catch (ContactCsvReader.MalformedRowException e) {
                rows.add("line " + e.line() + ": " + e.getMessage());
            }
        }
    }
}

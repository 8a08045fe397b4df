package org.sawt.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sawt.shared.Caller;

class ContactsTest {

    private static ContactTestDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new ContactTestDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void smoke() {
        Caller caller = db.newAgency();
        Contact c = db.contacts.create(caller, caller.agencyId(), new NewContact("٠٧٩٠١٢٣٤٥٦", null, null, null));
        assertThat(c.phone()).isEqualTo("+962790123456");
    }
}

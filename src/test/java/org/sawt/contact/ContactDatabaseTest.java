package org.sawt.contact;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the contact module's tests: one real PostgreSQL per test class, with the module wired on top. */
abstract class ContactDatabaseTest {

    static ContactTestDatabase db;
    static Contacts contacts;

    @BeforeAll
    static void start() throws Exception {
        db = new ContactTestDatabase();
        contacts = db.contacts;
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }
}

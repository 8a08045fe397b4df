package org.sawt.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.InvalidRequestException.FieldError;
import org.sawt.shared.Language;
import org.sawt.shared.NotFoundException;
import org.sawt.shared.Role;

/** Contacts against a real PostgreSQL: creation, lookup, paging, reachability and consent. */
class ContactsTest extends ContactDatabaseTest {

    @Test
    void createsAContactWithItsPhoneInE164() {
        Caller agency = db.newAgency();

        Contact contact = contacts.create(agency, agency.agencyId(),
                new NewContact("٠٧٩٠١٢٣٤٥٦", null, " Salma@Example.JO ", null));

        assertThat(contact.phone()).isEqualTo("+962790123456");
        assertThat(contact.email()).isEqualTo("salma@example.jo");
        assertThat(contact.language()).isEqualTo(Language.AR);
        assertThat(contact.publicId()).matches("p_[a-z2-7]{20}");
        assertThat(contact.optedOut()).isFalse();
        assertThat(contact.address(AddressKind.PHONE)).contains("+962790123456");
        assertThat(contact.address(AddressKind.TELEGRAM)).isEmpty();
        assertThat(contacts.get(agency, contact.id())).isEqualTo(contact);
        assertThat(db.audited("contact.created", contact.id())).singleElement().asString()
                .contains(contact.publicId()).doesNotContain("790123456");
    }

    @Test
    void refusesAnAddressAnotherContactOfTheAgencyHas() {
        Caller agency = db.newAgency();
        Contact first = contacts.create(agency, agency.agencyId(), new NewContact("0791111111", null, null, "en"));

        assertThatThrownBy(() -> contacts.create(agency, agency.agencyId(),
                new NewContact("+962 79 111 1111", "42", null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("phone +962791111111 already belongs to contact " + first.id() + ".");

        Caller otherAgency = db.newAgency();
        assertThat(contacts.create(otherAgency, otherAgency.agencyId(), new NewContact("0791111111", null, null, null))
                .phone()).isEqualTo("+962791111111");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        Caller agency = db.newAgency();

        assertThatThrownBy(() -> contacts.create(agency, agency.agencyId(),
                new NewContact("+96279", "chat", "not-an-email", "de")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("phone", "telegramChatId", "email", "language"))
                .hasMessage("4 fields are invalid.");
        assertThatThrownBy(() -> contacts.create(agency, agency.agencyId(), new NewContact(" ", null, "", "en")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("phone", "a contact needs a phone, a telegramChatId or an email")));
    }

    @Test
    void keepsEachAgencyToItsOwnContacts() {
        Caller agency = db.newAgency();
        Caller other = db.newAgency();
        Contact contact = contacts.create(agency, agency.agencyId(), new NewContact(null, "1001", null, null));

        assertThatThrownBy(() -> contacts.get(other, contact.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.consentHistory(other, contact.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.create(other, agency.agencyId(), new NewContact(null, "1002", null, null)))
                .isInstanceOf(ForbiddenException.class);
        Caller admin = new Caller(UUID.randomUUID(), null, Role.PLATFORM_ADMIN);
        assertThat(contacts.get(admin, contact.id())).isEqualTo(contact);
        assertThatThrownBy(() -> contacts.create(admin, UUID.randomUUID(), new NewContact(null, "1", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void findsContactsByAddressAcrossAgenciesNewestFirst() {
        Caller older = db.newAgency();
        Caller newer = db.newAgency();
        Contact first = contacts.create(older, older.agencyId(), new NewContact(null, null, "rami@example.org", null));
        Contact second = contacts.create(newer, newer.agencyId(),
                new NewContact(null, "555", "rami@example.org", null));

        assertThat(contacts.findByAddress(AddressKind.EMAIL, "Rami@Example.org")).containsExactly(second, first);
        assertThat(contacts.findByAddress(AddressKind.TELEGRAM, "555")).containsExactly(second);
        assertThat(contacts.findByAddress(AddressKind.PHONE, "+962799999999")).isEmpty();
        assertThat(contacts.find(first.id())).contains(first);
    }

    @Test
    void theLikeliestHolderOfAnAddressIsTheNewestAnEngagementWasMessagedToElseTheNewest() {
        Caller older = db.newAgency();
        Caller newer = db.newAgency();
        Contact invited = contacts.create(older, older.agencyId(), new NewContact("0792222222", null, null, null));
        Contact never = contacts.create(newer, newer.agencyId(), new NewContact("0792222222", null, null, null));
        UUID first = engagement(older);
        UUID second = engagement(older);
        message(invited, first, "SENT");
        message(invited, second, "DELIVERED");
        message(invited, null, "SENT");
        message(invited, engagement(older), "SKIPPED");
        message(never, null, "SENT");

        assertThat(contacts.likeliestHolder(AddressKind.PHONE, " +962792222222 "))
                .as("not the newest holder, never messaged about an engagement")
                .contains(new AddressHolder(invited, second));
        assertThat(contacts.latestEngagement(invited.id())).as("the same rule for one contact").contains(second);
        assertThat(contacts.latestEngagement(never.id())).isEmpty();
        assertThat(contacts.likeliestHolder(AddressKind.PHONE, "+962799999999")).isEmpty();

        Contact newest = contacts.create(newer, newer.agencyId(), new NewContact("0793333333", null, null, null));
        Contact oldest = contacts.create(older, older.agencyId(), new NewContact("0793333333", null, null, null));
        assertThat(contacts.likeliestHolder(AddressKind.PHONE, "+962793333333")).as("none messaged: the newest")
                .contains(new AddressHolder(oldest, null));
    }

    private static UUID engagement(Caller agency) {
        UUID id = UUID.randomUUID();
        db.jdbc.sql("""
                insert into engagement (id, agency_id, type, status, title, languages, questions)
                values (?, ?, 'POLL', 'OPEN', '{}', '["en"]', '[]')""").params(id, agency.agencyId()).update();
        return id;
    }

    private static void message(Contact to, UUID engagementId, String status) {
        db.jdbc.sql("""
                insert into outbound_message (id, channel, address, contact_id, engagement_id, text, status)
                values (?, 'simulator', ?, ?, ?, 'text', ?)""")
                .params(UUID.randomUUID(), to.phone(), to.id(), engagementId, status).update();
    }

    @Test
    void pagesThroughAnAgencyNewestFirst() {
        Caller agency = db.newAgency();
        List<Contact> created = List.of(5, 4, 3, 2, 1).stream().map(n -> contacts.create(agency, agency.agencyId(),
                new NewContact(null, "70" + n, null, null))).toList();

        ContactPage first = contacts.list(agency, agency.agencyId(), null, 2);
        ContactPage second = contacts.list(agency, agency.agencyId(), first.nextCursor(), 2);
        ContactPage last = contacts.list(agency, agency.agencyId(), second.nextCursor(), 2);

        assertThat(first.items()).containsExactly(created.get(4), created.get(3));
        assertThat(second.items()).containsExactly(created.get(2), created.get(1));
        assertThat(last.items()).containsExactly(created.get(0));
        assertThat(last.nextCursor()).isNull();
        assertThatThrownBy(() -> contacts.list(agency, agency.agencyId(), "nonsense", 2))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("cursor:");
        assertThatThrownBy(() -> contacts.list(agency, agency.agencyId(), null, 0))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("limit:");
    }

    @Test
    void reachableLeavesOutOptedOutContactsAndOtherAgencies() {
        Caller agency = db.newAgency();
        Caller other = db.newAgency();
        Contact staying = contacts.create(agency, agency.agencyId(), new NewContact(null, "801", null, null));
        Contact leaving = contacts.create(agency, agency.agencyId(), new NewContact(null, "802", null, null));
        Contact foreign = contacts.create(other, other.agencyId(), new NewContact(null, "803", null, null));
        contacts.optOut(leaving.id(), "SMS", "replied STOP");

        assertThat(contacts.reachable(agency.agencyId(), null)).containsExactly(staying);
        assertThat(contacts.reachable(agency.agencyId(), List.of(staying.id(), leaving.id(), foreign.id())))
                .containsExactly(staying);
        assertThat(contacts.reachable(agency.agencyId(), List.of())).isEmpty();
    }

    @Test
    void keepsTheHistoryOfOptOutAndOptInAndRecordsEachChangeOnce() {
        Caller agency = db.newAgency();
        Contact contact = contacts.create(agency, agency.agencyId(), new NewContact(null, "901", null, null));

        contacts.optOut(contact.id(), "SMS", "replied STOP");
        contacts.optOut(contact.id(), "SMS", "replied STOP again");
        assertThat(contacts.isOptedOut(contact.id())).isTrue();
        contacts.optIn(contact.id(), "TELEGRAM", "replied START");
        contacts.optIn(contact.id(), "TELEGRAM", "replied START again");
        assertThat(contacts.isOptedOut(contact.id())).isFalse();
        Contact optedOutByApi = contacts.optOut(agency, contact.id(), "asked by phone");

        assertThat(optedOutByApi.optedOut()).isTrue();
        assertThat(contacts.consentHistory(agency, contact.id()))
                .extracting(ConsentEvent::optedOut, ConsentEvent::channel, ConsentEvent::reason)
                .containsExactly(tuple(true, "SMS", "replied STOP"),
                        tuple(false, "TELEGRAM", "replied START"),
                        tuple(true, "api", "asked by phone"));
        assertThat(db.audited("contact.opted-out", contact.id())).singleElement().asString()
                .contains("asked by phone");
        assertThatThrownBy(() -> contacts.optOut(UUID.randomUUID(), "SMS", "STOP"))
                .isInstanceOf(NotFoundException.class);
    }
}

package org.sawt.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the contact table; callers decide about tenancy and transactions. */
@Component
class ContactRepository {

    private static final String COLUMNS =
            "id, agency_id, public_id, language, phone, telegram_chat_id, email, opted_out, created_at, birth_year, gender";
    private static final String SELECT = "select " + COLUMNS + " from contact ";

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    ContactRepository(JdbcClient jdbc, JdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Within the current transaction, plans each statement for the table as it is now. A large import grows the
     * table inside one transaction; a plan cached while it was small would scan it whole for every batch.
     */
    void planForCurrentSize() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    boolean agencyExists(UUID agencyId) {
        return jdbc.sql("select exists (select 1 from agency where id = ?)").param(agencyId)
                .query(Boolean.class).single();
    }

    void insert(List<Contact> contacts) {
        batch.batchUpdate("insert into contact (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contacts.stream().map(c -> new Object[] {c.id(), c.agencyId(), c.publicId(), c.language().code(),
                        c.phone(), c.telegramChatId(), c.email(), c.optedOut(), utc(c.createdAt()), c.birthYear(),
                        c.gender()}).toList());
        applyAddressOptOuts(contacts);
    }

    /** Writes the language, addresses and demographics of existing contacts. */
    void update(Collection<Contact> contacts) {
        batch.batchUpdate("update contact set language = ?, phone = ?, telegram_chat_id = ?, email = ?,"
                + " birth_year = ?, gender = ?, updated_at = now() where id = ?",
                contacts.stream().map(c -> new Object[] {c.language().code(), c.phone(), c.telegramChatId(),
                        c.email(), c.birthYear(), c.gender(), c.id()}).toList());
        applyAddressOptOuts(contacts);
    }

    /** Opts out, with a consent event, the given contacts that hold an address whose owner sent STOP. */
    private void applyAddressOptOuts(Collection<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                with stopped as (
                    update contact c set opted_out = true, updated_at = now()
                     where c.id = any(:ids) and not c.opted_out
                       and exists (select 1 from address_opt_out a
                                    where (a.kind = 'PHONE' and a.address = c.phone)
                                       or (a.kind = 'TELEGRAM' and a.address = c.telegram_chat_id)
                                       or (a.kind = 'EMAIL' and a.address = c.email))
                    returning c.id)
                insert into consent_event (contact_id, opted_out, channel, reason)
                select id, true, null, 'the address had opted out before this contact held it' from stopped""")
                .param("ids", contacts.stream().map(Contact::id).toArray(UUID[]::new))
                .update();
    }

    /** Records (or clears) that the owner of an address asked for no messages. */
    void setAddressOptOut(AddressKind kind, String address, boolean optedOut, String channel, String reason) {
        if (optedOut) {
            jdbc.sql("""
                    insert into address_opt_out (kind, address, channel, reason) values (:kind, :address, :channel, :reason)
                    on conflict (kind, address) do nothing""")
                    .param("kind", kind.name()).param("address", address).param("channel", channel)
                    .param("reason", reason).update();
        } else {
            jdbc.sql("delete from address_opt_out where kind = :kind and address = :address")
                    .param("kind", kind.name()).param("address", address).update();
        }
    }

    Optional<Contact> find(UUID id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ContactRepository::map).optional();
    }

    List<Contact> findByAddress(AddressKind kind, String address) {
        return jdbc.sql(SELECT + "where " + column(kind) + " = ? order by created_at desc, id desc")
                .param(address).query(ContactRepository::map).list();
    }

    /**
     * As {@link #findByAddress}, each with the engagement the contact was most recently messaged about, in one query
     * rather than one per holder.
     */
    List<AddressHolder> holdersWithLatestEngagement(AddressKind kind, String address) {
        return jdbc.sql("select " + COLUMNS + ", latest.engagement_id as latest_engagement_id from contact"
                        + " left join lateral (" + latestEngagementOf("contact.id") + ") latest on true"
                        + " where " + column(kind) + " = ? order by created_at desc, id desc")
                .param(address)
                .query((rs, n) -> new AddressHolder(map(rs, n), rs.getObject("latest_engagement_id", UUID.class)))
                .list();
    }

    /** The engagement the contact was most recently messaged about, if any. */
    Optional<UUID> latestEngagement(UUID contactId) {
        return jdbc.sql(latestEngagementOf(":contactId")).param("contactId", contactId).query(UUID.class).optional();
    }

    /**
     * The query of the engagement a contact ({@code contactId}: an SQL expression) was most recently invited to or
     * messaged about: the newest message naming one (the channel module's outbound messages), except those skipped
     * (never sent: the contact had opted out).
     */
    private static String latestEngagementOf(String contactId) {
        return "select engagement_id from outbound_message where contact_id = " + contactId
                + " and engagement_id is not null and status <> 'SKIPPED' order by seq desc limit 1";
    }

    /** Contacts of the agency holding any of these addresses. */
    List<Contact> holdersOfAny(UUID agencyId, Collection<ContactDetails> details) {
        return jdbc.sql(SELECT + "where agency_id = :agency and (phone = any(:phones)"
                        + " or telegram_chat_id = any(:chats) or email = any(:emails))")
                .param("agency", agencyId)
                .param("phones", details.stream().map(ContactDetails::phone).toArray(String[]::new))
                .param("chats", details.stream().map(ContactDetails::telegramChatId).toArray(String[]::new))
                .param("emails", details.stream().map(ContactDetails::email).toArray(String[]::new))
                .query(ContactRepository::map).list();
    }

    /** Up to {@code limit} contacts of the agency, newest first, after the cursor if there is one. */
    List<Contact> page(UUID agencyId, ContactCursor after, int limit) {
        if (after == null) {
            return jdbc.sql(SELECT + "where agency_id = ? order by created_at desc, id desc limit ?")
                    .params(agencyId, limit).query(ContactRepository::map).list();
        }
        return jdbc.sql(SELECT + "where agency_id = ? and (created_at, id) < (?, ?)"
                        + " order by created_at desc, id desc limit ?")
                .params(agencyId, utc(after.createdAt()), after.id(), limit).query(ContactRepository::map).list();
    }

    /** Contacts of the agency that have not opted out, oldest first; {@code onlyIds} null means all. */
    List<Contact> reachable(UUID agencyId, List<UUID> onlyIds) {
        String onlyThese = onlyIds == null ? "" : "and id = any(:ids) ";
        var statement = jdbc.sql(SELECT + "where agency_id = :agency and not opted_out " + onlyThese
                + "order by created_at, id").param("agency", agencyId);
        if (onlyIds != null) {
            statement = statement.param("ids", onlyIds.toArray(UUID[]::new));
        }
        return statement.query(ContactRepository::map).list();
    }

    /** Sets the opt-out flag; false when it already had that value, so callers record only real changes. */
    boolean changeOptedOut(UUID id, boolean optedOut) {
        return jdbc.sql("update contact set opted_out = ?, updated_at = now() where id = ? and opted_out <> ?")
                .params(optedOut, id, optedOut).update() == 1;
    }

    private static String column(AddressKind kind) {
        return switch (kind) {
            case PHONE -> "phone";
            case TELEGRAM -> "telegram_chat_id";
            case EMAIL -> "email";
        };
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("public_id"), Language.fromCode(rs.getString("language")).orElseThrow(),
                rs.getString("phone"), rs.getString("telegram_chat_id"), rs.getString("email"),
                rs.getBoolean("opted_out"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                (Integer) rs.getObject("birth_year"), rs.getString("gender"));
    }
}

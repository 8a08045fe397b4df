package org.sawt.contact;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sawt.audit.AuditLog;
import org.sawt.shared.Caller;
import org.sawt.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A real PostgreSQL with the project's migrations, and the contact module wired by hand on top of it. */
final class ContactTestDatabase implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final JdbcClient jdbc;
    final Contacts contacts;

    ContactTestDatabase() throws IOException {
        postgres = EmbeddedPostgres.start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
        jdbc = JdbcClient.create(jdbcTemplate);
        ContactSettings settings = new ContactSettings("JO", null);
        ContactRepository repository = new ContactRepository(jdbc, jdbcTemplate);
        ContactValidator validator = new ContactValidator(new PhoneNumbers(settings), settings);
        contacts = new Contacts(repository, new ConsentHistory(jdbc), validator,
                new ContactImport(repository, validator),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new AuditLog(jdbc, new ObjectMapper().findAndRegisterModules()));
    }

    /** The details recorded in the audit log for this action on this target, oldest first. */
    List<String> audited(String action, UUID targetId) {
        return jdbc.sql("select details from audit_entry where action = ? and target_id = ? order by seq")
                .params(action, targetId.toString()).query(String.class).list();
    }

    /** A new agency and the agency-admin key of it. */
    Caller newAgency() {
        UUID agencyId = UUID.randomUUID();
        jdbc.sql("insert into agency (id, name) values (?, ?)").params(agencyId, "agency " + agencyId).update();
        return new Caller(UUID.randomUUID(), agencyId, Role.AGENCY_ADMIN);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

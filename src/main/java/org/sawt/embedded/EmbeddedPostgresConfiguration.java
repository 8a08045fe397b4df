package org.sawt.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts a real PostgreSQL in-process when no {@code spring.datasource.url} is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedPostgresConfiguration {

    @Bean
    static CamelStopsFirst camelStopsBeforeEmbeddedPostgres() {
        // the pool too: closing it under running timer routes makes each wait for a connection that never comes
        return new CamelStopsFirst("embeddedPostgres", "dataSource");
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        log.info("No SPRING_DATASOURCE_URL set: started embedded PostgreSQL on port {}", postgres.getPort());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }
}

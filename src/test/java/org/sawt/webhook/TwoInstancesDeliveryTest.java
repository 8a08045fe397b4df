package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;
import org.sawt.SawtApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateway instances sharing one PostgreSQL: this test's application and a second one started here on the
 * same database, each running its own sequencer and delivery workers. Every event reaches the receiver once,
 * and never two deliveries of one engagement at the same time.
 */
class TwoInstancesDeliveryTest extends PortalTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    CamelContext camel;

    @Test
    void eachEventIsDeliveredOnceWhicheverInstanceTakesIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                ConfigurableApplicationContext second = secondInstance()) {
            ApiClient agency = newAgency("Two instances");
            ApiClient.Reply created = agency.post("/api/v1/webhooks", Map.of("url", receiver.url(),
                    "events", List.of("engagement.opened", "engagement.closed", "results.final")));
            receiver.trust(created.text("secret"));
            receiver.hold(20);

            // first only the second instance delivers: it works on its own
            camel.getRouteController().suspendRoute("webhook-delivery");
            String alone = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(alone).size() == 1);
            camel.getRouteController().resumeRoute("webhook-delivery");

            // then both compete for a burst of lanes
            List<String> polls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String poll = openPoll(agency);
                agency.post("/api/v1/engagements/" + poll + "/close", null);
                polls.add(poll);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> polls.stream()
                    .allMatch(poll -> receiver.acceptedOnce(poll).size() == 3));
            Thread.sleep(500); // a duplicate would arrive now
            assertThat(receiver.accepted()).hasSize(1 + 12 * 3);
            for (String poll : polls) {
                assertThat(types(receiver.acceptedOnce(poll)))
                        .containsExactly("engagement.opened", "engagement.closed", "results.final");
            }
            assertThat(receiver.problems()).isEmpty();
        }
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(SawtApplication.class).properties(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "server.port=0",
                "logging.level.root=WARN").run();
    }
}

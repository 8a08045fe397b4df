package org.sawt.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;

/** Health is open to load balancers; metrics, which name channels and volumes, only to the platform admin. */
class ActuatorAccessTest extends GatewayTest {

    @Test
    void healthNeedsNoKey() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void metricsNeedAPlatformAdminKey() {
        ApiClient.Reply withoutKey = anonymous().get("/actuator/prometheus");
        assertThat(withoutKey.status()).isEqualTo(401);
        assertThat(withoutKey.contentType()).startsWith("application/problem+json");
        ApiClient.Reply agency = newAgency("Ministry of Statistics").get("/actuator/prometheus");
        assertThat(agency.status()).isEqualTo(403);
        assertThat(agency.text("detail")).isEqualTo("Metrics need a platform-admin API key.");
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        // (tests run without the Prometheus registry, so the admin reads the metrics endpoint)
        ApiClient.Reply admin = this.admin.get("/actuator/metrics");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm.memory.used");
    }
}

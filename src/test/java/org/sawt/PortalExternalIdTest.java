package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The portal creates engagements under its own reference id, finds them by it, and cannot use it twice. */
class PortalExternalIdTest extends GatewayTest {

    @Test
    void thePortalCreatesFindsAndOpensAnEngagementByItsOwnId() {
        ApiClient agency = newAgency("Portal");
        String agencyId = agency.get("/api/v1/me").text("agencyId");
        String portalId = "portal-" + UUID.randomUUID();
        ApiClient.Reply created = admin.post("/api/v1/engagements", draft(agencyId, portalId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("portalExternalId")).isEqualTo(portalId);
        assertThat(created.text("agencyId")).isEqualTo(agencyId);

        var found = admin.get("/api/v1/engagements?portalExternalId=" + portalId).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asText()).isEqualTo(created.text("id"));
        assertThat(agency.get("/api/v1/engagements?portalExternalId=" + portalId).json()).hasSize(1);
        assertThat(agency.get("/api/v1/engagements?portalExternalId=unknown").json()).isEmpty();
        assertThat(admin.post("/api/v1/engagements/" + created.text("id") + "/open", null).text("status"))
                .isEqualTo("OPEN");
        assertThat(agency.get("/api/v1/engagements/" + created.text("id")).text("portalExternalId")).isEqualTo(portalId);
    }

    @Test
    void aPortalIdIsUniqueWithinItsAgency() {
        ApiClient agency = newAgency("Portal unique");
        String agencyId = agency.get("/api/v1/me").text("agencyId");
        String otherAgencyId = newAgency("Portal other").get("/api/v1/me").text("agencyId");
        String portalId = "p-" + UUID.randomUUID();
        String first = admin.post("/api/v1/engagements", draft(agencyId, portalId)).text("id");

        ApiClient.Reply duplicate = admin.post("/api/v1/engagements", draft(agencyId, portalId));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("detail")).contains(portalId, first);
        assertThat(admin.post("/api/v1/engagements", draft(otherAgencyId, portalId)).status())
                .as("another agency may use the same reference").isEqualTo(201);

        String second = agency.post("/api/v1/engagements", draft(null, "p-" + UUID.randomUUID())).text("id");
        ApiClient.Reply renamed = agency.patch("/api/v1/engagements/" + second, Map.of("portalExternalId", portalId));
        assertThat(renamed.status()).isEqualTo(409);
        String fresh = "p-" + UUID.randomUUID();
        assertThat(agency.patch("/api/v1/engagements/" + second, Map.of("portalExternalId", fresh))
                .text("portalExternalId")).isEqualTo(fresh);
        ApiClient.Reply blank = agency.post("/api/v1/engagements", draft(null, " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asText()).isEqualTo("portalExternalId");
    }

    private static Map<String, Object> draft(String agencyId, String portalId) {
        Map<String, Object> draft = new HashMap<>(bilingualPoll());
        if (agencyId != null) {
            draft.put("agencyId", agencyId);
        }
        draft.put("portalExternalId", portalId);
        return draft;
    }
}

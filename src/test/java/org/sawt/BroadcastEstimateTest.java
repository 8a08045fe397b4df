package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Before a broadcast, the agency sees messages, segments and cost per SMS channel, and nothing is sent. (Channels
 * billed per message or per call: {@code TwilioBroadcastEstimateTest}.)
 */
class BroadcastEstimateTest extends GatewayTest {

    @Test
    void estimateCountsSegmentsByEncodingAndPricesByCountry() {
        ApiClient agency = newAgency("Estimates");
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        List<String> ids = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (String language : List.of("ar", "ar", "en")) {
            String phone = uniquePhone();
            phones.add(phone);
            ids.add(agency.post("/api/v1/contacts", Map.of("phone", phone, "language", language)).text("id"));
        }
        agency.post("/api/v1/contacts/" + ids.get(2) + "/opt-out", null);

        ApiClient.Reply reply = agency.post("/api/v1/engagements/" + pollId + "/broadcasts/estimate",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", ids)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode estimate = reply.json();
        assertThat(estimate.path("recipients").asInt()).isEqualTo(2);
        assertThat(estimate.path("skipped").asInt()).isEqualTo(1);
        JsonNode simulator = estimate.path("channels").get(0);
        assertThat(simulator.path("channel").asText()).isEqualTo("simulator");
        assertThat(simulator.path("billedPer").asText()).isEqualTo("SEGMENT");
        assertThat(simulator.path("messages").asInt()).isEqualTo(2);
        assertThat(simulator.has("calls")).isFalse();
        assertThat(simulator.path("segments").asInt()).isEqualTo(2);
        assertThat(simulator.path("segmentsByEncoding").path("UCS2").asInt()).isEqualTo(2);
        assertThat(simulator.path("estimatedCost").decimalValue()).isEqualByComparingTo("0.0400");
        assertThat(simulator.path("priced").asBoolean()).isTrue();
        assertThat(outbox(phones.get(0))).isEmpty();
    }
}

package org.sawt.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * The estimate counts what each channel is billed for: SMS segments on twilio-sms, messages on twilio-whatsapp,
 * calls on twilio-voice (prices in {@link TwilioGatewayTest}: SMS 0.05 a segment, WhatsApp 0.008 a message, a call
 * 0.10, 0.25 to Jordan).
 */
class TwilioBroadcastEstimateTest extends TwilioGatewayTest {

    @Test
    void smsCountsAndPricesSegments() {
        JsonNode sms = estimate("twilio-sms");

        assertThat(sms.path("billedPer").asText()).isEqualTo("SEGMENT");
        assertThat(sms.path("messages").asInt()).isEqualTo(2);
        assertThat(sms.path("segments").asInt()).isEqualTo(2);
        assertThat(sms.path("estimatedCost").decimalValue()).isEqualByComparingTo("0.1000");
    }

    @Test
    void whatsAppCountsAndPricesMessagesWithoutSegments() {
        JsonNode whatsApp = estimate("twilio-whatsapp");

        assertThat(whatsApp.path("billedPer").asText()).isEqualTo("MESSAGE");
        assertThat(whatsApp.path("messages").asInt()).isEqualTo(2);
        assertThat(whatsApp.has("segments")).isFalse();
        assertThat(whatsApp.has("segmentsByEncoding")).isFalse();
        assertThat(whatsApp.path("estimatedCost").decimalValue()).isEqualByComparingTo("0.0160");
        assertThat(whatsApp.path("priced").asBoolean()).isTrue();
    }

    @Test
    void voiceCountsAndPricesCallsAtTheCountryPrice() {
        JsonNode voice = estimate("twilio-voice");

        assertThat(voice.path("billedPer").asText()).isEqualTo("CALL");
        assertThat(voice.path("calls").asInt()).isEqualTo(2);
        assertThat(voice.has("segments")).isFalse();
        assertThat(voice.path("estimatedCost").decimalValue()).isEqualByComparingTo("0.5000");
    }

    /** The estimate for the bilingual poll to two Jordanian contacts (Arabic, one SMS segment each) on the channel. */
    private JsonNode estimate(String channel) {
        ApiClient agency = newAgency("Twilio estimates");
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(agency.post("/api/v1/contacts", Map.of("phone", uniquePhone(), "language", "ar")).text("id"));
        }
        ApiClient.Reply reply = agency.post("/api/v1/engagements/" + pollId + "/broadcasts/estimate",
                Map.of("channels", List.of(channel), "audience", Map.of("contactIds", ids)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("recipients").asInt()).isEqualTo(2);
        JsonNode estimate = reply.json().path("channels").get(0);
        assertThat(estimate.path("channel").asText()).isEqualTo(channel);
        return estimate;
    }
}

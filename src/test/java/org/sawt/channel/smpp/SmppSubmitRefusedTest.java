package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * The SMSC answers submit_sm with an error: a refusal for good (invalid destination) fails the message at once
 * with the command_status as its error; a passing one (throttled) is retried and the message goes out.
 */
class SmppSubmitRefusedTest extends SmppGatewayTest {

    @Test
    void failsARefusedMessageAtOnceAndRetriesAThrottledOne() {
        ApiClient agency = newAgency("Ministry of Health");
        ApiClient.Reply created = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("en", "Clinic hours"), "languages", List.of("en"),
                "questions", List.of(Map.of("type", "YES_NO",
                        "text", Map.of("en", "Should clinics open on Friday?")))));
        String pollId = created.text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        String refused = uniquePhone();
        String throttled = uniquePhone();
        SMSC.refuseSubmitsTo(refused, SMPPConstant.STAT_ESME_RINVDSTADR);
        SMSC.refuseSubmitsTo(throttled, SMPPConstant.STAT_ESME_RTHROTTLED);

        List<String> contacts = List.of(contact(agency, refused, "en"), contact(agency, throttled, "en"));
        agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("smpp"), "audience", Map.of("contactIds", contacts)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(outbound(refused)).singleElement().satisfies(message -> assertThat(message)
                    .containsEntry("status", "FAILED")
                    .containsEntry("error", "PermanentSendFailure: SMSC refused submit_sm: command_status 0x0000000B"));
            assertThat(outbound(throttled)).singleElement().satisfies(message -> assertThat(message)
                    .containsEntry("status", "SENT"));
        });
        assertThat(SMSC.refusedSubmitsTo(refused)).hasSize(1);
        assertThat(SMSC.submitsTo(refused)).isEmpty();
        assertThat(SMSC.refusedSubmitsTo(throttled)).hasSize(1);
        assertThat(SMSC.submitsTo(throttled)).hasSize(1);
    }
}

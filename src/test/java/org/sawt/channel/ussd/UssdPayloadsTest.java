package org.sawt.channel.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;

/**
 * Africa's Talking's recorded requests (channels/ussd/payloads/ussd-samples.json) as the gateway receives them:
 * the sample phone is no contact, so its session ends politely at once and its follow-ups get the same screen;
 * every end-of-session notice is taken. The demo responses in the file are Africa's Talking's own
 * demo application's, not ours, so only the convention (200, text/plain, CON or END) is compared.
 */
class UssdPayloadsTest extends GatewayTest {

    private static final Path SAMPLES = Path.of("channels/ussd/payloads/ussd-samples.json");

    @Test
    void everyAfricasTalkingRequestGetsAScreenOrIsTaken() throws IOException {
        int callbacks = 0;
        int notices = 0;
        for (JsonNode sample : new ObjectMapper().readTree(SAMPLES.toFile())) {
            String convention = sample.path("convention").asText();
            Map<String, String> form = new LinkedHashMap<>();
            sample.path("request").fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    form.put(field.getKey(), field.getValue().asText());
                }
            });
            if ("africastalking".equals(convention)) {
                ApiClient.Reply reply = post("", form);
                assertThat(reply.status()).as(sample.toString()).isEqualTo(200);
                assertThat(reply.contentType()).startsWith("text/plain");
                assertThat(reply.body()).as("the phone is no contact: every screen of its session says so")
                        .isEqualTo("END عذرًا، هذا الرقم غير مسجل في أي استشارة.");
                callbacks++;
            } else if ("africastalking-end-of-session-notification".equals(convention)) {
                assertThat(post("/events", form).status()).as(sample.toString()).isEqualTo(200);
                notices++;
            }
        }
        assertThat(callbacks).isEqualTo(5);
        assertThat(notices).isGreaterThanOrEqualTo(2);
    }

    private ApiClient.Reply post(String path, Map<String, String> form) {
        return UssdPhone.post("http://localhost:" + port + AfricasTalkingUssdController.PATH + path + "?token="
                + USSD_TOKEN, form);
    }
}

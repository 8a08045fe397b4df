package org.sawt.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.channel.OutboundMessage;

/**
 * A Messaging Service as sender, through a Twilio-compatible provider whose API sits under a path prefix: the
 * request names the service instead of a number and reaches the prefixed path.
 */
class TwilioMessagingServiceTest {

    private static final String SERVICE_SID = "MGdb23ec0f89ee2632e46e91d8128f5e2b";
    private static final String ACCOUNT_SID = "AC11112222333344445555666677778888";
    private static final String MESSAGES_PATH = "/compat/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    private final WireMockServer provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeEach
    void start() throws Exception {
        provider.start();
        provider.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(Files.readString(
                        Path.of("channels/twilio-sms/payloads/send-message-201.json"), StandardCharsets.UTF_8))));
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    @Test
    void theMessagingServiceIsTheSenderAndThePathPrefixIsKept() {
        TwilioSettings settings = new TwilioSettings(ACCOUNT_SID, "token", "+15005550006", SERVICE_SID, null,
                URI.create("http://127.0.0.1:" + provider.port() + "/compat/"));
        TwilioSmsAdapter adapter = new TwilioSmsAdapter(settings,
                new TwilioMessages(settings, new TwilioWebhookUrls("https://sawt.example.org/"), null));

        String sid = adapter.send(OutboundMessage.to("twilio-sms", "+962791234567", "مرحبا", null, null, null));

        assertThat(sid).isEqualTo("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        List<LoggedRequest> requests = provider.findAll(postRequestedFor(urlEqualTo(MESSAGES_PATH)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Host")).isEqualTo("127.0.0.1:" + provider.port());
        Map<String, String> form = TwilioWebhookClient.decode(requests.get(0).getBodyAsString()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(form).containsOnly(Map.entry("To", "+962791234567"), Map.entry("MessagingServiceSid", SERVICE_SID),
                Map.entry("Body", "مرحبا"),
                Map.entry("StatusCallback", "https://sawt.example.org/channels/twilio/status"));
    }
}

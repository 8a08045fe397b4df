package org.sawt.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Long polling against a fake Bot API: the webhook is deleted, updates come from getUpdates as the library's typed
 * objects and reach the same reader as webhook bodies, and the next poll confirms them with the offset.
 */
class TelegramLongPollingTest {

    private static final String TOKEN = "987654321:TEST-token_for-long-polling";
    private static final String BATCH = """
            {"ok": true, "result": [
              {"update_id": 1001, "message": {"message_id": 5, "date": 1700000000, "text": "hello",
                "from": {"id": 42, "is_bot": false, "first_name": "Test", "language_code": "fr"},
                "chat": {"id": 42, "type": "private", "first_name": "Test"}}},
              {"update_id": 1002, "callback_query": {"id": "cb-1", "chat_instance": "-1", "data": "2",
                "from": {"id": 42, "is_bot": false, "first_name": "Test"},
                "message": {"message_id": 7, "date": 1700000000, "text": "What comes first?",
                  "chat": {"id": 42, "type": "private", "first_name": "Test"},
                  "reply_markup": {"inline_keyboard": [[{"text": "Roads", "callback_data": "1"}],
                                                       [{"text": "Water", "callback_data": "2"}]]}}}}]}""";

    private final WireMockServer botApi = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private TelegramLongPolling polling;

    @AfterEach
    void stop() {
        if (polling != null) {
            polling.stop();
        }
        botApi.stop();
    }

    @Test
    void polledUpdatesReachTheSameReaderAsWebhookOnesAndAreConfirmed() {
        botApi.start();
        botApi.stubFor(post(urlEqualTo("/bot" + TOKEN + "/deleteWebhook"))
                .willReturn(json("{\"ok\":true,\"result\":true}")));
        botApi.stubFor(post(urlEqualTo("/bot" + TOKEN + "/getupdates")).inScenario("poll").whenScenarioStateIs(STARTED)
                .willSetStateTo("delivered").willReturn(json(BATCH)));
        botApi.stubFor(post(urlEqualTo("/bot" + TOKEN + "/getupdates")).inScenario("poll")
                .whenScenarioStateIs("delivered").willReturn(json("{\"ok\":true,\"result\":[]}")));
        TelegramUpdates updates = mock(TelegramUpdates.class);
        polling = new TelegramLongPolling(new TelegramSettings(TOKEN, null,
                URI.create("http://127.0.0.1:" + botApi.port()), TelegramSettings.Mode.LONG_POLLING, false, 0, 0),
                updates);

        polling.start();

        ArgumentCaptor<TelegramUpdate> handled = ArgumentCaptor.forClass(TelegramUpdate.class);
        verify(updates, timeout(10_000).times(2)).handleNow(handled.capture());
        List<TelegramUpdate> received = handled.getAllValues();
        assertThat(received.get(0).kind()).isEqualTo(TelegramUpdate.Kind.MESSAGE);
        assertThat(received.get(0).updateId()).contains(1001L);
        assertThat(received.get(0).chatId()).isEqualTo("42");
        assertThat(received.get(0).privateChat()).isTrue();
        assertThat(received.get(0).text()).isEqualTo("hello");
        assertThat(received.get(0).languageCode()).isEqualTo("fr");
        assertThat(received.get(1).kind()).isEqualTo(TelegramUpdate.Kind.CALLBACK_QUERY);
        assertThat(received.get(1).chatId()).isEqualTo("42");
        assertThat(received.get(1).callbackData()).isEqualTo("2");
        assertThat(received.get(1).callbackMessageId()).contains(7);
        assertThat(received.get(1).pressedButtonLabel()).contains("Water");
        botApi.verify(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/deleteWebhook")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> botApi.verify(postRequestedFor(
                urlEqualTo("/bot" + TOKEN + "/getupdates")).withRequestBody(equalToJson("""
                {"offset": 1003, "allowed_updates": ["message", "edited_message", "callback_query", "my_chat_member"]}
                """, true, true))));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}

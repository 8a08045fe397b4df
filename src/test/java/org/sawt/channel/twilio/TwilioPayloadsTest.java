package org.sawt.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.PhoneNumbers;
import org.sawt.shared.InvalidRequestException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every recorded Twilio webhook body in channels/twilio-sms/payloads (from nyaruka/courier's Twilio tests) read the
 * way the webhooks read them: inbound bodies become messages, status bodies map to our statuses.
 */
class TwilioPayloadsTest {

    private static final Path PAYLOADS = Path.of("channels/twilio-sms/payloads");
    private static final String SID = "SMe287d7109a5a925f182f0e07fe5b223b";

    private final TwilioInboundMessages inbound =
            new TwilioInboundMessages(new PhoneNumbers(new ContactSettings("JO", null)));

    static Stream<Arguments> inboundPayloads() {
        return Stream.of(
                Arguments.of("inbound-sms.txt", "twilio-sms", "+14133881111", "Msg", SID),
                Arguments.of("inbound-media-only.txt", "twilio-sms", "+14133881111", "", SID),
                Arguments.of("inbound-media-with-text.txt", "twilio-sms", "+14133881111", "Msg", SID),
                Arguments.of("inbound-base64-looking-body.txt", "twilio-sms", "+14133881111",
                        "QmFubm9uIEV4cGxhaW5zIFRoZSBXb3JsZCAuLi4K4oCcVGhlIENhbXAgb2YgdGhlIFNhaW50c+KA", SID),
                Arguments.of("inbound-messaging-service-short-code.txt", "twilio-sms", "+14133881111", "John Cruz",
                        "SMbbf29aeb9d380ce2a1c0ae4635ff9dab"),
                Arguments.of("inbound-whatsapp.txt", "twilio-whatsapp", "+14133881111", "Msg", SID),
                Arguments.of("inbound-button-text.txt", "twilio-sms", "+14133881111", "Msg", SID));
    }

    static Stream<Arguments> statusPayloads() {
        return Stream.of(
                Arguments.of("status-delivered.txt", Optional.of(Outbox.Status.DELIVERED)),
                Arguments.of("status-failed-unsubscribed-21610.txt", Optional.of(Outbox.Status.FAILED)),
                Arguments.of("status-failed-63018.txt", Optional.of(Outbox.Status.FAILED)),
                Arguments.of("status-read.txt", Optional.of(Outbox.Status.DELIVERED)),
                Arguments.of("status-sent-messaging-service.txt", Optional.of(Outbox.Status.SENT)),
                Arguments.of("status-unknown.txt", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inboundPayloads")
    void inboundPayloadBecomesAMessage(String file, String channel, String address, String text, String sid) {
        InboundMessage message = inbound.from(form(file));

        assertThat(message.channel()).isEqualTo(channel);
        assertThat(message.address()).isEqualTo(address);
        assertThat(message.text()).isEqualTo(text);
        assertThat(message.providerMessageId()).isEqualTo(sid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusPayloads")
    void statusPayloadMapsToOurStatus(String file, Optional<Outbox.Status> expected) {
        assertThat(TwilioStatuses.toOutbox(form(file).getFirst("MessageStatus"))).isEqualTo(expected);
    }

    @Test
    void everyPayloadFileIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".txt")).sorted().toList();
            List<String> covered = Stream.concat(inboundPayloads(), statusPayloads())
                    .map(arguments -> (String) arguments.get()[0]).sorted().toList();
            assertThat(names).isEqualTo(covered);
        }
    }

    @Test
    void aSenderThatIsNoPhoneNumberIsRefused() {
        MultiValueMap<String, String> form = form("inbound-sms.txt");
        form.set("From", "not a number");

        assertThatThrownBy(() -> inbound.from(form)).isInstanceOf(InvalidRequestException.class);
    }

    private static MultiValueMap<String, String> form(String file) {
        try {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            TwilioWebhookClient.decode(Files.readString(PAYLOADS.resolve(file), StandardCharsets.UTF_8).strip())
                    .forEach(field -> form.add(field.getKey(), field.getValue()));
            return form;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsmpp.bean.DeliverSm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.PhoneNumbers;

/**
 * Every recorded deliver_sm in channels/smpp/payloads (see its SOURCES.md) decoded with jSMPP as the bind does:
 * citizens' messages become inbound messages, receipts name the message id and our status.
 */
class SmppPayloadsTest {

    private static final Path PAYLOADS = Path.of("channels/smpp/payloads");

    /** Single-part payloads only: none reaches the multipart store. */
    private final SmppInbound inbound =
            new SmppInbound(new SourceAddresses(new PhoneNumbers(new ContactSettings("JO", null))), null);

    static Stream<Arguments> mobileOriginated() {
        return Stream.of(
                Arguments.of("deliver-sm-mo-latin1.hex", "+16505551234", "there is no spoon"),
                Arguments.of("deliver-sm-mo-class2-nul-terminated.hex", "+3411149500001", "HELLO"),
                Arguments.of("deliver-sm-mo-subaddress-tlvs.hex", "+46123456789", "Hello I'm a bigg fan of you"),
                Arguments.of("deliver-sm-mo-ia5-reply-path.hex", "+989347690878", "Test"));
    }

    static Stream<Arguments> receipts() {
        return Stream.of(
                Arguments.of("deliver-sm-receipt-delivered.hex", List.of("70BA8A69", "1891273321"),
                        Outbox.Status.DELIVERED, null),
                Arguments.of("deliver-sm-receipt-undelivered.hex", List.of("6a3ed98a66444e8abac3acd9bba8656f"),
                        Outbox.Status.FAILED, "stat:UNDELIV err:000"),
                Arguments.of("deliver-sm-receipt-network-error-code.hex",
                        List.of("bc59b8aa-2fd2-4035-8113-19301e050079"), Outbox.Status.DELIVERED, null),
                Arguments.of("deliver-sm-receipt-in-message-payload.hex", List.of("6aad5", "0000436949"),
                        Outbox.Status.DELIVERED, null),
                Arguments.of("deliver-sm-receipt-unknown-tlvs.hex", List.of("145100315320224957"),
                        Outbox.Status.DELIVERED, null),
                Arguments.of("deliver-sm-receipt-hex-id-in-text-and-tlv.hex", List.of("4D19C83C"),
                        Outbox.Status.DELIVERED, null),
                Arguments.of("deliver-sm-receipt-decimal-text-id-non-ascii.hex", List.of("18d0e03a", "0416342074"),
                        Outbox.Status.DELIVERED, null),
                Arguments.of("deliver-sm-receipt-ucs2-text-in-payload.hex", List.of("1d305b4c", "0489708364"),
                        Outbox.Status.DELIVERED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mobileOriginated")
    void citizensMessageBecomesAnInboundMessage(String file, String address, String text) {
        DeliverSm deliverSm = pdu(file);
        assertThat(deliverSm.isSmscDeliveryReceipt()).isFalse();

        InboundMessage message = inbound.toInboundMessage(deliverSm);

        assertThat(message.channel()).isEqualTo("smpp");
        assertThat(message.address()).isEqualTo(address);
        assertThat(message.text()).isEqualTo(text);
        assertThat(message.providerMessageId()).startsWith("smpp-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void receiptNamesTheMessageAndItsStatus(String file, List<String> ids, Outbox.Status status, String error) {
        DeliverSm deliverSm = pdu(file);
        assertThat(deliverSm.isSmscDeliveryReceipt()).isTrue();

        DeliveryReceipt receipt = DeliveryReceipt.of(deliverSm);

        assertThat(receipt.messageIds()).containsExactlyElementsOf(ids);
        assertThat(receipt.status()).contains(status);
        assertThat(receipt.error()).isEqualTo(error);
    }

    @Test
    void everyPayloadFileIsCovered() throws IOException {
        List<Object> covered = Stream.concat(mobileOriginated(), receipts()).map(a -> a.get()[0]).toList();
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".hex")))
                    .containsExactlyInAnyOrderElementsOf(covered.stream().map(String::valueOf).toList());
        }
    }

    private static DeliverSm pdu(String file) {
        try {
            return SmppFixtures.deliverSm(Files.readString(PAYLOADS.resolve(file)).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

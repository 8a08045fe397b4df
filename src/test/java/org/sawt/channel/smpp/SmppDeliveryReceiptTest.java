package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sawt.channel.Outbox;

/**
 * Delivery receipt texts as SMSCs really write them (jasmin's DLR parsing cases: 10- and 12-digit dates, missing
 * sub/dlvrd/text, unpadded numbers, "Text:"), and receipts that carry their state only in the message_state TLV.
 * Whole receipt PDUs are in {@link SmppPayloadsTest}.
 */
class SmppDeliveryReceiptTest {

    static Stream<JsonNode> dlrParsingCases() {
        return StreamSupport.stream(SmppFixtures.dlrParsingCases().spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("dlrParsingCases")
    void readsIdStateAndErrorFromTheReceiptText(JsonNode dlr) {
        DeliveryReceipt receipt = DeliveryReceipt.parse(dlr.path("short_message").asText());
        JsonNode expected = dlr.path("expected");
        assertThat(receipt.messageIds()).containsExactly(expected.path("id").asText());
        assertThat(receipt.stat()).isEqualTo(expected.path("stat").asText());
        assertThat(Integer.parseInt(receipt.err())).isEqualTo(Integer.parseInt(expected.path("err").asText()));
        assertThat(receipt.status()).contains(Outbox.Status.DELIVERED);
        assertThat(receipt.error()).isNull();
    }

    @Test
    void takesTheStateFromTheMessageStateTlvWhenTheTextHasNone() {
        DeliverSm deliverSm = new DeliverSm();
        deliverSm.setSmscDeliveryReceipt();
        deliverSm.setShortMessage(new byte[0]);
        deliverSm.setOptionalParameters(new OptionalParameter.Receipted_message_id("5a000001"),
                new OptionalParameter.Message_state((byte) 5));
        DeliveryReceipt receipt = DeliveryReceipt.of(deliverSm);
        assertThat(receipt.messageIds()).containsExactly("5a000001");
        assertThat(receipt.status()).contains(Outbox.Status.FAILED);
        assertThat(receipt.error()).isEqualTo("stat:UNDELIV");
    }

    @Test
    void changesNothingForAStateOnTheWay() {
        assertThat(DeliveryReceipt.parse("id:77 sub:001 dlvrd:000 stat:ENROUTE err:000").status()).isEmpty();
    }
}

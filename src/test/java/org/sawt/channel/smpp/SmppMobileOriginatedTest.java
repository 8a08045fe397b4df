package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.InvalidPhoneNumberException;
import org.sawt.contact.PhoneNumbers;

/**
 * Citizens' deliver_sm read as text from an E.164 number: every mobile-originated PDU of the fixture decoded from its
 * bytes, UCS-2 Arabic, GSM 03.38 with extension characters, the concatenation header and the SAR TLVs of long ones.
 */
class SmppMobileOriginatedTest {

    private static final String ARABIC = "أرى أن المياه أولاً";

    private final SourceAddresses sourceAddresses =
            new SourceAddresses(new PhoneNumbers(new ContactSettings("JO", null)));

    static Stream<JsonNode> mobileOriginatedPdus() {
        return SmppFixtures.mobileOriginatedDeliverSms().stream();
    }

    @ParameterizedTest
    @MethodSource("mobileOriginatedPdus")
    void readsEveryMobileOriginatedPduOfTheFixture(JsonNode pdu) {
        JsonNode fields = pdu.at("/decoded_computed/fields");
        DeliverSm deliverSm = SmppFixtures.deliverSm(pdu.path("hex").asText());
        ShortMessagePart part = ShortMessagePart.of(deliverSm);
        assertThat(part.concatenation()).isNull();
        assertThat(ShortMessageText.decode(part.dataCoding(), part.payload()))
                .isEqualTo(fields.path("short_message_text").asText().replace("\u0000", ""));
        assertThat(sourceAddresses.toE164(deliverSm.getSourceAddrTon(), deliverSm.getSourceAddr()))
                .isEqualTo("+" + fields.path("source_addr").asText());
    }

    @Test
    void decodesUcs2Arabic() {
        assertThat(ShortMessageText.decode((byte) 0x08, ARABIC.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(ARABIC);
    }

    @Test
    void decodesGsmBasicAndExtensionCharacters() {
        byte[] septets = {0x00, 0x02, 0x11, 0x20, 0x1B, 0x65, 0x1B, 0x28, 0x1B, 0x29, 0x04};
        assertThat(ShortMessageText.decode((byte) 0x00, septets)).isEqualTo("@$_ €{}è");
    }

    @Test
    void findsThePartInAnEightBitConcatenationHeader() {
        ShortMessagePart part = ShortMessagePart.of(udhPart(new byte[] {5, 0, 3, (byte) 0xA7, 3, 2}, "ما"));
        assertThat(part.concatenation()).isEqualTo(new ShortMessagePart.Concatenation(0xA7, 3, 2));
        assertThat(new String(part.payload(), StandardCharsets.UTF_16BE)).isEqualTo("ما");
    }

    @Test
    void findsThePartInASixteenBitConcatenationHeaderAfterAnotherElement() {
        byte[] udh = {10, 0x0A, 2, 0, 0, 0x08, 4, 0x12, 0x34, 2, 1};
        ShortMessagePart part = ShortMessagePart.of(udhPart(udh, "ما"));
        assertThat(part.concatenation()).isEqualTo(new ShortMessagePart.Concatenation(0x1234, 2, 1));
        assertThat(new String(part.payload(), StandardCharsets.UTF_16BE)).isEqualTo("ما");
    }

    @Test
    void findsThePartInSarTlvs() {
        DeliverSm deliverSm = new DeliverSm();
        deliverSm.setShortMessage("part".getBytes(StandardCharsets.US_ASCII));
        deliverSm.setOptionalParameters(new OptionalParameter.Sar_msg_ref_num((short) 300),
                new OptionalParameter.Sar_total_segments((byte) 2), new OptionalParameter.Sar_segment_seqnum((byte) 2));
        assertThat(ShortMessagePart.of(deliverSm).concatenation())
                .isEqualTo(new ShortMessagePart.Concatenation(300, 2, 2));
    }

    @Test
    void readsAPartNumberedOutsideItsTotalAsAWholeMessage() {
        assertThat(ShortMessagePart.of(udhPart(new byte[] {5, 0, 3, 1, 2, 3}, "x")).concatenation()).isNull();
    }

    @Test
    void readsNationalAndInternationalSourcesAsE164() {
        assertThat(sourceAddresses.toE164(TypeOfNumber.NATIONAL.value(), "0791234567")).isEqualTo("+962791234567");
        assertThat(sourceAddresses.toE164(TypeOfNumber.UNKNOWN.value(), "0791234567")).isEqualTo("+962791234567");
        assertThat(sourceAddresses.toE164(TypeOfNumber.UNKNOWN.value(), "212612345678")).isEqualTo("+212612345678");
        assertThat(sourceAddresses.toE164(TypeOfNumber.UNKNOWN.value(), "00989123456789")).isEqualTo("+989123456789");
        assertThat(sourceAddresses.toE164(TypeOfNumber.INTERNATIONAL.value(), "+962791234567"))
                .isEqualTo("+962791234567");
    }

    @Test
    void refusesAnAlphanumericSource() {
        assertThatThrownBy(() -> sourceAddresses.toE164(TypeOfNumber.ALPHANUMERIC.value(), "Jojos"))
                .isInstanceOf(InvalidPhoneNumberException.class);
    }

    private static DeliverSm udhPart(byte[] udh, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] message = new byte[udh.length + payload.length];
        System.arraycopy(udh, 0, message, 0, udh.length);
        System.arraycopy(payload, 0, message, udh.length, payload.length);
        DeliverSm deliverSm = new DeliverSm();
        deliverSm.setUdhi();
        deliverSm.setDataCoding((byte) 0x08);
        deliverSm.setShortMessage(message);
        return deliverSm;
    }
}

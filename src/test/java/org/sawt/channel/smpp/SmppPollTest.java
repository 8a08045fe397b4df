package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.sms.SmsEncoding;

/**
 * A poll over SMPP against the fake SMSC: the Arabic invitation goes out as UCS-2 in concatenated parts and the
 * English one as GSM 03.38, receipts update their status, and replies in one part or several are counted.
 */
class SmppPollTest extends SmppGatewayTest {

    private static final String INVITATION_AR = "تدعوكم البلدية إلى المشاركة في استطلاع قصير حول أولويات الخدمات"
            + " في أحيائكم. رأيكم يهمنا وسيُعرض على المجلس البلدي قبل إقرار الموازنة.";
    private static final String SUGGESTION_AR = "أقترح إصلاح شبكة المياه في الأحياء الشرقية أولاً ثم صيانة الطرق"
            + " المؤدية إلى المدارس وزراعة الأشجار في الحدائق العامة";
    private static final String SUGGESTION_EN = "Please fix the water network in the eastern districts first, then"
            + " repair the roads that lead to the schools, and plant trees in the public parks before the summer;"
            + " the parks have had no shade for years.";

    @Test
    void pollOverSmpp() throws Exception {
        ApiClient agency = newAgency("Greater Amman Municipality");
        ApiClient.Reply created = agency.post("/api/v1/engagements", poll());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String pollId = created.text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        String arabic = uniquePhone();
        String english = uniquePhone();
        List<String> contacts = List.of(contact(agency, arabic, "ar"), contact(agency, english, "en"));

        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("smpp"), "audience", Map.of("contactIds", contacts)));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        String progress = "/api/v1/broadcasts/" + broadcast.text("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(agency.get(progress).json().path("progress").path("sent").asInt()).isEqualTo(2));

        List<FakeSmsc.Submit> invitationAr = SMSC.submitsTo(arabic);
        assertThat(invitationAr).hasSizeGreaterThan(2).allSatisfy(part -> {
            assertThat(part.pdu().getDataCoding()).isEqualTo((byte) 0x08);
            assertThat(part.pdu().isUdhi()).isTrue();
            assertAddressed(part.pdu(), arabic);
        });
        assertConcatenationHeaders(invitationAr);
        assertThat(ucs2Text(invitationAr)).startsWith(INVITATION_AR + "\n").contains("ما الأولوية؟", "2. المياه");
        assertThat(invitationAr).extracting(part -> part.pdu().getRegisteredDelivery()).containsOnly((byte) 1);

        List<FakeSmsc.Submit> invitationEn = SMSC.submitsTo(english);
        assertThat(invitationEn).singleElement().satisfies(message -> {
            assertThat(message.pdu().getDataCoding()).isEqualTo((byte) 0x00);
            assertThat(message.pdu().isUdhi()).isFalse();
            assertThat(message.pdu().getRegisteredDelivery()).isEqualTo((byte) 1);
            assertAddressed(message.pdu(), english);
            assertThat(SmsEncoding.decodeGsm7(message.pdu().getShortMessage())).isEqualTo(sentText(english))
                    .startsWith("Your opinion matters.\nWhat comes first?");
        });
        String lastPartAr = invitationAr.get(invitationAr.size() - 1).messageId();
        assertThat(outbound(arabic)).singleElement().extracting(m -> m.get("provider_message_id"))
                .isEqualTo(lastPartAr);

        SMSC.deliverReceipt(english, "id:" + invitationEn.get(0).messageId() + " sub:001 dlvrd:001 submit date:"
                + "2611231200 done date:2611231201 stat:DELIVRD err:000 text:Your opinion matter");
        SMSC.deliverReceipt(arabic, "id:" + lastPartAr + " submit date:2611231200 done date:2611231202"
                + " stat:UNDELIV err:011");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(outbound(english).get(0)).containsEntry("status", "DELIVERED");
            assertThat(outbound(arabic).get(0)).containsEntry("status", "FAILED").containsEntry("error",
                    "part " + invitationAr.size() + " of " + invitationAr.size() + ": stat:UNDELIV err:011");
        });

        answered(english, () -> SMSC.deliver(english, 0x00, 0x00, new SmsEncoding().encode("1")));
        answered(arabic, () -> SMSC.deliver(arabic, 0x00, 0x08, "٢".getBytes(StandardCharsets.UTF_16BE)));
        answered(arabic, () -> deliverInParts(arabic, 0x08, SUGGESTION_AR.getBytes(StandardCharsets.UTF_16BE), 134,
                false, 2, 1));
        answered(english, () -> deliverInParts(english, 0x00, new SmsEncoding().encode(SUGGESTION_EN), 152, true,
                1, 2));

        JsonNode results = agency.get("/api/v1/engagements/" + pollId + "/results").json();
        assertThat(results.path("participants").asInt()).isEqualTo(2);
        List<Integer> counts = new ArrayList<>();
        results.path("questions").get(0).path("options").forEach(option -> counts.add(option.path("count").asInt()));
        assertThat(counts).containsExactly(1, 1, 0);
        assertThat(results.path("questions").get(1).path("answered").asInt()).isEqualTo(2);
        List<String> suggestions = new ArrayList<>();
        agency.get("/api/v1/responses?engagementId=" + pollId).json().path("items")
                .forEach(item -> suggestions.add(item.path("answers").path("q2").asText()));
        assertThat(suggestions).containsExactlyInAnyOrder(SUGGESTION_AR, SUGGESTION_EN);
        assertThat(ucs2Text(SMSC.submitsTo(arabic).subList(invitationAr.size(), SMSC.submitsTo(arabic).size())))
                .contains("ما اقتراحك للبلدية؟");
    }

    /** A citizen's phone sends a message over the SMSC, then the test waits for the reply every message gets. */
    private static void answered(String phone, Delivery delivery) throws Exception {
        int before = SMSC.submitsTo(phone).size();
        delivery.run();
        await().atMost(Duration.ofSeconds(10)).until(() -> SMSC.submitsTo(phone).size() > before);
    }

    /** Something that hands the fake SMSC deliver_sm to send. */
    private interface Delivery {
        void run() throws Exception;
    }

    /** Delivers a long message in parts behind an 8- or 16-bit concatenation header, in the given order. */
    private static void deliverInParts(String from, int dataCoding, byte[] message, int partSize, boolean wideReference,
            int... order) throws Exception {
        int total = (message.length + partSize - 1) / partSize;
        assertThat(order).hasSize(total);
        for (int sequence : order) {
            byte[] header = wideReference ? new byte[] {6, 0x08, 4, 0x01, 0x2C, (byte) total, (byte) sequence}
                    : new byte[] {5, 0x00, 3, 0x42, (byte) total, (byte) sequence};
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            part.writeBytes(header);
            part.writeBytes(Arrays.copyOfRange(message, (sequence - 1) * partSize,
                    Math.min(message.length, sequence * partSize)));
            SMSC.deliver(from, 0x40, dataCoding, part.toByteArray());
        }
    }

    private static void assertConcatenationHeaders(List<FakeSmsc.Submit> parts) {
        byte reference = parts.get(0).pdu().getShortMessage()[3];
        for (int i = 0; i < parts.size(); i++) {
            assertThat(Arrays.copyOf(parts.get(i).pdu().getShortMessage(), 6))
                    .containsExactly(5, 0, 3, reference, parts.size(), i + 1);
        }
    }

    private static void assertAddressed(SubmitSm pdu, String to) {
        assertThat("+" + pdu.getDestAddress()).isEqualTo(to);
        assertThat(pdu.getDestAddrTon()).isEqualTo((byte) 1);
        assertThat(pdu.getDestAddrNpi()).isEqualTo((byte) 1);
        assertThat(pdu.getSourceAddr()).isEqualTo(SENDER);
        assertThat(pdu.getSourceAddrTon()).isEqualTo((byte) 5);
        assertThat(pdu.getSourceAddrNpi()).isEqualTo((byte) 0);
    }

    private static String ucs2Text(List<FakeSmsc.Submit> parts) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (FakeSmsc.Submit part : parts) {
            byte[] message = part.pdu().getShortMessage();
            int start = part.pdu().isUdhi() ? 1 + (message[0] & 0xFF) : 0;
            text.writeBytes(Arrays.copyOfRange(message, start, message.length));
        }
        return text.toString(StandardCharsets.UTF_16BE);
    }

    private String sentText(String address) {
        return jdbc.sql("select text from outbound_message where channel = 'smpp' and address = :address order by seq")
                .param("address", address).query(String.class).list().get(0);
    }

    private static Map<String, Object> poll() {
        return bilingual("POLL", INVITATION_AR, priorityQuestion(), Map.of("type", "FREE_TEXT",
                "text", Map.of("ar", "ما اقتراحك للبلدية؟", "en", "What do you suggest?")));
    }
}

package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * An Arabic invitation in three concatenated parts requests a receipt for each part: the message is DELIVERED only
 * when every part was, FAILED with the part's error as soon as one part was not, also when the SMSC receipts parts
 * before its submit_sm_resp reached the gateway.
 */
class SmppLongMessageReceiptsTest extends SmppGatewayTest {

    // with the question and its options, the invitation takes three UCS-2 parts of 67 characters
    private static final String INVITATION_AR = "تدعوكم البلدية إلى المشاركة في استطلاع قصير حول أولويات الخدمات"
            + " في أحيائكم ورأيكم يهمنا، ونرجو الإجابة قبل نهاية هذا الأسبوع.";

    @Test
    void everyPartRequestsAReceiptAndTheMessageIsDeliveredOnlyWhenEveryPartIs() throws Exception {
        String phone = uniquePhone();
        List<FakeSmsc.Submit> parts = invite(phone);
        assertThat(parts).extracting(part -> part.pdu().getRegisteredDelivery()).containsOnly((byte) 1);

        SMSC.deliverReceipt(phone, FakeSmsc.receiptText(parts.get(2).messageId(), "DELIVRD"));
        SMSC.deliverReceipt(phone, FakeSmsc.receiptText(parts.get(0).messageId(), "DELIVRD"));
        assertThat(invitation(phone)).containsEntry("status", "SENT");

        SMSC.deliverReceipt(phone, FakeSmsc.receiptText(parts.get(1).messageId(), "DELIVRD"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(invitation(phone)).containsEntry("status", "DELIVERED").containsEntry("error", null));
    }

    @Test
    void oneUndeliveredPartFailsTheMessageWithThatPartsError() throws Exception {
        String phone = uniquePhone();
        List<FakeSmsc.Submit> parts = invite(phone);

        SMSC.deliverReceipt(phone, FakeSmsc.receiptText(parts.get(0).messageId(), "DELIVRD"));
        SMSC.deliverReceipt(phone, FakeSmsc.receiptText(parts.get(1).messageId(), "UNDELIV"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(invitation(phone))
                .containsEntry("status", "FAILED").containsEntry("error", "part 2 of 3: stat:UNDELIV err:011"));
        SMSC.deliverReceipt(phone, FakeSmsc.receiptText(parts.get(2).messageId(), "DELIVRD"));
        assertThat(invitation(phone)).containsEntry("status", "FAILED");
    }

    @Test
    void receiptsBeforeTheSubmitAnswersAreAppliedOnceThePartsAreStored() throws Exception {
        String failing = uniquePhone();
        String delivered = uniquePhone();
        SMSC.receiptBeforeAnswering(failing, "DELIVRD", "UNDELIV", "DELIVRD");
        SMSC.receiptBeforeAnswering(delivered, "DELIVRD", "DELIVRD", "DELIVRD");

        invite(failing);
        invite(delivered);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(invitation(failing)).containsEntry("status", "FAILED")
                    .containsEntry("error", "part 2 of 3: stat:UNDELIV err:011");
            assertThat(invitation(delivered)).containsEntry("status", "DELIVERED");
        });
    }

    /** Broadcasts the Arabic invitation to a new contact at {@code phone}; returns its parts once it was sent. */
    private List<FakeSmsc.Submit> invite(String phone) {
        ApiClient agency = newAgency("SMPP receipts");
        String pollId = agency.post("/api/v1/engagements", bilingual("POLL", INVITATION_AR, priorityQuestion()))
                .text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts", Map.of(
                "channels", List.of("smpp"), "audience", Map.of("contactIds", List.of(contact(agency, phone, "ar")))));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> !outbound(phone).isEmpty()
                && !"QUEUED".equals(invitation(phone).get("status")) && !"SENDING".equals(invitation(phone).get("status")));
        List<FakeSmsc.Submit> parts = SMSC.submitsTo(phone);
        assertThat(parts).hasSize(3);
        assertThat(invitation(phone)).containsEntry("provider_message_id", parts.get(2).messageId());
        return parts;
    }

    private Map<String, Object> invitation(String phone) {
        return outbound(phone).get(0);
    }
}

package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.sms.SmsEncoding;

/**
 * The link to the SMSC drops and the SMSC refuses binds for a while: the gateway keeps trying to bind, invitations
 * broadcast meanwhile wait instead of failing, and once a bind succeeds they all go out and replies come in again.
 */
class SmppLinkDropTest extends SmppGatewayTest {

    @AfterEach
    void smscAcceptsBindsAgain() {
        SMSC.acceptBinds();
    }

    @Test
    void reBindsAfterTheLinkDropsAndDeliversWhatWasSentMeanwhile() throws Exception {
        ApiClient agency = newAgency("Ministry of Transport");
        ApiClient.Reply created = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("en", "Night buses"), "languages", List.of("en"),
                "questions", List.of(Map.of("type", "YES_NO", "text", Map.of("en", "Should buses run at night?")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String pollId = created.text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        List<String> phones = List.of(uniquePhone(), uniquePhone(), uniquePhone());
        List<String> contacts = phones.stream().map(phone -> contact(agency, phone, "en")).toList();

        int bindsBefore = SMSC.binds().size();
        SMSC.refuseBinds();
        SMSC.dropLink();
        await().atMost(Duration.ofSeconds(10)).until(() -> !link.isBound());
        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("smpp"), "audience", Map.of("contactIds", contacts)));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);

        // waiting for the link, the invitations stay QUEUED in the outbox (none FAILED) and hold up no other channel
        String simulated = uniquePhone();
        agency.post("/api/v1/engagements/" + pollId + "/broadcasts", Map.of("channels", List.of("simulator"),
                "audience", Map.of("contactIds", List.of(contact(agency, simulated, "en")))));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox(simulated).size() == 1);
        assertThat(phones).allSatisfy(this::waitingToBeSent);
        await().atMost(Duration.ofSeconds(10)).until(() -> SMSC.binds().size() >= bindsBefore + 3);
        assertThat(SMSC.binds().subList(bindsBefore, SMSC.binds().size())).noneMatch(FakeSmsc.Bind::accepted);
        assertThat(phones).allSatisfy(phone -> {
            assertThat(SMSC.submitsTo(phone)).isEmpty();
            waitingToBeSent(phone);
        });

        SMSC.acceptBinds();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(phones).allSatisfy(phone -> assertThat(SMSC.submitsTo(phone)).hasSize(1));
            assertThat(agency.get("/api/v1/broadcasts/" + broadcast.text("id")).json().path("progress").path("sent")
                    .asInt()).isEqualTo(3);
        });
        FakeSmsc.Bind rebound = SMSC.binds().get(SMSC.binds().size() - 1);
        assertThat(rebound.accepted()).isTrue();
        assertThat(rebound.type()).isEqualTo(BindType.BIND_TRX);

        SMSC.deliver(phones.get(0), 0x00, 0x00, new SmsEncoding().encode("yes"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(agency.get("/api/v1/engagements/"
                + pollId + "/results").json().path("participants").asInt()).isEqualTo(1));
    }

    /**
     * Not sent and not failed: QUEUED, or SENDING when the dispatcher took it in the moment jSMPP reported a refused
     * bind as bound (see SmppLink); either way it waits for the link.
     */
    private void waitingToBeSent(String phone) {
        assertThat(outbound(phone)).extracting(m -> m.get("status")).singleElement().isIn("QUEUED", "SENDING");
    }
}

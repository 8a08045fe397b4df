package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** STOP, START and HELP keywords in several languages, and consent enforced when invitations are sent. */
class OptOutTest extends GatewayTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void arabicStopOptsOutAndTheNextBroadcastSkipsThem() {
        ApiClient agency = newAgency("Opt-out");
        String pollId = openPoll(agency);
        String stopper = uniquePhone();
        String stayer = uniquePhone();
        String stopperId = contact(agency, stopper, "ar");
        String stayerId = contact(agency, stayer, "en");

        send(stopper, "  توقف ");
        assertThat(last(stopper)).isEqualTo("لن تصلك رسائل منا بعد الآن. أرسل «ابدأ» لاستقبالها من جديد.");
        assertThat(agency.get("/api/v1/contacts/" + stopperId).json().path("optedOut").asBoolean()).isTrue();

        JsonNode broadcast = broadcast(agency, pollId, List.of(stopperId, stayerId));
        assertThat(broadcast.path("recipients").asInt()).isEqualTo(1);
        assertThat(broadcast.path("skipped").asInt()).isEqualTo(1);
        awaitDone(agency, broadcast.path("id").asText());
        assertThat(outbox(stopper)).hasSize(1);
        assertThat(outbox(stayer)).hasSize(1);

        send(stopper, "ابدأ");
        assertThat(last(stopper)).startsWith("أهلًا بعودتك");
        JsonNode history = agency.get("/api/v1/contacts/" + stopperId + "/consent").json();
        assertThat(history.findValuesAsText("reason")).containsExactly("keyword توقف", "keyword ابدأ");
    }

    @Test
    void stopFromANumberNotYetKnownIsHonouredWhenItIsAdded() {
        String phone = uniquePhone();
        send(phone, "STOP");
        ApiClient agency = newAgency("Later import");
        ApiClient.Reply created = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", "en"));
        assertThat(created.json().path("optedOut").asBoolean()).isTrue();

        send(phone, "START");
        assertThat(agency.get("/api/v1/contacts/" + created.text("id")).json().path("optedOut").asBoolean()).isFalse();
        ApiClient.Reply imported = newAgency("Even later").postText("/api/v1/contacts/import",
                "phone\n" + phone + "\n", "text/csv");
        assertThat(imported.json().path("created").asInt()).isEqualTo(1);
    }

    @Test
    void persianAndFrenchKeywordsAreRecognisedWithLetterVariants() {
        ApiClient agency = newAgency("Keywords");
        String persian = uniquePhone();
        String french = uniquePhone();
        contact(agency, persian, "fa");
        contact(agency, french, "fr");

        send(persian, "لغو");
        assertThat(last(persian)).startsWith("از این پس پیامی از ما دریافت نمی‌کنید.");
        send(french, "Arrêt");
        assertThat(last(french)).startsWith("Vous ne recevrez plus de messages");
        send(french, "aide");
        assertThat(last(french)).startsWith("Répondez par le numéro de votre choix.");
        assertThat(jdbc.sql("select status from inbound_message where address = :a order by received_at")
                .param("a", french).query(String.class).list()).containsExactly("KEYWORD", "KEYWORD");
    }

    @Test
    void consentIsCheckedAgainWhenTheInvitationIsSent() {
        ApiClient agency = newAgency("Late opt-out");
        String pollId = openPoll(agency);
        String phone = uniquePhone();
        String contactId = contact(agency, phone, "ar");
        String other = contact(agency, uniquePhone(), "ar");
        String broadcastId = broadcast(agency, pollId, List.of(other)).path("id").asText();
        awaitDone(agency, broadcastId);
        agency.post("/api/v1/contacts/" + contactId + "/opt-out", Map.of("reason", "asked by phone"));

        // an invitation queued before the opt-out, as if the broadcast had been waiting in line
        UUID queued = UUID.randomUUID();
        jdbc.sql("""
                insert into outbound_message (id, channel, address, contact_id, engagement_id, broadcast_id, text, status)
                values (:id, 'simulator', :address, cast(:contact as uuid), cast(:poll as uuid), cast(:broadcast as uuid),
                        'invitation', 'QUEUED')""")
                .param("id", queued).param("address", phone).param("contact", contactId).param("poll", pollId)
                .param("broadcast", broadcastId).update();

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select status from outbound_message where id = :id")
                .param("id", queued).query(String.class).single().equals("SKIPPED"));
        assertThat(outbox(phone)).isEmpty();
    }

    private String openPoll(ApiClient agency) {
        String id = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + id + "/open", null);
        return id;
    }

    private static String contact(ApiClient agency, String phone, String language) {
        ApiClient.Reply reply = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", language));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("id");
    }

    private static JsonNode broadcast(ApiClient agency, String pollId, List<String> contactIds) {
        ApiClient.Reply reply = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", contactIds)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return reply.json();
    }

    private static void awaitDone(ApiClient agency, String broadcastId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> agency.get("/api/v1/broadcasts/" + broadcastId).json()
                .path("progress").path("status").asText().equals("DONE"));
    }



}

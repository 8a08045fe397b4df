package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway with the email channel on, sending through and polling a real SMTP and IMAP server (GreenMail,
 * in-process on free loopback ports). Replies are put straight into the gateway's mailbox; what the gateway
 * sends lands in each participant's mailbox. One application context and one mail server for all email tests.
 */
@TestPropertySource(properties = {
        "sawt.channels.email.enabled=true",
        "sawt.channels.email.from-address=" + EmailGatewayTest.FROM,
        "sawt.channels.email.reply-to-address=" + EmailGatewayTest.REPLY_TO,
        "sawt.channels.email.token-secret=" + EmailGatewayTest.TOKEN_SECRET,
        "sawt.channels.email.smtp.host=127.0.0.1",
        "sawt.channels.email.smtp.security=none",
        "sawt.channels.email.imap.host=127.0.0.1",
        "sawt.channels.email.imap.security=none",
        "sawt.channels.email.imap.username=" + EmailGatewayTest.MAILBOX_LOGIN,
        "sawt.channels.email.imap.password=" + EmailGatewayTest.MAILBOX_PASSWORD,
        "sawt.channels.email.imap.poll-interval-ms=200"})
abstract class EmailGatewayTest extends GatewayTest {

    static final String FROM = "consultations@sawt.example";
    static final String REPLY_TO = "sawt@replies.sawt.example";
    static final String TOKEN_SECRET = "test-secret-for-email-reply-tokens-0123456789";
    static final String MAILBOX_LOGIN = "sawt";
    static final String MAILBOX_PASSWORD = "mailbox-password";
    static final String TITLE = "Municipal priorities";

    static final GreenMail MAIL = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    static final GreenMailUser MAILBOX;

    static {
        MAIL.start();
        MAILBOX = MAIL.setUser(REPLY_TO, MAILBOX_LOGIN, MAILBOX_PASSWORD);
    }

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("sawt.channels.email.smtp.port", () -> MAIL.getSmtp().getPort());
        registry.add("sawt.channels.email.imap.port", () -> MAIL.getImap().getPort());
    }

    @Autowired
    JdbcClient jdbc;

    /** An open questionnaire in Arabic and English: a choice, a yes/no and a free-text question. */
    static Map<String, Object> questionnaire() {
        return bilingual("QUESTIONNAIRE", "رأيك يهمنا.", priorityQuestion(),
                Map.of("type", "YES_NO", "text", Map.of("ar", "هل توافق على الخطة؟", "en", "Do you support the plan?")),
                Map.of("type", "FREE_TEXT",
                        "text", Map.of("ar", "ماذا يجب أن نعرف أيضًا؟", "en", "What else should we know?")));
    }

    /** Creates and opens the questionnaire for the agency; returns its id. */
    static String openQuestionnaire(ApiClient agency) {
        ApiClient.Reply created = agency.post("/api/v1/engagements", questionnaire());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(agency.post("/api/v1/engagements/" + id + "/open", null).text("status")).isEqualTo("OPEN");
        return id;
    }

    /** Creates a contact with this email address and language; returns its id. */
    static String emailContact(ApiClient agency, String email, String language) {
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("email", email, "language", language));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return contact.text("id");
    }

    /** Broadcasts the engagement on the email channel to these contacts and waits until it is sent. */
    static void inviteByEmail(ApiClient agency, String engagementId, List<String> contactIds) {
        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + engagementId + "/broadcasts",
                Map.of("channels", List.of("email"), "audience", Map.of("contactIds", contactIds)));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode progress = agency.get("/api/v1/broadcasts/" + broadcast.text("id")).json();
            assertThat(progress.path("progress").path("status").asText()).isEqualTo("DONE");
        });
    }

    /** An address no other test uses. */
    static String uniqueAddress(String name) {
        return name + "." + NEXT_ADDRESS.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
    }

    /** The emails a participant's mailbox holds, oldest first. */
    static List<MimeMessage> inbox(String address) {
        return MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    /** Waits for the participant's mailbox to hold this many emails and returns the last. */
    static MimeMessage awaitEmail(String address, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(address).size() >= count);
        List<MimeMessage> messages = inbox(address);
        assertThat(messages).hasSize(count);
        return messages.get(count - 1);
    }

    /** The reply token in an email's Reply-To address. */
    static String replyToken(MimeMessage email) throws MessagingException {
        Address[] replyTo = email.getReplyTo();
        assertThat(replyTo).hasSize(1);
        String address = ((InternetAddress) replyTo[0]).getAddress();
        assertThat(address).matches("sawt\\+[a-z2-7]{58}@replies\\.sawt\\.example");
        return address.substring("sawt+".length(), address.indexOf('@'));
    }

    /** A sample email from channels/email/payloads with its sample token, addresses and ids replaced. */
    static MimeMessage payload(String file, Map<String, String> replacements) throws IOException, MessagingException {
        String raw = Files.readString(EmailPayloadsTest.PAYLOADS.resolve(file), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            raw = raw.replace(replacement.getKey(), replacement.getValue());
        }
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    /** Puts an email into the gateway's mailbox, as its mail server would on receiving it. */
    static void deliverToGateway(MimeMessage email) {
        MAILBOX.deliver(email);
    }

    /** Waits until the gateway has polled and processed every email in its mailbox. */
    static void awaitMailboxProcessed() {
        await().atMost(Duration.ofSeconds(20)).until(() -> unseenInMailbox() == 0);
    }

    /** A part of a multipart/alternative email, with the line breaks of the wire (CRLF) made plain again. */
    static String bodyPart(MimeMessage email, String mimeType) throws MessagingException, IOException {
        Multipart alternative = (Multipart) email.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(mimeType)) {
                return ((String) alternative.getBodyPart(i).getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("No " + mimeType + " part");
    }

    static JsonNode results(ApiClient agency, String engagementId) {
        return agency.get("/api/v1/engagements/" + engagementId + "/results").json();
    }

    String inboundStatus(String providerMessageId) {
        return jdbc.sql("select status from inbound_message where channel = 'email' and provider_message_id = :id")
                .param("id", providerMessageId).query(String.class).optional().orElse(null);
    }

    private static int unseenInMailbox() throws FolderException {
        return MAIL.getManagers().getImapHostManager().getInbox(MAILBOX).getUnseenCount();
    }
}

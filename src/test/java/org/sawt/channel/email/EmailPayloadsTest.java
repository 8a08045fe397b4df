package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample email in channels/email/payloads, read as the IMAP route reads it: its kind, sender, reply token,
 * and the new text only.
 */
class EmailPayloadsTest {

    static final Path PAYLOADS = Path.of("channels/email/payloads");
    static final String TOKEN = "ujzdegxdncf32epf3dhodzdocis2jhtlgmxgedn73u55xtplpft7v4seh2";
    static final String ARABIC_TOKEN = "kvj72ceuvw75efr6edt4sywb5wkh7dnsipzz7fk4zri3r2wyojfljooa7l";

    private final EmailReader reader = new EmailReader(settings());

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("reply-en-quoted-history.eml", ReceivedEmail.Kind.REPLY, "amira.haddad@example.org",
                        TOKEN, "1) 2\n2) yes\n3) More shade in the parks, please.\n"
                                + "Benches near the bus stops would help older people."),
                Arguments.of("reply-ar-quoted-history.eml", ReceivedEmail.Kind.REPLY, "khaled.nasser@example.net",
                        ARABIC_TOKEN, "١) ٣\n٢) نعم\n٣) نحتاج إلى حدائق أكثر للأطفال،\nومواقف حافلات مظللة."),
                Arguments.of("reply-fr-html-only.eml", ReceivedEmail.Kind.REPLY, "claire.martin@example.fr", TOKEN,
                        "1) 1\n2) non\n3) Les trottoirs sont trop étroits & mal éclairés."),
                Arguments.of("reply-without-token.eml", ReceivedEmail.Kind.REPLY, "amira.haddad@example.org", null,
                        "1) 2\n2) yes"),
                Arguments.of("auto-reply-out-of-office.eml", ReceivedEmail.Kind.AUTOMATIC, "amira.haddad@example.org",
                        TOKEN, ""),
                Arguments.of("delay-dsn.eml", ReceivedEmail.Kind.AUTOMATIC, "mailer-daemon@mx.sawt.example", TOKEN,
                        ""),
                Arguments.of("bounce-dsn.eml", ReceivedEmail.Kind.BOUNCE, "mailer-daemon@mx.sawt.example", TOKEN, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void readsThePayload(String file, ReceivedEmail.Kind kind, String sender, String token, String text)
            throws Exception {
        ReceivedEmail email = reader.read(load(file));

        assertThat(email.kind()).isEqualTo(kind);
        assertThat(email.sender()).isEqualTo(sender);
        assertThat(email.token()).isEqualTo(token);
        assertThat(email.text()).isEqualTo(text);
        assertThat(email.messageId()).startsWith("<").endsWith(">");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void noQuotedHistoryReachesTheAnswers(String file) throws Exception {
        ReceivedEmail email = reader.read(load(file));

        assertThat(email.text()).doesNotContain(">", "wrote", "كتب", "What comes first", "##-", "Amira Haddad\n");
    }

    @Test
    void aBounceNamesTheFailedAddressAndTheMessageThatBounced() throws Exception {
        ReceivedEmail bounce = reader.read(load("bounce-dsn.eml"));

        assertThat(bounce.failedRecipients()).isEqualTo(List.of("nobody.here@example.com"));
        assertThat(bounce.bouncedMessageId()).isEqualTo("<6f1c2a9e-8d4b-4c61-9a55-0b7e3f9d2c11@sawt.example>");
        assertThat(bounce.toString()).doesNotContain("nobody.here");
    }

    static MimeMessage load(String file) throws Exception {
        try (InputStream in = Files.newInputStream(PAYLOADS.resolve(file))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    static EmailSettings settings() {
        EmailSettings.Server none = new EmailSettings.Server(null, 0, null, null, EmailSettings.Security.NONE);
        return new EmailSettings(false, "consultations@sawt.example", "Sawt", "sawt@replies.sawt.example", null,
                none, none);
    }
}

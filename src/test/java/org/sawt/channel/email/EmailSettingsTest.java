package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The channel refuses to start half-configured, and its settings never print a secret. */
class EmailSettingsTest {

    private static final String SECRET = "a-token-secret-that-is-long-enough-0123";
    private static final EmailSettings.Server SMTP = new EmailSettings.Server("smtp.example.gov", 587, "sender",
            "smtp-password", EmailSettings.Security.STARTTLS);
    private static final EmailSettings.Server IMAP =
            new EmailSettings.Server("imap.example.gov", 993, "sawt", "imap-password", EmailSettings.Security.SSL);

    @Test
    void anEnabledChannelNeedsServersAddressesAndALongSecret() {
        EmailSettings.Server none = new EmailSettings.Server(" ", 0, null, null, EmailSettings.Security.STARTTLS);

        assertThatThrownBy(() -> new EmailSettings(true, null, "Sawt", null, "short", none, none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMTP host").hasMessageContaining("IMAP host")
                .hasMessageContaining("from address").hasMessageContaining("reply-to address")
                .hasMessageContaining("token secret of at least 32 characters")
                .hasMessageNotContaining("short");
    }

    @Test
    void theReplyAddressMustLeaveRoomForTheToken() {
        assertThatThrownBy(() -> new EmailSettings(true, "consultations@example.gov", "Sawt",
                "replies@example.gov", SECRET, SMTP, IMAP))
                .hasMessageContaining("local part of at most 5 characters");

        assertThat(new EmailSettings(true, "consultations@example.gov", "Sawt", "sawt@example.gov", SECRET, SMTP,
                IMAP).enabled()).isTrue();
    }

    @Test
    void aDisabledChannelNeedsNothing() {
        EmailSettings.Server none = new EmailSettings.Server(null, 0, null, null, EmailSettings.Security.STARTTLS);

        assertThat(new EmailSettings(false, null, "Sawt", null, null, none, none).enabled()).isFalse();
    }

    @Test
    void secretsStayOutOfTheTextOfTheSettings() {
        String text = new EmailSettings(true, "consultations@example.gov", "Sawt", "sawt@example.gov", SECRET,
                SMTP, IMAP).toString();

        assertThat(text).contains("smtp.example.gov", "imap.example.gov", "***")
                .doesNotContain(SECRET, "smtp-password", "imap-password");
    }
}

package org.sawt.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which Twilio channels the settings switch on, and that the auth token never shows. */
class TwilioSettingsTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";

    @Test
    void withoutAnAccountBothChannelsAreOffAndTheDefaultApiIsTwilios() {
        TwilioSettings settings = new TwilioSettings(" ", "", "+15005550006", null, null, null);

        assertThat(new TwilioSmsAdapter(settings, null).enabled()).isFalse();
        assertThat(new TwilioWhatsAppAdapter(settings, null).enabled()).isFalse();
        assertThat(settings.apiBaseUrl()).isEqualTo(URI.create("https://api.twilio.com"));
    }

    @Test
    void aNumberTurnsSmsOnAndAWhatsAppSenderTurnsWhatsAppOn() {
        TwilioSettings smsOnly = new TwilioSettings(SID, "token", "+15005550006", null, null, null);
        TwilioSettings whatsAppOnly = new TwilioSettings(SID, "token", null, null, "+14155238886", null);

        assertThat(new TwilioSmsAdapter(smsOnly, null).enabled()).isTrue();
        assertThat(new TwilioWhatsAppAdapter(smsOnly, null).enabled()).isFalse();
        assertThat(new TwilioSmsAdapter(whatsAppOnly, null).enabled()).isFalse();
        assertThat(new TwilioWhatsAppAdapter(whatsAppOnly, null).enabled()).isTrue();
    }

    @Test
    void anAccountWithoutAnySenderIsRefused() {
        assertThatThrownBy(() -> new TwilioSettings(SID, "token", null, " ", null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TWILIO_FROM_NUMBER");
    }

    @Test
    void theAuthTokenNeverShowsInTheSettingsText() {
        assertThat(new TwilioSettings(SID, "s3cr3t-token", "+15005550006", null, null, null).toString())
                .contains(SID).doesNotContain("s3cr3t-token");
    }
}

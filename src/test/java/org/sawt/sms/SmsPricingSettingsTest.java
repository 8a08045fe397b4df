package org.sawt.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binding of sawt.sms.pricing.* properties, including the {@code default} key that is a Java keyword. */
class SmsPricingSettingsTest {

    @Test
    void bindsPricesPerChannelAndCountry() {
        SmsPricingSettings settings = bind(Map.of(
                "sawt.sms.pricing.currency", "EUR",
                "sawt.sms.pricing.channels.twilio-sms.default", "0.0500",
                "sawt.sms.pricing.channels.twilio-sms.countries.JO", "0.0450",
                "sawt.sms.pricing.channels.smpp.default", "0.0100",
                "sawt.sms.pricing.channels.twilio-voice.default", "0.1300"));

        assertThat(settings.currency()).isEqualTo("EUR");
        assertThat(settings.channels().get("twilio-sms").defaultPrice()).isEqualTo(new BigDecimal("0.0500"));
        assertThat(settings.channels().get("twilio-sms").perUnit("JO")).contains(new BigDecimal("0.0450"));
        assertThat(settings.channels().get("smpp").perUnit("MA")).contains(new BigDecimal("0.0100"));
        assertThat(settings.channels().get("twilio-voice").perUnit(null)).contains(new BigDecimal("0.1300"));
    }

    @Test
    void defaultsToUsdAndNoPrices() {
        SmsPricingSettings settings = bind(Map.of("sawt.sms.pricing.unrelated", "x"));

        assertThat(settings.currency()).isEqualTo("USD");
        assertThat(settings.channels()).isEmpty();
    }

    private static SmsPricingSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("sawt.sms.pricing", SmsPricingSettings.class);
    }
}

package org.sawt.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.sms.SmsPricingSettings.ChannelPrices;

/** Cost estimates from prices per channel and destination country. */
class SmsPricingTest {

    private static final String JORDAN = "+962790123456";
    private static final String MOROCCO = "+212650123456";
    private static final String IRAN = "+989121234567";
    private static final String LATIN_ONE_SEGMENT = "Reply 1 for YES, 2 for NO";
    private static final String ARABIC_TWO_SEGMENTS = "هل توافق على المقترح؟ ".repeat(4);

    private final SmsPricing pricing = new SmsPricing(new SmsPricingSettings("usd", Map.of(
            "twilio-sms", new ChannelPrices(new BigDecimal("0.0500"), Map.of("jo", new BigDecimal("0.0450"))),
            "smpp", new ChannelPrices(new BigDecimal("0.0100"), null),
            "regional", new ChannelPrices(null, Map.of("JO", new BigDecimal("0.02"))))), new SmsEncoding());

    @Test
    void pricesEachSegmentAtItsCountryPriceOrTheChannelDefault() {
        SmsCostEstimate estimate = pricing.estimate("twilio-sms", List.of(
                new OutgoingSms(JORDAN, LATIN_ONE_SEGMENT),
                new OutgoingSms(JORDAN, ARABIC_TWO_SEGMENTS),
                new OutgoingSms(MOROCCO, ARABIC_TWO_SEGMENTS)));

        assertThat(estimate).isEqualTo(new SmsCostEstimate("twilio-sms", 3, 5, new BigDecimal("0.2350"), "USD",
                Map.of("GSM7", 1, "UCS2", 4), true));
    }

    @Test
    void usesTheDefaultAloneWhenTheChannelHasNoCountryPrices() {
        SmsCostEstimate estimate = pricing.estimate("smpp", List.of(
                new OutgoingSms(IRAN, ARABIC_TWO_SEGMENTS), new OutgoingSms("not a number", LATIN_ONE_SEGMENT)));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0300"));
        assertThat(estimate.priced()).isTrue();
    }

    @Test
    void fallsBackToTheDefaultWhenTheCountryCannotBeTold() {
        SmsCostEstimate estimate = pricing.estimate("twilio-sms", List.of(new OutgoingSms("0790123456", "hi")));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0500"));
        assertThat(estimate.priced()).isTrue();
    }

    @Test
    void isNotPricedForAChannelWithoutPrices() {
        SmsCostEstimate estimate = pricing.estimate("telegram", List.of(new OutgoingSms(JORDAN, ARABIC_TWO_SEGMENTS)));

        assertThat(estimate).isEqualTo(new SmsCostEstimate("telegram", 1, 2, new BigDecimal("0.0000"), "USD",
                Map.of("GSM7", 0, "UCS2", 2), false));
    }

    @Test
    void isNotPricedWhenADestinationHasNoPrice() {
        SmsCostEstimate estimate = pricing.estimate("regional", List.of(
                new OutgoingSms(JORDAN, LATIN_ONE_SEGMENT), new OutgoingSms(MOROCCO, LATIN_ONE_SEGMENT)));

        assertThat(estimate.priced()).isFalse();
        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(estimate.segments()).isEqualTo(2);
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        SmsPricing fractional = new SmsPricing(new SmsPricingSettings(null,
                Map.of("smpp", new ChannelPrices(new BigDecimal("0.00005"), Map.of()))), new SmsEncoding());

        SmsCostEstimate estimate = fractional.estimate("smpp", List.of(new OutgoingSms(JORDAN, "hi")));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0001"));
        assertThat(estimate.currency()).isEqualTo("USD");
    }

    @Test
    void estimatesNothingToSendAsZero() {
        SmsCostEstimate estimate = pricing.estimate("smpp", List.of());

        assertThat(estimate).isEqualTo(new SmsCostEstimate("smpp", 0, 0, new BigDecimal("0.0000"), "USD",
                Map.of("GSM7", 0, "UCS2", 0), true));
    }

    @Test
    void refusesNegativePricesAndUnknownCurrencies() {
        assertThatThrownBy(() -> new ChannelPrices(new BigDecimal("-0.01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default");
        assertThatThrownBy(() -> new SmsPricingSettings("DOLLARS", null)).isInstanceOf(IllegalArgumentException.class);
    }
}

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
            "regional", new ChannelPrices(null, Map.of("JO", new BigDecimal("0.02"))),
            "telegram", new ChannelPrices(new BigDecimal("0.0020"), null),
            "twilio-whatsapp", new ChannelPrices(new BigDecimal("0.0080"), Map.of("MA", new BigDecimal("0.0300"))),
            "twilio-voice", new ChannelPrices(new BigDecimal("0.1000"), Map.of("JO", new BigDecimal("0.2500"))))),
            new SmsEncoding());

    @Test
    void pricesEachSegmentAtItsCountryPriceOrTheChannelDefault() {
        CostEstimate estimate = pricing.estimate("twilio-sms", BillingUnit.SEGMENT, List.of(
                new OutgoingMessage(JORDAN, LATIN_ONE_SEGMENT),
                new OutgoingMessage(JORDAN, ARABIC_TWO_SEGMENTS),
                new OutgoingMessage(MOROCCO, ARABIC_TWO_SEGMENTS)));

        assertThat(estimate).isEqualTo(new CostEstimate("twilio-sms", BillingUnit.SEGMENT, 3, 5,
                Map.of("GSM7", 1, "UCS2", 4), null, new BigDecimal("0.2350"), "USD", true));
    }

    @Test
    void usesTheDefaultAloneWhenTheChannelHasNoCountryPrices() {
        CostEstimate estimate = pricing.estimate("smpp", BillingUnit.SEGMENT, List.of(
                new OutgoingMessage(IRAN, ARABIC_TWO_SEGMENTS),
                new OutgoingMessage("not a number", LATIN_ONE_SEGMENT)));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0300"));
        assertThat(estimate.priced()).isTrue();
    }

    @Test
    void fallsBackToTheDefaultWhenTheCountryCannotBeTold() {
        CostEstimate estimate = pricing.estimate("twilio-sms", BillingUnit.SEGMENT,
                List.of(new OutgoingMessage("0790123456", "hi")));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0500"));
        assertThat(estimate.priced()).isTrue();
    }

    @Test
    void isNotPricedForAChannelWithoutPrices() {
        CostEstimate estimate = pricing.estimate("unpriced", BillingUnit.SEGMENT,
                List.of(new OutgoingMessage(JORDAN, ARABIC_TWO_SEGMENTS)));

        assertThat(estimate).isEqualTo(new CostEstimate("unpriced", BillingUnit.SEGMENT, 1, 2,
                Map.of("GSM7", 0, "UCS2", 2), null, new BigDecimal("0.0000"), "USD", false));
    }

    @Test
    void isNotPricedWhenADestinationHasNoPrice() {
        CostEstimate estimate = pricing.estimate("regional", BillingUnit.SEGMENT, List.of(
                new OutgoingMessage(JORDAN, LATIN_ONE_SEGMENT), new OutgoingMessage(MOROCCO, LATIN_ONE_SEGMENT)));

        assertThat(estimate.priced()).isFalse();
        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(estimate.segments()).isEqualTo(2);
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        SmsPricing fractional = new SmsPricing(new SmsPricingSettings(null,
                Map.of("smpp", new ChannelPrices(new BigDecimal("0.00005"), Map.of()))), new SmsEncoding());

        CostEstimate estimate = fractional.estimate("smpp", BillingUnit.SEGMENT,
                List.of(new OutgoingMessage(JORDAN, "hi")));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0001"));
        assertThat(estimate.currency()).isEqualTo("USD");
    }

    @Test
    void estimatesNothingToSendAsZero() {
        CostEstimate estimate = pricing.estimate("smpp", BillingUnit.SEGMENT, List.of());

        assertThat(estimate).isEqualTo(new CostEstimate("smpp", BillingUnit.SEGMENT, 0, 0,
                Map.of("GSM7", 0, "UCS2", 0), null, new BigDecimal("0.0000"), "USD", true));
    }

    @Test
    void pricesEachMessageWhateverItsLengthOnAChannelBilledPerMessage() {
        CostEstimate estimate = pricing.estimate("twilio-whatsapp", BillingUnit.MESSAGE, List.of(
                new OutgoingMessage(JORDAN, ARABIC_TWO_SEGMENTS), new OutgoingMessage(MOROCCO, LATIN_ONE_SEGMENT)));

        assertThat(estimate).isEqualTo(new CostEstimate("twilio-whatsapp", BillingUnit.MESSAGE, 2, null, null, null,
                new BigDecimal("0.0380"), "USD", true));
    }

    @Test
    void pricesMessagesToAddressesWithoutCountryAtTheDefault() {
        CostEstimate estimate = pricing.estimate("telegram", BillingUnit.MESSAGE, List.of(
                new OutgoingMessage("123456789", ARABIC_TWO_SEGMENTS), new OutgoingMessage("a@example.org", "hi")));

        assertThat(estimate.estimatedCost()).isEqualTo(new BigDecimal("0.0040"));
        assertThat(estimate.segments()).isNull();
    }

    @Test
    void countsAndPricesCallsOnAChannelBilledPerCall() {
        CostEstimate estimate = pricing.estimate("twilio-voice", BillingUnit.CALL, List.of(
                new OutgoingMessage(JORDAN, ARABIC_TWO_SEGMENTS), new OutgoingMessage(IRAN, ARABIC_TWO_SEGMENTS)));

        assertThat(estimate).isEqualTo(new CostEstimate("twilio-voice", BillingUnit.CALL, 2, null, null, 2,
                new BigDecimal("0.3500"), "USD", true));
    }

    @Test
    void refusesNegativePricesAndUnknownCurrencies() {
        assertThatThrownBy(() -> new ChannelPrices(new BigDecimal("-0.01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default");
        assertThatThrownBy(() -> new SmsPricingSettings("DOLLARS", null)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.sawt.sms;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Prices per channel ({@code twilio-sms}, {@code smpp}...), with a default and per-country prices keyed by ISO 3166
 * region code, all in one currency. A price is for one unit of what the channel is billed per ({@link BillingUnit}):
 * an SMS segment, a message or a call. A channel without prices is simply not priced.
 */
@ConfigurationProperties("sawt.sms.pricing")
public record SmsPricingSettings(String currency, Map<String, ChannelPrices> channels) {

    public SmsPricingSettings {
        currency = currency == null || currency.isBlank() ? "USD"
                : Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /** The prices of one channel; property {@code default} applies to countries without their own price. */
    public record ChannelPrices(@Name("default") BigDecimal defaultPrice, Map<String, BigDecimal> countries) {

        public ChannelPrices {
            requireNotNegative(defaultPrice, "default");
            countries = countries == null ? Map.of() : countries.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(price -> price.getKey().strip().toUpperCase(Locale.ROOT),
                            price -> requireNotNegative(price.getValue(), price.getKey())));
        }

        /** True when only the default applies, so the destination country need not be known. */
        boolean isFlat() {
            return countries.isEmpty();
        }

        /** The price of one unit to that region (null when unknown), or empty when none is configured. */
        Optional<BigDecimal> perUnit(String regionCode) {
            BigDecimal countryPrice = regionCode == null ? null : countries.get(regionCode);
            return Optional.ofNullable(countryPrice != null ? countryPrice : defaultPrice);
        }

        private static BigDecimal requireNotNegative(BigDecimal price, String key) {
            if (price != null && price.signum() < 0) {
                throw new IllegalArgumentException("Price '" + key + "' must not be negative: " + price);
            }
            return price;
        }
    }
}

package org.sawt.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawt.sms.SmsPricingSettings.ChannelPrices;
import org.sawt.sms.SmsSegments.Encoding;
import org.springframework.stereotype.Service;

/**
 * Estimates what a batch of messages costs on a channel: the units the channel is billed in (SMS segments, messages
 * or calls) times the price for each destination.
 */
@Service
public class SmsPricing {

    private static final int SCALE = 4;
    private static final BigDecimal NO_COST = BigDecimal.ZERO.setScale(SCALE);

    private final SmsPricingSettings settings;
    private final SmsEncoding encoding;
    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    public SmsPricing(SmsPricingSettings settings, SmsEncoding encoding) {
        this.settings = settings;
        this.encoding = encoding;
    }

    /**
     * The estimate for sending these messages on a channel billed per {@code unit}. Each message is priced at its
     * destination country's price, else the channel default; a message with neither leaves the whole estimate
     * unpriced.
     */
    public CostEstimate estimate(String channel, BillingUnit unit, List<OutgoingMessage> messages) {
        ChannelPrices prices = settings.channels().get(channel);
        // a broadcast usually sends one text to everyone, so each distinct text is analysed once
        Map<String, SmsSegments> segmentsByText = new HashMap<>();
        Map<Encoding, Integer> segmentsByEncoding = new EnumMap<>(Encoding.class);
        int units = 0;
        BigDecimal cost = BigDecimal.ZERO;
        boolean priced = prices != null;
        for (OutgoingMessage message : messages) {
            int billed = 1;
            if (unit == BillingUnit.SEGMENT) {
                SmsSegments sms = segmentsByText.computeIfAbsent(message.text(), encoding::analyse);
                billed = sms.segments();
                segmentsByEncoding.merge(sms.encoding(), billed, Integer::sum);
            }
            units += billed;
            Optional<BigDecimal> price = priced ? perUnit(prices, message.address()) : Optional.empty();
            if (price.isPresent()) {
                cost = cost.add(price.get().multiply(BigDecimal.valueOf(billed)));
            } else {
                priced = false;
            }
        }
        BigDecimal estimatedCost = priced ? cost.setScale(SCALE, RoundingMode.HALF_UP) : NO_COST;
        boolean bySegment = unit == BillingUnit.SEGMENT;
        return new CostEstimate(channel, unit, messages.size(), bySegment ? units : null,
                bySegment ? byEncodingName(segmentsByEncoding) : null, unit == BillingUnit.CALL ? units : null,
                estimatedCost, settings.currency(), priced);
    }

    private Optional<BigDecimal> perUnit(ChannelPrices prices, String address) {
        return prices.perUnit(prices.isFlat() ? null : regionOf(address));
    }

    /**
     * The ISO region of an E.164 number, or null when it cannot be told, as for a chat id or an email address (then
     * the channel default applies).
     */
    private String regionOf(String address) {
        try {
            return phoneNumbers.getRegionCodeForNumber(phoneNumbers.parse(address, null));
        } catch (NumberParseException notE164) {
            return null;
        }
    }

    private static Map<String, Integer> byEncodingName(Map<Encoding, Integer> segmentsByEncoding) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (Encoding encoding : Encoding.values()) {
            byName.put(encoding.name(), segmentsByEncoding.getOrDefault(encoding, 0));
        }
        return byName;
    }
}

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

/** Estimates what a batch of SMS costs on a channel: segments of each text times the price for its destination. */
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
     * The estimate for sending these messages on the channel. Each message is priced at its destination country's
     * price, else the channel default; a message with neither leaves the whole estimate unpriced.
     */
    public SmsCostEstimate estimate(String channel, List<OutgoingSms> messages) {
        ChannelPrices prices = settings.channels().get(channel);
        // a broadcast usually sends one text to everyone, so each distinct text is analysed once
        Map<String, SmsSegments> segmentsByText = new HashMap<>();
        Map<Encoding, Integer> segmentsByEncoding = new EnumMap<>(Encoding.class);
        int segments = 0;
        BigDecimal cost = BigDecimal.ZERO;
        boolean priced = prices != null;
        for (OutgoingSms message : messages) {
            SmsSegments sms = segmentsByText.computeIfAbsent(message.text(), encoding::analyse);
            segments += sms.segments();
            segmentsByEncoding.merge(sms.encoding(), sms.segments(), Integer::sum);
            Optional<BigDecimal> price = priced ? perSegment(prices, message.e164Phone()) : Optional.empty();
            if (price.isPresent()) {
                cost = cost.add(price.get().multiply(BigDecimal.valueOf(sms.segments())));
            } else {
                priced = false;
            }
        }
        return new SmsCostEstimate(channel, messages.size(), segments,
                priced ? cost.setScale(SCALE, RoundingMode.HALF_UP) : NO_COST, settings.currency(),
                byEncodingName(segmentsByEncoding), priced);
    }

    private Optional<BigDecimal> perSegment(ChannelPrices prices, String e164Phone) {
        return prices.perSegment(prices.isFlat() ? null : regionOf(e164Phone));
    }

    /** The ISO region of the number, or null when it cannot be told (then the channel default applies). */
    private String regionOf(String e164Phone) {
        try {
            return phoneNumbers.getRegionCodeForNumber(phoneNumbers.parse(e164Phone, null));
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

package org.sawt.sms;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What sending a batch of SMS on one channel would cost: messages, segments (also per encoding, keys {@code GSM7}
 * and {@code UCS2}) and the cost at the configured prices. When {@code priced} is false a price was missing for the
 * channel or for some destination, and {@code estimatedCost} is zero rather than a guess.
 */
public record SmsCostEstimate(String channel, int messages, int segments, BigDecimal estimatedCost, String currency,
        Map<String, Integer> segmentsByEncoding, boolean priced) {

    public SmsCostEstimate {
        segmentsByEncoding = Collections.unmodifiableMap(new LinkedHashMap<>(segmentsByEncoding));
    }
}

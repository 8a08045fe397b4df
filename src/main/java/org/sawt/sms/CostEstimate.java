package org.sawt.sms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What sending a batch of messages on one channel would cost, counted in the unit the channel is billed in
 * ({@code billedPer}): always the messages; on SMS channels also their segments (per encoding, keys {@code GSM7}
 * and {@code UCS2}); on voice the calls. Counts that do not apply to the channel are null and left out of the JSON.
 * When {@code priced} is false a price was missing for the channel or for some destination, and
 * {@code estimatedCost} is zero rather than a guess.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostEstimate(String channel, BillingUnit billedPer, int messages, Integer segments,
        Map<String, Integer> segmentsByEncoding, Integer calls, BigDecimal estimatedCost, String currency,
        boolean priced) {

    public CostEstimate {
        segmentsByEncoding = segmentsByEncoding == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(segmentsByEncoding));
    }
}

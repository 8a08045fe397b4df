package org.sawt.trigger;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's channel order for triggered engagements (the first enabled channel the contact has an address
 * for wins) and its quiet hours, in which nothing triggered is sent; without a start or an end there are none.
 */
@ConfigurationProperties("sawt.triggers")
record TriggerSettings(List<String> channels, QuietHoursWindow quietHours) {

    static final List<String> DEFAULT_CHANNELS =
            List.of("telegram", "twilio-whatsapp", "twilio-sms", "smpp", "email", "simulator");

    TriggerSettings {
        channels = channels == null || channels.isEmpty() ? DEFAULT_CHANNELS : List.copyOf(channels);
        quietHours = quietHours == null ? new QuietHoursWindow(null, null, null) : quietHours;
    }

    /** From {@code start} to {@code end} (wrapping past midnight when end is earlier) in {@code zone}. */
    record QuietHoursWindow(LocalTime start, LocalTime end, ZoneId zone) {

        QuietHoursWindow {
            zone = zone == null ? ZoneId.of("UTC") : zone;
        }
    }
}

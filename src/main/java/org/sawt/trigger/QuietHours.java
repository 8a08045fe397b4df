package org.sawt.trigger;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** When the deployment's quiet hours hold a message back, and until when. */
@Component
class QuietHours {

    private final TriggerSettings.QuietHoursWindow window;

    QuietHours(TriggerSettings settings) {
        this.window = settings.quietHours();
    }

    /** The end of the quiet hours that {@code at} falls in; empty when a message may go out at once. */
    Optional<Instant> endIfQuiet(Instant at) {
        LocalTime start = window.start();
        LocalTime end = window.end();
        if (start == null || end == null || start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(window.zone());
        LocalTime time = local.toLocalTime();
        boolean wraps = end.isBefore(start);
        boolean quiet = wraps ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end);
        return Optional.of((time.isBefore(end) ? endToday : endToday.plusDays(1)).toInstant());
    }
}

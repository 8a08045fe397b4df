package org.sawt.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Quiet hours from 21:00 to 08:00 in Amman (UTC+3), wrapping past midnight. */
class QuietHoursTest {

    private static final ZoneId AMMAN = ZoneId.of("Asia/Amman");
    private final QuietHours quietHours = new QuietHours(new TriggerSettings(null,
            new TriggerSettings.QuietHoursWindow(LocalTime.of(21, 0), LocalTime.of(8, 0), AMMAN)));

    @Test
    void theEveningWaitsForTheNextMorning() {
        assertThat(quietHours.endIfQuiet(at(2026, 11, 23, 22, 30))).contains(at(2026, 11, 24, 8, 0));
        assertThat(quietHours.endIfQuiet(at(2026, 11, 23, 21, 0))).contains(at(2026, 11, 24, 8, 0));
    }

    @Test
    void theEarlyMorningWaitsUntilEight() {
        assertThat(quietHours.endIfQuiet(at(2026, 11, 24, 3, 15))).contains(at(2026, 11, 24, 8, 0));
    }

    @Test
    void theDayIsNotQuiet() {
        assertThat(quietHours.endIfQuiet(at(2026, 11, 24, 8, 0))).isEmpty();
        assertThat(quietHours.endIfQuiet(at(2026, 11, 24, 20, 59))).isEmpty();
    }

    @Test
    void aWindowWithinOneDayAndNoWindowAtAll() {
        QuietHours lunch = new QuietHours(new TriggerSettings(null,
                new TriggerSettings.QuietHoursWindow(LocalTime.of(12, 0), LocalTime.of(13, 0), AMMAN)));
        assertThat(lunch.endIfQuiet(at(2026, 11, 24, 12, 30))).contains(at(2026, 11, 24, 13, 0));
        assertThat(lunch.endIfQuiet(at(2026, 11, 24, 13, 30))).isEmpty();
        QuietHours none = new QuietHours(new TriggerSettings(null,
                new TriggerSettings.QuietHoursWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, AMMAN)));
        assertThat(none.endIfQuiet(at(2026, 11, 24, 3, 0))).isEmpty();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, AMMAN).toInstant();
    }
}

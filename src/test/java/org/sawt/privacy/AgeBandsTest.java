package org.sawt.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

    private static final Year NOW = Year.of(2026);

    @Test
    void agesFallInFiveYearBands() {
        assertThat(AgeBands.of(2001, NOW)).isEqualTo("25-29");
        assertThat(AgeBands.of(1997, NOW)).isEqualTo("25-29");
        assertThat(AgeBands.of(1996, NOW)).isEqualTo("30-34");
        assertThat(AgeBands.of(2026, NOW)).isEqualTo("0-4");
    }

    @Test
    void unknownOrImpossibleYearsAreNotStated() {
        assertThat(AgeBands.of(null, NOW)).isEqualTo("not stated");
        assertThat(AgeBands.of(2030, NOW)).isEqualTo("not stated");
    }
}

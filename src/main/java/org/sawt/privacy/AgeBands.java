package org.sawt.privacy;

import java.time.Year;

/** Ages leave the gateway only as five-year bands ("25-29"), or "not stated" when the year of birth is unknown. */
public final class AgeBands {

    public static final String NOT_STATED = "not stated";
    private static final int WIDTH = 5;

    private AgeBands() {
    }

    /** The band of someone born in {@code birthYear} (null when not stated), as of {@code now}. */
    public static String of(Integer birthYear, Year now) {
        if (birthYear == null || birthYear > now.getValue()) {
            return NOT_STATED;
        }
        int age = now.getValue() - birthYear;
        int lower = age / WIDTH * WIDTH;
        return lower + "-" + (lower + WIDTH - 1);
    }
}

package org.sawt.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Languages Sawt speaks to citizens in; the code is the ISO 639-1 tag used in every text map. */
public enum Language {
    AR("ar", true), EN("en", false), FA("fa", true), FR("fr", false);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static String supportedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}

package org.sawt.contact;

import java.util.Locale;
import org.sawt.shared.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Defaults for contacts: the region national phone numbers belong to, and the language of new contacts. */
@ConfigurationProperties("sawt.contacts")
public record ContactSettings(String defaultRegion, Language defaultLanguage) {

    public ContactSettings {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "JO"
                : defaultRegion.strip().toUpperCase(Locale.ROOT);
        defaultLanguage = defaultLanguage == null ? Language.AR : defaultLanguage;
    }
}

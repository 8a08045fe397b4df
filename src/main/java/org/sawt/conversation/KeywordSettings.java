package org.sawt.conversation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The words that, sent alone, opt a participant out, back in, or ask for help; set per deployment. */
@ConfigurationProperties("sawt.keywords")
record KeywordSettings(List<String> stop, List<String> start, List<String> help) {

    KeywordSettings {
        stop = stop == null ? List.of() : List.copyOf(stop);
        start = start == null ? List.of() : List.copyOf(start);
        help = help == null ? List.of() : List.copyOf(help);
    }
}

package org.sawt.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Recognises a keyword message (STOP, START, HELP families in any configured language). Only a message that
 * is the keyword alone counts, compared after the same normalisation as answers (case, digits, ي/ی, ك/ک).
 */
@Component
class Keywords {

    /** What a keyword asks for. */
    enum Keyword { STOP, START, HELP }

    private final Map<String, Keyword> byKey = new HashMap<>();

    Keywords(KeywordSettings settings) {
        register(settings.stop(), Keyword.STOP);
        register(settings.start(), Keyword.START);
        register(settings.help(), Keyword.HELP);
    }

    Optional<Keyword> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(keyOf(text)));
    }

    private void register(List<String> words, Keyword keyword) {
        for (String word : words) {
            Keyword previous = byKey.put(keyOf(word), keyword);
            if (previous != null && previous != keyword) {
                throw new IllegalStateException("Keyword '" + word + "' is configured as both " + previous
                        + " and " + keyword);
            }
        }
    }

    private static String keyOf(String text) {
        return ReplyText.key(ReplyText.normalise(text));
    }
}

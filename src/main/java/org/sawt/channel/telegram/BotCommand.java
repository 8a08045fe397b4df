package org.sawt.channel.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command as Telegram clients send it: {@code /name}, optionally {@code @BotName}, then an argument
 * ({@code /start e_…} when a deep link was opened). Names are compared in lower case.
 */
record BotCommand(String name, String argument) {

    private static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\\s+(.*))?",
            Pattern.DOTALL);

    static Optional<BotCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = COMMAND.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new BotCommand(matcher.group(1).toLowerCase(Locale.ROOT), argument));
    }

    boolean hasArgument() {
        return !argument.isEmpty();
    }
}

package org.sawt.channel.twilio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Recorded prompts an operator drops into {@code <promptsDir>/<language>/<message key>.mp3} (or {@code .wav}),
 * e.g. {@code prompts/ar/menu.goodbye.mp3}: played instead of text-to-speech for that fixed phrase. Engagement
 * content (titles, questions, options) is always spoken, as it changes with every engagement.
 */
@Component
class VoicePrompts {

    private static final List<String> EXTENSIONS = List.of(".mp3", ".wav");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9.-]*\\.(mp3|wav)");

    private final Path directory;

    VoicePrompts(TwilioVoiceSettings settings) {
        this.directory = settings.promptsDir();
    }

    /** The recording's file name for this phrase in this language, if the operator provided one. */
    Optional<String> recorded(String key, Language language) {
        if (key == null) {
            return Optional.empty();
        }
        return EXTENSIONS.stream().map(extension -> key + extension)
                .filter(file -> Files.isRegularFile(directory.resolve(language.code()).resolve(file)))
                .findFirst();
    }

    /** The file to serve for a prompt URL; empty for anything that is not a prompt file name. */
    Optional<Path> file(String languageCode, String fileName) {
        if (Language.fromCode(languageCode).isEmpty() || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(languageCode).resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}

package org.sawt.channel.twilio;

import java.nio.file.Path;
import java.util.List;
import org.sawt.shared.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Voice calls through the Twilio account: switched on separately, calling from {@code fromNumber} (else the SMS
 * number), at most {@code callsPerSecond} new calls (Twilio's default for an account is 1), in the languages
 * Twilio's text-to-speech speaks (it has no Persian voice: Persian needs every prompt recorded), with recorded
 * prompts, when present, under {@code promptsDir/<language>/}.
 */
@ConfigurationProperties("sawt.channels.twilio-voice")
record TwilioVoiceSettings(boolean enabled, String fromNumber, int callsPerSecond, Path promptsDir,
        List<Language> languages) {

    TwilioVoiceSettings {
        fromNumber = fromNumber == null || fromNumber.isBlank() ? null : fromNumber.strip();
        callsPerSecond = callsPerSecond <= 0 ? 1 : callsPerSecond;
        promptsDir = promptsDir == null ? Path.of("channels/twilio-voice/prompts") : promptsDir;
        languages = languages == null || languages.isEmpty() ? List.of(Language.AR, Language.EN, Language.FR)
                : List.copyOf(languages);
    }
}

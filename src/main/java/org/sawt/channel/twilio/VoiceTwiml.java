package org.sawt.channel.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sawt.channel.MenuScreen;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Writes a menu screen as TwiML: each line spoken ({@code <Say>} with an Amazon Polly voice of its language) or
 * played when a recording exists, inside a {@code <Gather input="dtmf">} whose action is the next step; when the
 * caller presses nothing, Twilio follows the {@code <Redirect>} to the same step without digits (the menu says it
 * heard nothing and asks again). A closing screen ends with {@code <Hangup/>}.
 */
@Component
class VoiceTwiml {

    private static final int SECONDS_TO_ANSWER = 8;
    private static final String HASH = "#";
    /** Twilio's Polly voices (twilio.com/docs/voice/twiml/say/text-speech); Polly has no Persian voice. */
    private static final Map<Language, Voice> VOICES = Map.of(
            Language.AR, new Voice(Say.Voice.POLLY_ZEINA, Say.Language.ARB),
            Language.EN, new Voice(Say.Voice.POLLY_JOANNA, Say.Language.EN_US),
            Language.FR, new Voice(Say.Voice.POLLY_LEA, Say.Language.FR_FR));

    private record Voice(Say.Voice name, Say.Language language) {
    }

    private final VoicePrompts prompts;
    private final TwilioWebhookUrls urls;

    VoiceTwiml(VoicePrompts prompts, TwilioWebhookUrls urls) {
        this.prompts = prompts;
        this.urls = urls;
    }

    /** The TwiML of the screen, whose input arrives as step {@code nextStep}. */
    String render(MenuScreen screen, int nextStep) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (screen.last()) {
            screen.lines().forEach(line -> addLine(screen, line, response::say, response::play));
            return response.hangup(new Hangup.Builder().build()).build().toXml();
        }
        Gather.Builder gather = new Gather.Builder().inputs(List.of(Gather.Input.DTMF))
                .action(urls.voice(nextStep)).method(HttpMethod.POST).timeout(SECONDS_TO_ANSWER);
        if (screen.input() == MenuScreen.Input.CHOICE && screen.choices() <= 9) {
            gather.numDigits(1);
        } else {
            gather.finishOnKey(HASH);
        }
        screen.lines().forEach(line -> addLine(screen, line, gather::say, gather::play));
        return response.gather(gather.build())
                .redirect(new Redirect.Builder(urls.voice(nextStep)).method(HttpMethod.POST).build())
                .build().toXml();
    }

    /** The line played from its recording when there is one, else spoken. */
    private void addLine(MenuScreen screen, MenuScreen.Line line, Consumer<Say> spoken, Consumer<Play> played) {
        Language language = line.in(screen.language());
        prompts.recorded(line.recording(), language).ifPresentOrElse(
                file -> played.accept(play(language, file)), () -> spoken.accept(say(line.text(), language)));
    }

    private Play play(Language language, String file) {
        return new Play.Builder(urls.prompt(language.code(), file)).build();
    }

    private static Say say(String text, Language language) {
        Voice voice = VOICES.get(language);
        Say.Builder say = new Say.Builder(text);
        return voice == null ? say.build() : say.voice(voice.name()).language(voice.language()).build();
    }
}

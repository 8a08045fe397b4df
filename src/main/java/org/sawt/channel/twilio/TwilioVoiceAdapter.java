package org.sawt.channel.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.List;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.PermanentSendFailure;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;
import org.sawt.sms.BillingUnit;
import org.springframework.stereotype.Component;

/**
 * Voice calls through Twilio: a broadcast places a call whose answer is the voice menu (Twilio fetches
 * {@code /channels/twilio/voice}); how the call ended comes back on the call status callback. The Call SID is the
 * message's provider id. On with the Twilio account, {@code TWILIO_VOICE_ENABLED} and a number to call from.
 */
@Component
public class TwilioVoiceAdapter implements ChannelAdapter {

    static final String NAME = "twilio-voice";
    private static final List<String> REPORTED_EVENTS = List.of("completed");

    private final TwilioSettings settings;
    private final TwilioVoiceSettings voice;
    private final TwilioWebhookUrls urls;
    private final TwilioRestClient client;

    TwilioVoiceAdapter(TwilioSettings settings, TwilioVoiceSettings voice, TwilioWebhookUrls urls) {
        this.settings = settings;
        this.voice = voice;
        this.urls = urls;
        this.client = settings.hasAccount() ? TwilioRestClients.create(settings) : null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.PHONE;
    }

    @Override
    public boolean enabled() {
        return settings.hasAccount() && voice.enabled() && caller() != null;
    }

    /** An invitation is a call; its price is configured per call. */
    @Override
    public BillingUnit billingUnit() {
        return BillingUnit.CALL;
    }

    /** The menu runs inside the call; an input left unhandled is never replayed as a text message. */
    @Override
    public boolean answersInRequest() {
        return true;
    }

    /** Places the call; the message's text is not spoken, the menu is (from its invitation on). */
    @Override
    public String send(OutboundMessage message) {
        if (!enabled()) {
            throw new PermanentSendFailure("Twilio voice is off: set TWILIO_VOICE_ENABLED and a number to call from");
        }
        try {
            return Call.creator(new PhoneNumber(message.address()), new PhoneNumber(caller()),
                            URI.create(urls.voice(0)))
                    .setMethod(HttpMethod.POST)
                    .setStatusCallback(urls.voiceStatusCallback())
                    .setStatusCallbackEvent(REPORTED_EVENTS)
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .create(client).getSid();
        } catch (ApiConnectionException e) {
            throw new TwilioTemporaryFailure("Twilio did not answer: " + e.getMessage());
        } catch (ApiException e) {
            if (e.getStatusCode() == null) {
                throw new TwilioTemporaryFailure("Twilio's answer could not be read: " + TwilioMessages.maskedReason(e));
            }
            throw new PermanentSendFailure(TwilioMessages.maskedReason(e));
        }
    }

    /** The language menu offers these: the ones Twilio's voices speak, unless the operator says otherwise. */
    List<Language> languages() {
        return voice.languages();
    }

    private String caller() {
        return voice.fromNumber() != null ? voice.fromNumber() : settings.fromNumber();
    }
}

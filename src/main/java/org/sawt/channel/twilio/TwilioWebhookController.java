package org.sawt.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.ProducerTemplate;
import org.sawt.channel.InboundMessage;
import org.sawt.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks, both signed with {@code X-Twilio-Signature}: incoming SMS and WhatsApp messages (answered
 * with empty TwiML, the reply goes out through the REST API) and status callbacks for the messages we sent.
 */
@RestController
@RequestMapping(TwilioWebhookUrls.BASE_PATH)
class TwilioWebhookController {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    private static final String EMPTY_TWIML = "<Response/>";

    private final TwilioSignedRequests signatures;
    private final TwilioSmsAdapter sms;
    private final TwilioWhatsAppAdapter whatsApp;
    private final TwilioInboundMessages inboundMessages;
    private final TwilioDeliveryReports deliveryReports;
    private final ProducerTemplate camel;

    TwilioWebhookController(TwilioSettings settings, TwilioWebhookUrls urls, TwilioSmsAdapter sms,
            TwilioWhatsAppAdapter whatsApp, TwilioInboundMessages inboundMessages,
            TwilioDeliveryReports deliveryReports, ProducerTemplate camel) {
        this.signatures = new TwilioSignedRequests(settings, urls);
        this.sms = sms;
        this.whatsApp = whatsApp;
        this.inboundMessages = inboundMessages;
        this.deliveryReports = deliveryReports;
        this.camel = camel;
    }

    /** A citizen's SMS or WhatsApp message: stored once per MessageSid, then answered by the conversation. */
    @PostMapping(path = "/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> inbound(@RequestBody(required = false) MultiValueMap<String, String> form,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature, HttpServletRequest request) {
        MultiValueMap<String, String> fields = requireSigned(form, signature, request);
        InboundMessage message = inboundMessages.from(fields);
        if (!enabled(message.channel())) {
            throw new NotFoundException("Channel", message.channel());
        }
        camel.sendBody("direct:inbound-" + message.channel(), message);
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    /** The delivery status of a message we sent. */
    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(@RequestBody(required = false) MultiValueMap<String, String> form,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature, HttpServletRequest request) {
        deliveryReports.record(requireSigned(form, signature, request));
        return ResponseEntity.noContent().build();
    }

    private MultiValueMap<String, String> requireSigned(MultiValueMap<String, String> form, String signature,
            HttpServletRequest request) {
        return signatures.requireSigned(form, signature, request, TwilioSmsAdapter.NAME);
    }

    private boolean enabled(String channel) {
        return TwilioWhatsAppAdapter.NAME.equals(channel) ? whatsApp.enabled() : sms.enabled();
    }
}

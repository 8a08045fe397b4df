package org.sawt.channel.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message for an outbound message: multipart/alternative text and HTML, the participant's
 * reply token in the Reply-To address and the subject, our own Message-ID (the provider message id), and the
 * reply address as envelope sender so that bounces come back to the mailbox the gateway reads, tagged with the
 * token.
 */
@Component
class EmailComposer {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final EmailSettings settings;
    private final EmailTokens tokens;
    private final Contacts contacts;
    private final Engagements engagements;
    private final EmailRenderer renderer;

    EmailComposer(EmailSettings settings, EmailTokens tokens, Contacts contacts, Engagements engagements,
            EmailRenderer renderer) {
        this.settings = settings;
        this.tokens = tokens;
        this.contacts = contacts;
        this.engagements = engagements;
        this.renderer = renderer;
    }

    MimeMessage compose(OutboundMessage message) throws MessagingException {
        Optional<Contact> contact = Optional.ofNullable(message.contactId()).flatMap(contacts::find);
        Optional<Engagement> engagement = Optional.ofNullable(message.engagementId()).flatMap(engagements::find);
        Language contactLanguage = contact.map(Contact::language).orElse(null);
        Language language = engagement.map(e -> e.languageFor(contactLanguage)).orElse(contactLanguage);
        String token = contact.isPresent() && engagement.isPresent()
                ? tokens.issue(contact.get().id(), engagement.get().id()) : null;
        EmailRenderer.Rendered rendered = renderer.render(message, engagement.orElse(null), language, token,
                settings.fromName());
        ReplyAddress replyAddress = new ReplyAddress(settings.replyToAddress());
        String replyTo = token == null ? replyAddress.base() : replyAddress.withToken(token);

        SMTPMessage mime = new SMTPMessage(SESSION);
        mime.setEnvelopeFrom(replyTo);
        mime.setFrom(address(settings.fromAddress(), settings.fromName()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.address(), true));
        mime.setReplyTo(new InternetAddress[] {address(replyTo, settings.fromName())});
        mime.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        mime.setHeader("Message-ID", messageId(message));
        // RFC 3834: out-of-office responders must not answer mail marked as sent automatically
        mime.setHeader("Auto-Submitted", message.broadcastId() != null ? "auto-generated" : "auto-replied");
        if (language != null) {
            mime.setHeader("Content-Language", language.code());
        }
        if (token != null) {
            mime.setHeader("List-Unsubscribe", "<mailto:" + replyTo + "?subject=STOP>");
        }
        mime.setContent(alternative(rendered));
        return mime;
    }

    /** The Message-ID of the email for an outbound message; it is also the provider message id. */
    String messageId(OutboundMessage message) {
        String from = settings.fromAddress();
        return "<" + message.id() + "@" + from.substring(from.lastIndexOf('@') + 1) + ">";
    }

    private static MimeMultipart alternative(EmailRenderer.Rendered rendered) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            return new InternetAddress(address, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }
}

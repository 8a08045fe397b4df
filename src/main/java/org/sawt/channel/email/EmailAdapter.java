package org.sawt.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.PermanentSendFailure;
import org.sawt.shared.AddressKind;
import org.springframework.stereotype.Component;

/**
 * Email through an SMTP server (camel-mail): invitations list every question and are answered by one reply,
 * matched by the token in the Reply-To address. On when {@code sawt.channels.email.enabled} is set, which
 * requires the SMTP host and the other settings (see {@link EmailSettings}).
 */
@Component("emailAdapter")
public class EmailAdapter implements ChannelAdapter {

    static final String NAME = "email";

    private final EmailSettings settings;
    private final EmailComposer composer;
    private final ProducerTemplate camel;
    private final String smtpUri;

    EmailAdapter(EmailSettings settings, EmailComposer composer, ProducerTemplate camel) {
        this.settings = settings;
        this.composer = composer;
        this.camel = camel;
        this.smtpUri = MailServers.smtpUri(settings.smtp());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.EMAIL;
    }

    @Override
    public boolean enabled() {
        return settings.enabled() && settings.smtp().host() != null;
    }

    /** IMAP keeps an unhandled reply unseen (the route peeks), so the next poll hands it to us again. */
    @Override
    public boolean redeliversUntilHandled() {
        return true;
    }

    /** Sends the email and returns its Message-ID; a recipient the server refuses for good is not retried. */
    @Override
    public String send(OutboundMessage message) {
        MimeMessage mime;
        try {
            mime = composer.compose(message);
        } catch (AddressException e) {
            throw new PermanentSendFailure("Not a valid email address: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the email", e);
        }
        try {
            camel.sendBody(smtpUri, mime);
        } catch (CamelExecutionException e) {
            if (refusedForGood(e.getCause())) {
                throw new PermanentSendFailure("The mail server refused the recipient: " + e.getCause().getMessage(),
                        e.getCause());
            }
            throw e;
        }
        return composer.messageId(message);
    }

    /** 5xx answers about the recipient or the message are final; 4xx and connection errors are worth a retry. */
    private static boolean refusedForGood(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode() >= 500;
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode() >= 500;
            }
        }
        return false;
    }
}

package org.sawt.channel.email;

import jakarta.mail.PasswordAuthentication;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.apache.camel.component.mail.MailAuthenticator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How camel-mail reaches the SMTP and IMAP servers. Credentials and TLS settings are beans the endpoints name
 * ({@code authenticator=#emailImapAuthenticator}), so passwords never appear in an endpoint URI, a route file
 * or a log line.
 */
@Configuration(proxyBeanMethods = false)
class MailServers {

    private static final int WRITE_TIMEOUT_MS = 30_000;

    @Bean
    EmailTokens emailTokens(EmailSettings settings) {
        // a disabled channel sends and reads nothing: a throwaway secret keeps its beans simple
        return new EmailTokens(settings.enabled() ? settings.tokenSecret() : throwawaySecret());
    }

    @Bean
    MailAuthenticator emailSmtpAuthenticator(EmailSettings settings) {
        return authenticator(settings.smtp());
    }

    @Bean
    Properties emailSmtpProperties(EmailSettings settings) {
        return javaMailProperties("smtp", settings.smtp().security());
    }

    @Bean
    MailAuthenticator emailImapAuthenticator(EmailSettings settings) {
        return authenticator(settings.imap());
    }

    @Bean
    Properties emailImapProperties(EmailSettings settings) {
        return javaMailProperties("imap", settings.imap().security());
    }

    /** The camel-mail endpoint for sending; the port defaults to the usual one for the security chosen. */
    static String smtpUri(EmailSettings.Server smtp) {
        int port = smtp.port() > 0 ? smtp.port() : switch (smtp.security()) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
        return "smtp://" + (smtp.host() == null ? "localhost" : smtp.host()) + ":" + port
                + "?authenticator=#emailSmtpAuthenticator&additionalJavaMailProperties=#emailSmtpProperties";
    }

    /** Protocol "smtp"/"imap" with TLS switched on by property, so one setting decides and routes need not. */
    private static Properties javaMailProperties(String protocol, EmailSettings.Security security) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        if (security == EmailSettings.Security.SSL) {
            properties.setProperty(prefix + "ssl.enable", "true");
        }
        if (security == EmailSettings.Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (security != EmailSettings.Security.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        properties.setProperty(prefix + "writetimeout", Integer.toString(WRITE_TIMEOUT_MS));
        return properties;
    }

    private static MailAuthenticator authenticator(EmailSettings.Server server) {
        return new MailAuthenticator() {
            @Override
            public PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(server.username(), server.password());
            }
        };
    }

    private static String throwawaySecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}

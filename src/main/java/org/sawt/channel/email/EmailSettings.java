package org.sawt.channel.email;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The email channel's settings, from the environment: the SMTP server invitations leave through, the IMAP
 * mailbox replies arrive in, the addresses mail is sent from and answered to, and the secret that signs reply
 * tokens. The IMAP folder, poll interval and delete flag are read by routes/email.camel.yaml directly.
 */
@ConfigurationProperties("sawt.channels.email")
record EmailSettings(boolean enabled, String fromAddress, @DefaultValue("Sawt") String fromName,
        String replyToAddress, String tokenSecret, @DefaultValue Server smtp, @DefaultValue Server imap) {

    /** Shortest token secret accepted: 32 characters of a random string carry enough entropy for HMAC-SHA256. */
    static final int MIN_SECRET_LENGTH = 32;
    /** "+" and the token must fit with it in the 64 characters an address's local part may have (RFC 5321). */
    static final int MAX_REPLY_LOCAL_PART = 64 - 1 - EmailTokens.LENGTH;

    /** How a connection to a mail server is protected. */
    enum Security {
        /** TLS from the first byte (SMTP 465, IMAP 993). */
        SSL,
        /** Plain connection upgraded with STARTTLS, which is required (SMTP 587, IMAP 143). */
        STARTTLS,
        /** No TLS: only for a server on the same host or a test server. */
        NONE
    }

    /** One mail server and the account on it. */
    record Server(String host, int port, String username, String password,
            @DefaultValue("STARTTLS") Security security) {

        Server {
            host = blankToNull(host);
            username = blankToNull(username);
            password = blankToNull(password);
        }

        /** The server without its password, safe for logs. */
        @Override
        public String toString() {
            return "Server[host=" + host + ", port=" + port + ", username=" + username + ", password="
                    + (password == null ? "unset" : "***") + ", security=" + security + "]";
        }
    }

    EmailSettings {
        fromAddress = blankToNull(fromAddress);
        replyToAddress = blankToNull(replyToAddress);
        tokenSecret = blankToNull(tokenSecret);
        if (enabled) {
            requireComplete(fromAddress, replyToAddress, tokenSecret, smtp, imap);
        }
    }

    /** Settings with the secret and passwords left out, safe for logs. */
    @Override
    public String toString() {
        return "EmailSettings[enabled=" + enabled + ", fromAddress=" + fromAddress + ", fromName=" + fromName
                + ", replyToAddress=" + replyToAddress + ", tokenSecret=" + (tokenSecret == null ? "unset" : "***")
                + ", smtp=" + smtp + ", imap=" + imap + "]";
    }

    /** A channel switched on without what it needs would fail on every message: refuse to start instead. */
    private static void requireComplete(String from, String replyTo, String secret, Server smtp, Server imap) {
        List<String> missing = new ArrayList<>();
        if (smtp.host() == null) {
            missing.add("SMTP host (sawt.channels.email.smtp.host)");
        }
        if (imap.host() == null) {
            missing.add("IMAP host (sawt.channels.email.imap.host)");
        }
        if (from == null) {
            missing.add("from address (sawt.channels.email.from-address)");
        }
        if (replyTo == null || !replyTo.contains("@") || replyTo.indexOf('@') > MAX_REPLY_LOCAL_PART) {
            missing.add("reply-to address with a local part of at most " + MAX_REPLY_LOCAL_PART
                    + " characters (sawt.channels.email.reply-to-address)");
        }
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            missing.add("token secret of at least " + MIN_SECRET_LENGTH + " characters (SAWT_EMAIL_TOKEN_SECRET)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The email channel is enabled but lacks: " + String.join(", ", missing));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

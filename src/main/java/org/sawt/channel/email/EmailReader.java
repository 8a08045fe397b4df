package org.sawt.channel.email;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The first step for every email the IMAP route polls: decides whether it is a reply, a bounce or machine mail,
 * keeps the new text of a reply only (plain part preferred, HTML converted) and finds the reply token.
 */
@Component("emailReader")
public class EmailReader {

    private static final String[] TOKEN_HEADERS = {"Delivered-To", "X-Original-To", "Envelope-To"};
    /** Far beyond any answer (a book is about a million characters); bounds the work a hostile email can cause. */
    private static final int MAX_BODY_CHARS = 1_000_000;

    private final ReplyAddress replyAddress;
    private final Set<String> ownAddresses;

    EmailReader(EmailSettings settings) {
        this.replyAddress = new ReplyAddress(settings.replyToAddress() == null ? "sawt@localhost"
                : settings.replyToAddress());
        String from = settings.fromAddress() == null ? "" : settings.fromAddress().toLowerCase(Locale.ROOT);
        this.ownAddresses = Set.copyOf(List.of(from, replyAddress.base()));
    }

    /** What the gateway needs of a polled email; reads its parts while the IMAP folder is still open. */
    public ReceivedEmail read(Message message) throws MessagingException, IOException {
        String sender = sender(message);
        String subject = message.getSubject() == null ? "" : message.getSubject();
        ReceivedEmail.Kind kind = EmailKinds.of(message, sender, subject, ownAddresses);
        String token = token(message, subject);
        Instant receivedAt = receivedAt(message);
        if (kind == ReceivedEmail.Kind.BOUNCE) {
            return new ReceivedEmail(kind, sender, messageId(message, sender, ""), "", receivedAt, token,
                    DeliveryReport.failedRecipients(message), DeliveryReport.bouncedMessageId(message));
        }
        String text = "";
        if (kind == ReceivedEmail.Kind.REPLY) {
            text = ReplyTextExtractor.newText(bodyText(message));
            if (text.isEmpty()) {
                // a mail client's unsubscribe button, or a one-word answer typed in the subject
                text = ReplyAddress.withoutTagAndPrefixes(subject);
            }
        }
        return new ReceivedEmail(kind, sender, messageId(message, sender, text), text, receivedAt, token, List.of(),
                null);
    }

    /** The readable text of a message: its plain part, else its HTML part as text; attachments are skipped. */
    static String bodyText(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return bounded(part);
        }
        if (part.isMimeType("text/html")) {
            return HtmlText.toPlain(bounded(part));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            List<Part> children = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                children.add(parts.getBodyPart(i));
            }
            if (part.isMimeType("multipart/alternative")) {
                for (Part child : children) {
                    if (child.isMimeType("text/plain")) {
                        return bodyText(child);
                    }
                }
            }
            for (Part child : children) {
                String text = bodyText(child);
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String bounded(Part part) throws MessagingException, IOException {
        String text = String.valueOf(part.getContent());
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text;
    }

    private String token(Message message, String subject) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        Address[] addressed = message.getAllRecipients();
        for (Address address : addressed == null ? new Address[0] : addressed) {
            if (address instanceof InternetAddress internet) {
                recipients.add(internet.getAddress());
            }
        }
        for (String header : TOKEN_HEADERS) {
            String[] values = message.getHeader(header);
            recipients.addAll(values == null ? List.of() : List.of(values));
        }
        return recipients.stream().map(replyAddress::tokenIn).flatMap(Optional::stream).findFirst()
                .or(() -> ReplyAddress.tokenInSubject(subject))
                .orElse(null);
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null) {
            return null;
        }
        return address.getAddress().strip().toLowerCase(Locale.ROOT);
    }

    private static Instant receivedAt(Message message) throws MessagingException {
        if (message.getReceivedDate() != null) {
            return message.getReceivedDate().toInstant();
        }
        return message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
    }

    /** The Message-ID, or for the rare mail without one an id derived from its content, stable across polls. */
    private static String messageId(Message message, String sender, String text) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
            return ids[0].strip();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((sender + "\n" + message.getSentDate() + "\n"
                    + message.getSubject() + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

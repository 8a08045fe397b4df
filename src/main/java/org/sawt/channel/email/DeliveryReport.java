package org.sawt.channel.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delivery status report (RFC 3464, multipart/report): whether a recipient failed for good, which
 * addresses failed, and the Message-ID of the message that bounced (from the returned message or its headers).
 */
final class DeliveryReport {

    private static final Pattern ACTION_FAILED = Pattern.compile("(?im)^Action:\\s*failed\\s*$");
    private static final Pattern FINAL_RECIPIENT =
            Pattern.compile("(?im)^Final-Recipient:\\s*rfc822\\s*;\\s*<?([^\\s>]+)>?");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\s]+>)");
    /** Enough of a report part for its fields; the returned message itself may be large. */
    private static final int READ_LIMIT = 64 * 1024;

    private DeliveryReport() {
    }

    static boolean isFailure(Part report) throws MessagingException {
        return ACTION_FAILED.matcher(partText(report, "message/delivery-status")).find();
    }

    static List<String> failedRecipients(Part report) throws MessagingException {
        String status = partText(report, "message/delivery-status");
        List<String> failed = new ArrayList<>();
        // fields come in per-recipient blocks separated by blank lines; only failed blocks count
        for (String block : status.split("\\r?\\n\\s*\\r?\\n")) {
            Matcher recipient = FINAL_RECIPIENT.matcher(block);
            if (ACTION_FAILED.matcher(block).find() && recipient.find()) {
                failed.add(recipient.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return failed;
    }

    /** The Message-ID of the returned message, or null when the report does not include it. */
    static String bouncedMessageId(Part report) throws MessagingException {
        String returned = partText(report, "message/rfc822") + "\n" + partText(report, "text/rfc822-headers");
        Matcher id = MESSAGE_ID.matcher(returned);
        return id.find() ? id.group(1) : null;
    }

    private static String partText(Part report, String mimeType) throws MessagingException {
        try {
            if (!(report.getContent() instanceof Multipart parts)) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(mimeType)) {
                    text.append(read(part)).append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new MessagingException("Could not read the delivery report", e);
        }
    }

    private static String read(Part part) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(READ_LIMIT), StandardCharsets.UTF_8);
        }
    }
}

package org.sawt.channel.smpp;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.component.smpp.SmppUtils;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.sawt.channel.Outbox;

/**
 * What a delivery receipt says about one message we sent: the SMSC's message id (the receipted_message_id TLV
 * first, since some SMSCs write the id in decimal in the text but returned it in hex in submit_sm_resp), the final
 * state and the error code. The text "id:… sub:… dlvrd:… submit date:… done date:… stat:… err:… text:…" is
 * SMPP 3.4 Appendix B, which leaves it vendor-specific, so fields are found by name and may be missing.
 */
record DeliveryReceipt(List<String> messageIds, String stat, String err) {

    private static final Pattern ID = Pattern.compile("(?i)(?:^|\\s)id:(\\S+)");
    private static final Pattern STAT = Pattern.compile("(?i)\\bstat:(\\w+)");
    private static final Pattern ERR = Pattern.compile("(?i)\\berr:(\\w+)");

    /** Final states (SMPP 3.4 §5.2.28 and Appendix B); ENROUTE, ACCEPTD and the like change nothing. */
    private static final Map<String, Outbox.Status> FINAL_STATES = Map.of(
            "DELIVRD", Outbox.Status.DELIVERED,
            "UNDELIV", Outbox.Status.FAILED,
            "EXPIRED", Outbox.Status.FAILED,
            "DELETED", Outbox.Status.FAILED,
            "REJECTD", Outbox.Status.FAILED,
            "UNKNOWN", Outbox.Status.FAILED);
    /** message_state TLV values, for receipts without a readable stat. */
    private static final Map<Integer, String> MESSAGE_STATES = Map.of(
            2, "DELIVRD", 3, "EXPIRED", 4, "DELETED", 5, "UNDELIV", 7, "UNKNOWN", 8, "REJECTD");

    static DeliveryReceipt of(DeliverSm deliverSm) {
        byte[] body = SmppUtils.getMessageBody(deliverSm);
        DeliveryReceipt text = parse(body == null ? "" : new String(body, StandardCharsets.ISO_8859_1));
        Set<String> ids = new LinkedHashSet<>();
        OptionalParameter.Receipted_message_id receipted =
                deliverSm.getOptionalParameter(OptionalParameter.Receipted_message_id.class);
        if (receipted != null && !receipted.getValueAsString().isBlank()) {
            ids.add(receipted.getValueAsString().strip());
        }
        ids.addAll(text.messageIds());
        OptionalParameter.Message_state state = deliverSm.getOptionalParameter(OptionalParameter.Message_state.class);
        String stat = text.stat() != null || state == null ? text.stat() : MESSAGE_STATES.get((int) state.getValue());
        return new DeliveryReceipt(List.copyOf(ids), stat, text.err());
    }

    static DeliveryReceipt parse(String text) {
        String id = first(ID, text);
        return new DeliveryReceipt(id == null ? List.of() : List.of(id), first(STAT, text), first(ERR, text));
    }

    Optional<Outbox.Status> status() {
        return Optional.ofNullable(stat == null ? null : FINAL_STATES.get(stat.toUpperCase(Locale.ROOT)));
    }

    /** "stat:UNDELIV err:011" for a failure, null when the message was delivered. */
    String error() {
        return status().filter(s -> s == Outbox.Status.FAILED)
                .map(s -> "stat:" + stat + (err == null ? "" : " err:" + err)).orElse(null);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}

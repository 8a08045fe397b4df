package org.sawt.channel;

import org.sawt.shared.AddressKind;
import org.sawt.sms.BillingUnit;

/**
 * The contract every channel implements. Inbound, an adapter's endpoint turns the provider's request into an
 * {@link InboundMessage} and hands it to {@code direct:inbound}; outbound, its {@code direct:send-<name>} route
 * calls {@link #send}.
 */
public interface ChannelAdapter {

    /** The channel's name in the API and in route names, e.g. {@code simulator}, {@code twilio-sms}. */
    String name();

    /** Which contact address this channel delivers to. */
    AddressKind addressKind();

    /** Whether the operator configured this channel (credentials present, switched on). */
    boolean enabled();

    /** Hands the message to the provider and returns the provider's message id. */
    String send(OutboundMessage message);

    /**
     * Whether the provider can take messages right now (an SMPP bind is up). Queued invitations for a channel that
     * is not ready wait in the outbox instead of holding the dispatcher, so other channels keep sending.
     */
    default boolean ready() {
        return true;
    }

    /**
     * Whether the provider offers a message again until the gateway has handled it (mail stays unseen in IMAP),
     * so the inbound-recovery route leaves this channel's unhandled messages to the provider's redelivery.
     */
    default boolean redeliversUntilHandled() {
        return false;
    }

    /**
     * Whether the channel answers inside the provider's request (a voice menu): its inputs are handled there or
     * not at all, so the inbound-recovery route never hands them to the text conversation.
     */
    default boolean answersInRequest() {
        return false;
    }

    /**
     * What the provider charges for, so a broadcast estimate counts and prices the right thing: a message by
     * default; SMS channels override it with segments, voice with calls.
     */
    default BillingUnit billingUnit() {
        return BillingUnit.MESSAGE;
    }
}

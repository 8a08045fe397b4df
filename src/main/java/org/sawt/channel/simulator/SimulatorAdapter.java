package org.sawt.channel.simulator;

import java.util.UUID;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.shared.AddressKind;
import org.sawt.sms.BillingUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A built-in phone network for demos and tests: "sending" delivers at once, and each simulated phone's
 * inbox is the list of messages sent to its number (kept in the shared outbox table, so every instance sees it).
 */
@Component
public class SimulatorAdapter implements ChannelAdapter {

    static final String NAME = "simulator";

    private final boolean enabled;

    SimulatorAdapter(@Value("${sawt.channels.simulator.enabled:true}") boolean enabled) {
        this.enabled = enabled;
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
        return enabled;
    }

    /** Priced like the SMS it stands in for. */
    @Override
    public BillingUnit billingUnit() {
        return BillingUnit.SEGMENT;
    }

    @Override
    public String send(OutboundMessage message) {
        return "sim-" + UUID.randomUUID();
    }
}

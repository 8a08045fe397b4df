package org.sawt.channel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sawt.shared.AddressKind;
import org.sawt.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/** The registry of channel adapters: adding a channel is adding an adapter bean. */
@Component
public class Channels {

    private final Map<String, ChannelAdapter> byName;

    Channels(List<ChannelAdapter> adapters) {
        this.byName = adapters.stream().collect(Collectors.toMap(ChannelAdapter::name, Function.identity()));
    }

    /** The enabled adapter of that name, or a 400 naming the field and the channels that are on. */
    public ChannelAdapter require(String name, String field) {
        ChannelAdapter adapter = byName.get(name);
        if (adapter == null || !adapter.enabled()) {
            throw InvalidRequestException.of(field, "'" + name + "' is not an enabled channel; enabled: " + enabledNames());
        }
        return adapter;
    }

    public AddressKind addressKind(String channel) {
        ChannelAdapter adapter = byName.get(channel);
        if (adapter == null) {
            throw new IllegalArgumentException("Unknown channel " + channel);
        }
        return adapter.addressKind();
    }

    /** Whether the channel's provider can take messages now; an unknown channel is ready to fail. */
    public boolean ready(String channel) {
        ChannelAdapter adapter = byName.get(channel);
        return adapter == null || adapter.ready();
    }

    /** Whether an unhandled message of this channel should be handled again by the recovery route. */
    public boolean needsRecovery(String channel) {
        ChannelAdapter adapter = byName.get(channel);
        return adapter != null && !adapter.redeliversUntilHandled() && !adapter.answersInRequest();
    }

    public List<String> enabledNames() {
        return byName.values().stream().filter(ChannelAdapter::enabled).map(ChannelAdapter::name).sorted().toList();
    }
}

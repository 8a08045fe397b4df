package org.sawt.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sawt.shared.AddressKind;
import org.sawt.shared.FieldErrors;
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

    /** The enabled adapters of these names, in order; each unknown or disabled one is reported as field[i]. */
    public List<ChannelAdapter> requireAll(List<String> names, String field, FieldErrors errors) {
        List<ChannelAdapter> adapters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                adapters.add(require(names.get(i), field + "[" + i + "]"));
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(error.field(), error.message()));
            }
        }
        return adapters;
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

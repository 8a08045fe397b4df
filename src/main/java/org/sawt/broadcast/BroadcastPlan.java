package org.sawt.broadcast;

import java.util.List;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.engagement.Engagement;

/**
 * The invitations a broadcast request resolves to, the requested channels in order of preference, and how many
 * requested contacts cannot be reached.
 */
record BroadcastPlan(Engagement engagement, List<ChannelAdapter> channels, List<OutboundMessage> invitations,
        int skipped) {
}

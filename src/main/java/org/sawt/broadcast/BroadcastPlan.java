package org.sawt.broadcast;

import java.util.List;
import org.sawt.channel.OutboundMessage;
import org.sawt.engagement.Engagement;

/** The invitations a broadcast request resolves to, and how many requested contacts cannot be reached. */
record BroadcastPlan(Engagement engagement, List<OutboundMessage> invitations, int skipped) {
}

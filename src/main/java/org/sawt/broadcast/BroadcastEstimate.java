package org.sawt.broadcast;

import java.util.List;
import org.sawt.sms.CostEstimate;

/** Before sending: how many contacts would be invited, how many cannot be, and the cost per channel. */
public record BroadcastEstimate(int recipients, int skipped, List<CostEstimate> channels) {
}

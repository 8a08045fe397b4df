package org.sawt.contact;

import java.time.Instant;

/** One change of a contact's opt-out state: the new state, the channel it came through and why. */
public record ConsentEvent(boolean optedOut, String channel, String reason, Instant at) {
}

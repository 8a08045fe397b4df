package org.sawt.broadcast;

/**
 * Sends queued invitations. The one seam between queuing a broadcast and the provider: a rate-limited,
 * scheduled engine replaces the implementation, not its callers.
 */
public interface BroadcastDispatcher {

    /** Sends what is due now; returns how many messages were taken. */
    int dispatchPending();
}

package org.sawt.event;

/**
 * Published inside the sequencer's transaction once events with positions in {@code (afterPosition, upToPosition]}
 * took their place in the stream, so listeners (webhook fan-out) commit with the positions.
 */
public record EventsSequenced(long afterPosition, long upToPosition) {
}

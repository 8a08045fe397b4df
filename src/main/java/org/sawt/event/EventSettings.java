package org.sawt.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code interimResultsInterval}: the shortest time between two {@code results.interim} of an engagement;
 * {@code sequencerBatchSize}: how many committed events one sequencer pass places in the stream.
 */
@ConfigurationProperties("sawt.events")
record EventSettings(Duration interimResultsInterval, int sequencerBatchSize) {
}

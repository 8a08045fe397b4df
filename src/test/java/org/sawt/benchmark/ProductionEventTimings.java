package org.sawt.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A benchmark runs the portal's events at production timings, not the test suite's
 * (src/test/resources/config/application.yml), whose interim results every 300 ms would load PostgreSQL as no
 * deployment does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "sawt.events.sequencer-interval-ms=100",
        "sawt.events.interim-results-interval=PT5M",
        "sawt.events.interim-check-interval-ms=10000",
        "sawt.webhooks.poll-interval-ms=100"})
public @interface ProductionEventTimings {
}

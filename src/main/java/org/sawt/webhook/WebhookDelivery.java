package org.sawt.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.sawt.event.EventLog;
import org.sawt.event.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Delivers due lanes, driven by the {@code webhook-delivery} timer route: each pass leases as many lanes as there
 * are free workers and returns; each worker delivers its lane's events one after the other, in sequence order,
 * until one fails (the lane then waits its backoff while other lanes go on), the lane is empty, or its lease
 * nears its end. At least once: an instance that dies mid-lane leaves it leased until the lease ends, then
 * another instance delivers what was not recorded as delivered, with the same webhook-id.
 */
@Component("webhookDelivery")
public class WebhookDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int REPLAYS_PER_PASS = 20;

    private final WebhookLanes lanes;
    private final WebhookDeadLetters deadLetters;
    private final Subscriptions subscriptions;
    private final EventLog events;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final WebhookSettings settings;
    private final Semaphore freeWorkers;
    private final ExecutorService workers;

    WebhookDelivery(WebhookLanes lanes, WebhookDeadLetters deadLetters, Subscriptions subscriptions, EventLog events,
            WebhookSender sender, RetrySchedule schedule, WebhookSettings settings) {
        this.lanes = lanes;
        this.deadLetters = deadLetters;
        this.subscriptions = subscriptions;
        this.events = events;
        this.sender = sender;
        this.schedule = schedule;
        this.settings = settings;
        this.freeWorkers = new Semaphore(settings.workers());
        this.workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One timer pass: hands due lanes to free workers; returns how many it handed out. */
    public int deliverDue() {
        int free = freeWorkers.availablePermits();
        if (free == 0) {
            return 0;
        }
        Instant leaseEnd = Instant.now().plus(settings.lease()); // no later than the leases the claim takes
        List<Lane> claimed = lanes.claim(free, settings.lease());
        for (Lane lane : claimed) {
            freeWorkers.acquireUninterruptibly();
            workers.execute(() -> {
                try {
                    deliver(lane, leaseEnd);
                } catch (RuntimeException e) {
                    // the lease runs out and another pass takes the lane again
                    log.error("Delivering lane {}/{} failed", lane.subscriptionId(), lane.engagementId(), e);
                } finally {
                    freeWorkers.release();
                }
            });
        }
        return claimed.size();
    }

    /** Delivers dead letters queued for replay; returns how many it tried. */
    public int replayDue() {
        List<WebhookDeadLetters.Replay> replays = deadLetters.claim(REPLAYS_PER_PASS, settings.lease());
        for (WebhookDeadLetters.Replay replay : replays) {
            Optional<Subscriptions.Endpoint> endpoint = subscriptions.endpoint(replay.subscriptionId());
            StoredEvent event = events.find(replay.eventId()).orElseThrow();
            if (endpoint.isEmpty() || !endpoint.get().enabled()) {
                deadLetters.release(replay);
                continue;
            }
            DeliveryOutcome outcome = sender.send(endpoint.get(), event);
            if (outcome.delivered()) {
                deadLetters.delivered(replay);
            } else if (outcome.gone()) {
                subscriptions.disable(replay.subscriptionId(), "the receiver answered 410 Gone");
                deadLetters.release(replay);
            } else {
                int attempts = replay.attempts() + 1;
                Optional<Duration> wait = schedule.after(attempts, outcome.retryAfter());
                if (wait.isEmpty()) {
                    deadLetters.deadAgain(replay, attempts, outcome.error());
                } else {
                    deadLetters.retryLater(replay, attempts, Instant.now().plus(wait.get()), outcome.error());
                    slowDownIfAsked(replay.subscriptionId(), outcome, wait.get());
                }
            }
        }
        return replays.size();
    }

    /**
     * Delivers the lane's events in sequence order, fetching more as they are placed, while the lease lasts. Every
     * event after {@code deliveredUpTo} of the subscription's types is for it: a lane starts just before the first
     * event placed after the subscription was created.
     */
    private void deliver(Lane lane, Instant leaseEnd) {
        Optional<Subscriptions.Endpoint> endpoint = subscriptions.endpoint(lane.subscriptionId());
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            lanes.release(lane);
            return;
        }
        Duration worstAttempt = settings.timeout().plus(settings.connectTimeout());
        long delivered = lane.deliveredUpTo();
        int attempts = lane.attempts();
        while (true) {
            List<StoredEvent> waiting = events.ofEngagement(lane.engagementId(), delivered, endpoint.get().events(),
                    settings.eventsPerLease());
            if (waiting.isEmpty()) {
                lanes.advanceAtLeast(lane, lane.pendingUpTo()); // the lane's remaining events are of other types now
                lanes.release(lane);
                return;
            }
            for (StoredEvent event : waiting) {
                if (Instant.now().plus(worstAttempt).isAfter(leaseEnd)) {
                    lanes.release(lane);
                    return;
                }
                DeliveryOutcome outcome = sender.send(endpoint.get(), event);
                if (outcome.gone()) {
                    subscriptions.disable(lane.subscriptionId(), "the receiver answered 410 Gone");
                    lanes.release(lane);
                    return;
                }
                if (!outcome.delivered()) {
                    attempts++;
                    Optional<Duration> wait = schedule.after(attempts, outcome.retryAfter());
                    if (wait.isPresent()) {
                        lanes.retryLater(lane, attempts, Instant.now().plus(wait.get()), outcome.error());
                        slowDownIfAsked(lane.subscriptionId(), outcome, wait.get());
                        return;
                    }
                    log.warn("Webhook {} gave up on event {} after {} attempts: {}", lane.subscriptionId(),
                            event.eventId(), attempts, outcome.error());
                }
                boolean stillOurs = outcome.delivered() ? lanes.advance(lane, event.sequence())
                        : lanes.deadLetter(lane, event, attempts, outcome.error());
                if (!stillOurs) {
                    return; // the lease was lost: whoever holds the lane now goes on from here
                }
                delivered = event.sequence();
                attempts = 0;
            }
        }
    }

    private void slowDownIfAsked(UUID subscriptionId, DeliveryOutcome outcome, Duration wait) {
        if (outcome.slowDown()) {
            subscriptions.pause(subscriptionId, Instant.now().plus(wait));
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}

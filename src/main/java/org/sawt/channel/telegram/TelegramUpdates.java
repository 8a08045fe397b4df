package org.sawt.channel.telegram;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Where every update enters, from the webhook or long polling. An update_id is handled once: the first delivery
 * claims it in Redis (Telegram keeps undelivered updates for 24 hours, so the claim lasts as long); messages for the
 * conversation are also de-duplicated for good by the inbound log. Webhook updates are handled in the background,
 * in order per chat, so Telegram gets its 200 at once.
 */
@Component
class TelegramUpdates implements SmartLifecycle {

    /** What became of an update handed in; IGNORED when it was seen before or has no update_id to be known by. */
    enum Intake { QUEUED, IGNORED, BUSY }

    /** Starts after Camel (whose phase is {@code Integer.MAX_VALUE - 2049}) and stops before it. */
    static final int PHASE = Integer.MAX_VALUE - 1024;

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final Duration CLAIM_TTL = Duration.ofHours(24);
    private static final int QUEUE_PER_LANE = 1000;
    private static final long SHUTDOWN_GRACE_SECONDS = 10;

    private final TelegramUpdateHandler handler;
    private final StringRedisTemplate redis;
    private final String claimPrefix;
    private final ChatLanes lanes;
    private volatile boolean running;

    TelegramUpdates(TelegramUpdateHandler handler, StringRedisTemplate redis, TelegramSettings settings) {
        this.handler = handler;
        this.redis = redis;
        this.claimPrefix = "sawt:telegram:update:" + (settings.enabled() ? settings.botId() : "off") + ":";
        this.lanes = new ChatLanes(settings.updateWorkers(), QUEUE_PER_LANE, "telegram-updates-");
    }

    /** Queues the update for its chat's lane; BUSY (nothing claimed) when the lane is full, for Telegram to retry. */
    Intake enqueue(TelegramUpdate update) {
        Optional<Long> id = update.updateId();
        if (id.isEmpty() || !claim(id.get())) {
            return Intake.IGNORED;
        }
        String lane = update.chatId() == null ? "" : update.chatId();
        if (lanes.submit(lane, () -> handleSafely(update, id.get()))) {
            return Intake.QUEUED;
        }
        redis.delete(claimPrefix + id.get());
        return Intake.BUSY;
    }

    /** Handles the update on the caller's thread (long polling, whose next poll waits for this). */
    void handleNow(TelegramUpdate update) {
        update.updateId().filter(this::claim).ifPresent(id -> handleSafely(update, id));
    }

    private boolean claim(long updateId) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(claimPrefix + updateId, "1", CLAIM_TTL));
    }

    /** One broken update must not stop the lane: it is logged (without the chat, which identifies a person). */
    private void handleSafely(TelegramUpdate update, long updateId) {
        try {
            handler.handle(update);
        } catch (RuntimeException e) {
            log.warn("Telegram update {} ({}) failed: {}", updateId, update.kind(), e.getClass().getName());
            log.debug("Telegram update {} failed", updateId, e);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Lets queued updates finish while the routes still run; webhook calls arriving later get 503 and come back. */
    @Override
    public void stop() {
        running = false;
        try {
            lanes.shutdown(SHUTDOWN_GRACE_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}

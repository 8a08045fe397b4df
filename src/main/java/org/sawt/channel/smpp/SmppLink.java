package org.sawt.channel.smpp;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.Session;
import org.jsmpp.session.SessionStateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the bind to the SMSC is up. camel-smpp reports the state changes of each session it opens here (the
 * endpoint's {@code sessionStateListener=#smppLink}), including those it opens to bind again after a drop. The
 * sessions' own state is what counts: camel-smpp stops reporting a session before it closes it on purpose (route
 * stop, failed start). jSMPP 3.0.1 also reports a refused bind as bound until it closes the session a moment
 * later, so senders still check each submit's outcome.
 */
@Component("smppLink")
public class SmppLink implements SessionStateListener {

    private static final Logger log = LoggerFactory.getLogger(SmppLink.class);

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (newState.isBound()) {
            sessions.add(source);
            log.debug("SMPP session {} bound ({})", source.getSessionId(), newState);
        } else if (sessions.remove(source)) {
            log.debug("SMPP session {} is {}", source.getSessionId(), newState);
        }
        notifyAll();
    }

    public boolean isBound() {
        sessions.removeIf(session -> !session.getSessionState().isBound());
        return !sessions.isEmpty();
    }

    /** Waits until a session is bound, at most {@code timeout}; false when none came up in time. */
    synchronized boolean awaitBound(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isBound()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Waits for the next state change of any session, at most {@code timeout}. */
    synchronized void awaitChange(Duration timeout) throws InterruptedException {
        TimeUnit.NANOSECONDS.timedWait(this, timeout.toNanos());
    }
}

package org.sawt.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.InboundLog;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The entry of the conversation engine: turns one stored inbound message into its effect (a keyword command or
 * an answer step) and its reply, exactly once, one message per participant address at a time.
 */
@Component
public class ConversationEngine {

    private final Keywords keywords;
    private final KeywordCommands keywordCommands;
    private final AnswerSteps answerSteps;
    private final Sessions sessions;
    private final AddressLocks locks;
    private final InboundLog inboundLog;
    private final TransactionOperations transactions;

    ConversationEngine(Keywords keywords, KeywordCommands keywordCommands, AnswerSteps answerSteps, Sessions sessions,
            AddressLocks locks, InboundLog inboundLog, TransactionOperations transactions) {
        this.keywords = keywords;
        this.keywordCommands = keywordCommands;
        this.answerSteps = answerSteps;
        this.sessions = sessions;
        this.locks = locks;
        this.inboundLog = inboundLog;
        this.transactions = transactions;
    }

    /**
     * Handles the message and returns the replies, already queued in the outbox, for the route to send. One step
     * per sender at a time, in the order their messages arrived (an earlier message still waiting is handled
     * first, together with its reply). A message handled already (a recovery pass racing a worker) gets no
     * second reply.
     */
    public List<OutboundMessage> handle(AcceptedInbound inbound) {
        InboundMessage message = inbound.message();
        String session = Sessions.key(message.channel(), message.address());
        return locks.withLock(message.channel(), message.address(), session, () -> {
            List<OutboundMessage> replies = new ArrayList<>();
            Optional<Handled> handled = handleNext(inbound, null);
            while (handled.isPresent()) {
                replies.addAll(handled.get().replies());
                UUID id = handled.get().id();
                if (id.equals(inbound.id())) {
                    break;
                }
                // catching up on an older message: its step is committed, so its session must not wait for the
                // release, which a crash while handling the next message would skip
                locks.writeNow(session);
                handled = handleNext(inbound, id);
            }
            return replies;
        });
    }

    /**
     * Claims and handles, in one transaction, the sender's oldest message still waiting after {@code after}. The
     * session is read before the transaction and written after it commits, so no connection waits on Redis and a
     * rolled-back answer never advances the conversation; under the lock guarding it, both happen in memory and
     * Redis is read and written with the lock itself.
     */
    private Optional<Handled> handleNext(AcceptedInbound upTo, UUID after) {
        InboundMessage sender = upTo.message();
        Optional<Session> session = sessions.find(sender.channel(), sender.address());
        return transactions.execute(tx -> inboundLog.claimNextWaiting(upTo, after)
                .map(next -> new Handled(next.id(), take(next, session))));
    }

    private List<OutboundMessage> take(AcceptedInbound inbound, Optional<Session> session) {
        Optional<Keywords.Keyword> keyword = keywords.match(inbound.message().text());
        return keyword.isPresent() ? keywordCommands.carryOut(inbound, keyword.get())
                : answerSteps.take(inbound, session);
    }

    private record Handled(UUID id, List<OutboundMessage> replies) {
    }
}

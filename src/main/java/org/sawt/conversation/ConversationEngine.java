package org.sawt.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        return locks.withLock(message.channel(), message.address(), () -> {
            List<OutboundMessage> replies = new ArrayList<>();
            inboundLog.waitingUpTo(inbound).forEach(waiting -> replies.addAll(handleOne(waiting)));
            return replies;
        });
    }

    /**
     * The session is read before the database transaction and written after it commits, so no connection waits
     * on Redis and a rolled-back answer never advances the conversation.
     */
    private List<OutboundMessage> handleOne(AcceptedInbound inbound) {
        InboundMessage message = inbound.message();
        Optional<Keywords.Keyword> keyword = keywords.match(message.text());
        Optional<Session> session = keyword.isPresent() ? Optional.empty()
                : sessions.find(message.channel(), message.address());
        return transactions.execute(tx -> {
            if (!inboundLog.claim(inbound.id())) {
                return List.<OutboundMessage>of();
            }
            return keyword.isPresent() ? keywordCommands.carryOut(inbound, keyword.get())
                    : answerSteps.take(inbound, session);
        });
    }
}

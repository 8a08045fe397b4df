package org.sawt.broadcast;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.channel.Outbox;
import org.sawt.engagement.Engagement;
import org.sawt.shared.Caller;
import org.sawt.shared.JsonColumns;
import org.sawt.shared.NotFoundException;
import org.sawt.sms.CostEstimate;
import org.sawt.sms.OutgoingMessage;
import org.sawt.sms.SmsPricing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a broadcast: the planned invitations are queued in the outbox in one transaction, and the
 * {@link BroadcastDispatcher} sends them. Also estimates what a broadcast would cost before it starts.
 */
@Service
public class Broadcasts {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final BroadcastPlanner planner;
    private final Outbox outbox;
    private final SmsPricing pricing;
    private final AuditLog audit;

    Broadcasts(JdbcClient jdbc, JsonColumns json, BroadcastPlanner planner, Outbox outbox, SmsPricing pricing,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.planner = planner;
        this.outbox = outbox;
        this.pricing = pricing;
        this.audit = audit;
    }

    @Transactional
    public Broadcast start(Caller caller, UUID engagementId, BroadcastRequest request) {
        return start(caller, engagementId, request, null);
    }

    /** A broadcast whose invitations wait until {@code notBefore} (null: sent at once), e.g. out of quiet hours. */
    @Transactional
    public Broadcast start(Caller caller, UUID engagementId, BroadcastRequest request, Instant notBefore) {
        UUID broadcastId = UUID.randomUUID();
        BroadcastPlan plan = planner.plan(caller, engagementId, request, broadcastId);
        insert(broadcastId, plan.engagement(), request, plan.invitations().size(), plan.skipped());
        plan.invitations().forEach(invitation -> outbox.queue(invitation, notBefore));
        audit.record(caller, plan.engagement().agencyId(), "broadcast.created", "broadcast", broadcastId,
                Map.of("engagementId", engagementId.toString(), "channels", request.channels(),
                        "recipients", plan.invitations().size(), "skipped", plan.skipped()));
        return get(caller, broadcastId);
    }

    /**
     * What the broadcast would send, per channel: messages and the estimated cost, counted in the unit each channel
     * is billed per (SMS segments, messages or calls).
     */
    public BroadcastEstimate estimate(Caller caller, UUID engagementId, BroadcastRequest request) {
        BroadcastPlan plan = planner.plan(caller, engagementId, request, null);
        Map<String, List<OutgoingMessage>> byChannel = new LinkedHashMap<>();
        plan.channels().forEach(channel -> byChannel.put(channel.name(), new ArrayList<>()));
        plan.invitations().forEach(m -> byChannel.get(m.channel()).add(new OutgoingMessage(m.address(), m.text())));
        List<CostEstimate> channels = plan.channels().stream().distinct()
                .map(channel -> pricing.estimate(channel.name(), channel.billingUnit(), byChannel.get(channel.name())))
                .toList();
        return new BroadcastEstimate(plan.invitations().size(), plan.skipped(), channels);
    }

    public Broadcast get(Caller caller, UUID id) {
        return jdbc.sql("""
                select id, agency_id, engagement_id, channels, recipients, skipped, created_at
                  from broadcast where id = :id""")
                .param("id", id)
                .query((rs, n) -> Map.entry(rs.getObject("agency_id", UUID.class), new Broadcast(
                        rs.getObject("id", UUID.class), rs.getObject("engagement_id", UUID.class),
                        json.read(rs.getString("channels"), new TypeReference<List<String>>() { }), rs.getInt("recipients"), rs.getInt("skipped"),
                        progress(id), rs.getTimestamp("created_at").toInstant())))
                .optional()
                .filter(owned -> caller.canSee(owned.getKey()))
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new NotFoundException("Broadcast", id));
    }



    private Broadcast.Progress progress(UUID id) {
        Map<Outbox.Status, Integer> counts = outbox.broadcastProgress(id);
        int queued = counts.getOrDefault(Outbox.Status.QUEUED, 0);
        int sending = counts.getOrDefault(Outbox.Status.SENDING, 0);
        return new Broadcast.Progress(queued + sending == 0 ? "DONE" : "SENDING", queued, sending,
                counts.getOrDefault(Outbox.Status.SENT, 0), counts.getOrDefault(Outbox.Status.DELIVERED, 0),
                counts.getOrDefault(Outbox.Status.FAILED, 0), counts.getOrDefault(Outbox.Status.SKIPPED, 0));
    }

    private void insert(UUID id, Engagement engagement, BroadcastRequest request, int recipients, int skipped) {
        jdbc.sql("""
                insert into broadcast (id, agency_id, engagement_id, channels, audience, recipients, skipped, created_at)
                values (:id, :agencyId, :engagementId, cast(:channels as jsonb), cast(:audience as jsonb),
                        :recipients, :skipped, :at)""")
                .param("id", id).param("agencyId", engagement.agencyId()).param("engagementId", engagement.id())
                .param("channels", json.write(request.channels())).param("audience", json.write(request.audience()))
                .param("recipients", recipients).param("skipped", skipped)
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .update();
    }
}

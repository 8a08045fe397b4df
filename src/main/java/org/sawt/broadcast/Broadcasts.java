package org.sawt.broadcast;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.Channels;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.conversation.QuestionPrompts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.EngagementStatus;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.JsonColumns;
import org.sawt.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a broadcast: resolves the audience, renders each invitation in the contact's language and queues
 * it in the outbox in one transaction; the {@link BroadcastDispatcher} sends them.
 */
@Service
public class Broadcasts {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final Engagements engagements;
    private final Contacts contacts;
    private final Channels channels;
    private final Outbox outbox;
    private final QuestionPrompts prompts;
    private final AuditLog audit;

    Broadcasts(JdbcClient jdbc, JsonColumns json, Engagements engagements, Contacts contacts, Channels channels,
            Outbox outbox, QuestionPrompts prompts, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.engagements = engagements;
        this.contacts = contacts;
        this.channels = channels;
        this.outbox = outbox;
        this.prompts = prompts;
        this.audit = audit;
    }

    @Transactional
    public Broadcast start(Caller caller, UUID engagementId, BroadcastRequest request) {
        Engagement engagement = engagements.get(caller, engagementId);
        List<ChannelAdapter> adapters = validate(request);
        if (engagement.status() != EngagementStatus.OPEN) {
            throw new ConflictException("Engagement " + engagementId + " is " + engagement.status()
                    + "; open it before broadcasting invitations.");
        }
        boolean all = Boolean.TRUE.equals(request.audience().all());
        List<Contact> audience = contacts.reachable(engagement.agencyId(), all ? null : request.audience().contactIds());
        UUID broadcastId = UUID.randomUUID();
        List<OutboundMessage> invitations = new ArrayList<>();
        for (Contact contact : audience) {
            firstReachable(contact, adapters).ifPresent(adapter -> invitations.add(OutboundMessage.to(adapter.name(),
                    contact.address(adapter.addressKind()).orElseThrow(),
                    prompts.invitation(engagement, engagement.languageFor(contact.language())),
                    contact.id(), engagementId, broadcastId)));
        }
        int requested = all ? audience.size() : request.audience().contactIds().size();
        int skipped = requested - invitations.size();
        insert(broadcastId, engagement, request, invitations.size(), skipped);
        invitations.forEach(outbox::queue);
        audit.record(caller, engagement.agencyId(), "broadcast.created", "broadcast", broadcastId,
                Map.of("engagementId", engagementId.toString(), "channels", request.channels(),
                        "recipients", invitations.size(), "skipped", skipped));
        return get(caller, broadcastId);
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

    private List<ChannelAdapter> validate(BroadcastRequest request) {
        FieldErrors errors = new FieldErrors();
        List<ChannelAdapter> adapters = new ArrayList<>();
        if (errors.check(request.channels() != null && !request.channels().isEmpty(), "channels",
                "is required: one or more of " + channels.enabledNames())) {
            for (int i = 0; i < request.channels().size(); i++) {
                try {
                    adapters.add(channels.require(request.channels().get(i), "channels[" + i + "]"));
                } catch (org.sawt.shared.InvalidRequestException e) {
                    e.errors().forEach(err -> errors.add(err.field(), err.message()));
                }
            }
        }
        BroadcastRequest.Audience audience = request.audience();
        if (errors.check(audience != null, "audience", "is required: {\"all\": true} or {\"contactIds\": [...]}")) {
            boolean all = Boolean.TRUE.equals(audience.all());
            boolean listed = audience.contactIds() != null && !audience.contactIds().isEmpty();
            errors.check(all != listed, "audience", "give either \"all\": true or a non-empty \"contactIds\" list");
        }
        errors.throwIfAny();
        return adapters;
    }

    private static Optional<ChannelAdapter> firstReachable(Contact contact, List<ChannelAdapter> adapters) {
        return adapters.stream().filter(a -> contact.address(a.addressKind()).isPresent()).findFirst();
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

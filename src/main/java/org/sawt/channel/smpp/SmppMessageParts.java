package org.sawt.channel.smpp;

import java.util.List;
import java.util.UUID;
import org.sawt.channel.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SMSC message id and delivery receipt of every part of the messages we sent over SMPP. A message is
 * {@code DELIVERED} once every part was delivered and {@code FAILED}, with that part's error, as soon as one part
 * failed; the outcome goes to the outbox under the message's provider id (the last part's), so a message whose
 * outcome is known before its id is stored gets it as an early report.
 * <p>
 * A receipt may come before the gateway stored the parts (the SMSC answered part 1, receipted it, and the gateway
 * is still submitting part 2). Receipt and parts then meet on the part's row, whichever is written second: both
 * sides upsert the same primary key, so the second sees what the first wrote and settles the message.
 */
@Component
class SmppMessageParts {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    SmppMessageParts(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Stores the SMSC's id of every part, in order, taking up receipts that came first; replaces an earlier try's. */
    void remember(UUID messageId, List<String> smscMessageIds) {
        jdbc.sql("delete from smpp_message_part where message_id = :messageId").param("messageId", messageId).update();
        for (int part = 1; part <= smscMessageIds.size(); part++) {
            jdbc.sql("""
                    insert into smpp_message_part (smsc_message_id, message_id, part) values (:id, :messageId, :part)
                    on conflict (smsc_message_id) do update
                       set message_id = excluded.message_id, part = excluded.part, updated_at = now()""")
                    .param("id", smscMessageIds.get(part - 1)).param("messageId", messageId).param("part", part)
                    .update();
        }
        settle(messageId);
    }

    /** Applies a receipt to the part we sent under that id; false when no stored part has it (yet). */
    boolean recordReceipt(String smscMessageId, Outbox.Status status, String error) {
        return jdbc.sql("""
                update smpp_message_part set status = :status, error = :error, updated_at = now()
                 where smsc_message_id = :id and message_id is not null
                returning message_id""")
                .param("status", status.name()).param("error", error).param("id", smscMessageId)
                .query(UUID.class).optional()
                .map(messageId -> {
                    settle(messageId);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Keeps a receipt whose part is not stored (yet) for {@link #remember}, or applies it if the part was stored
     * meanwhile; unclaimed receipts older than a day were about messages this gateway did not send.
     */
    void keepEarlyReceipt(String smscMessageId, Outbox.Status status, String error) {
        jdbc.sql("delete from smpp_message_part where message_id is null and updated_at < now() - interval '1 day'")
                .update();
        jdbc.sql("""
                insert into smpp_message_part (smsc_message_id, status, error) values (:id, :status, :error)
                on conflict (smsc_message_id) do update
                   set status = excluded.status, error = excluded.error, updated_at = now()
                returning message_id""")
                .param("id", smscMessageId).param("status", status.name()).param("error", error)
                .query(UUID.class).optional()
                .ifPresent(this::settle);
    }

    /** Reports the message's outcome once its parts' receipts decide it; nothing while a part is still on its way. */
    private void settle(UUID messageId) {
        jdbc.sql("""
                select count(*) as parts,
                       count(*) filter (where status = 'DELIVERED') as delivered,
                       coalesce(min(part) filter (where status = 'FAILED'), 0) as failed_part,
                       (array_agg(error order by part) filter (where status = 'FAILED'))[1] as error,
                       (array_agg(smsc_message_id order by part desc))[1] as provider_message_id
                  from smpp_message_part where message_id = :messageId""")
                .param("messageId", messageId)
                .query((rs, n) -> new Outcome(rs.getInt("parts"), rs.getInt("delivered"),
                        rs.getInt("failed_part"), rs.getString("error"),
                        rs.getString("provider_message_id")))
                .single()
                .report(outbox);
    }

    /** What the receipts of one message's parts say so far; {@code failedPart} 0 when none failed. */
    private record Outcome(int parts, int delivered, int failedPart, String error, String providerMessageId) {

        void report(Outbox outbox) {
            if (failedPart > 0) {
                outbox.recordDeliveryReport(SmppAdapter.NAME, providerMessageId, Outbox.Status.FAILED,
                        parts == 1 ? error : "part " + failedPart + " of " + parts + ": " + error);
            } else if (parts > 0 && delivered == parts) {
                outbox.recordDeliveryReport(SmppAdapter.NAME, providerMessageId, Outbox.Status.DELIVERED, null);
            }
        }
    }
}

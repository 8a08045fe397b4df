package org.sawt.channel.smpp;

import java.util.Optional;
import org.jsmpp.bean.DeliverSm;
import org.sawt.channel.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies delivery receipts (deliver_sm with esm_class 0x04) to the parts we sent under those ids, and through them
 * to their messages ({@link SmppMessageParts}).
 */
@Component
public class SmppDeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(SmppDeliveryReports.class);

    private final SmppMessageParts parts;

    SmppDeliveryReports(SmppMessageParts parts) {
        this.parts = parts;
    }

    public void record(DeliverSm deliverSm) {
        DeliveryReceipt receipt = DeliveryReceipt.of(deliverSm);
        Optional<Outbox.Status> status = receipt.status();
        if (status.isEmpty()) {
            log.debug("SMPP receipt for {} with non-final state {}", receipt.messageIds(), receipt.stat());
            return;
        }
        boolean applied = receipt.messageIds().stream()
                .anyMatch(id -> parts.recordReceipt(id, status.get(), receipt.error()));
        if (!applied) {
            log.info("SMPP receipt ({}) for message id(s) {} not stored (yet): kept a day in case the id follows",
                    receipt.stat(), receipt.messageIds());
            // the first id is the receipted_message_id TLV when there is one: the form submit_sm_resp gave
            receipt.messageIds().stream().findFirst()
                    .ifPresent(id -> parts.keepEarlyReceipt(id, status.get(), receipt.error()));
        }
    }
}

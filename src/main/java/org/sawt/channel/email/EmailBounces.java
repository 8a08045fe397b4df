package org.sawt.channel.email;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.shared.AddressKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Bounces: the addresses that failed (from the report, and the participant named by the token the bounce was
 * addressed to) are marked undeliverable by opting their contacts out on the email channel, and the message that
 * bounced is marked FAILED. A bounce is never counted and never answered.
 */
@Component("emailBounces")
public class EmailBounces {

    static final String REASON = "address bounced";

    private static final Logger log = LoggerFactory.getLogger(EmailBounces.class);

    private final Contacts contacts;
    private final EmailTokens tokens;
    private final Outbox outbox;

    EmailBounces(Contacts contacts, EmailTokens tokens, Outbox outbox) {
        this.contacts = contacts;
        this.tokens = tokens;
        this.outbox = outbox;
    }

    public void record(ReceivedEmail bounce) {
        Set<UUID> undeliverable = new LinkedHashSet<>();
        bounce.failedRecipients().forEach(address -> contacts.findByAddress(AddressKind.EMAIL, address)
                .forEach(contact -> undeliverable.add(contact.id())));
        Optional.ofNullable(bounce.token()).flatMap(tokens::verify)
                .flatMap(claims -> contacts.find(claims.contactId()))
                .map(Contact::id)
                .ifPresent(undeliverable::add);
        undeliverable.forEach(contactId -> contacts.optOut(contactId, EmailAdapter.NAME, REASON));
        if (bounce.bouncedMessageId() != null) {
            outbox.recordDeliveryReport(EmailAdapter.NAME, bounce.bouncedMessageId(), Outbox.Status.FAILED, REASON);
        }
        log.info("Email bounce {}: {} contact(s) marked undeliverable", bounce.messageId(), undeliverable.size());
    }
}

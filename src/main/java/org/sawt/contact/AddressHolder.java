package org.sawt.contact;

import java.util.Optional;
import java.util.UUID;

/** A contact holding an address, and the engagement it was most recently messaged about (null: none). */
public record AddressHolder(Contact contact, UUID latestEngagementId) {

    public Optional<UUID> latestEngagement() {
        return Optional.ofNullable(latestEngagementId);
    }
}

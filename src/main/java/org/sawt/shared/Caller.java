package org.sawt.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/** The authenticated holder of an API key making the current request. */
public record Caller(UUID keyId, UUID agencyId, Role role) {

    /** The request attribute holding the caller once the API key is checked. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    /** The gateway itself acting (demo data, provisioning), with platform-admin rights. */
    public static Caller system() {
        return new Caller(null, null, Role.PLATFORM_ADMIN);
    }

    @JsonIgnore
    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    /** Whether this caller may see data owned by the given agency. */
    public boolean canSee(UUID ownerAgencyId) {
        return isPlatformAdmin() || (agencyId != null && agencyId.equals(ownerAgencyId));
    }

    /** Fails unless the caller is a platform admin. */
    public void requirePlatformAdmin() {
        if (!isPlatformAdmin()) {
            throw new ForbiddenException("This action needs a platform-admin API key.");
        }
    }

    /**
     * The agency this caller acts for when a request may name one: an agency key's own (naming another is
     * forbidden); a platform admin must name it.
     */
    public UUID actingFor(UUID requested) {
        if (!isPlatformAdmin()) {
            if (requested != null && !requested.equals(agencyId)) {
                throw new ForbiddenException("This API key may only act for its own agency.");
            }
            return agencyId;
        }
        if (requested == null) {
            throw InvalidRequestException.of("agencyId", "is required with a platform-admin API key");
        }
        return requested;
    }

    /** The name written into the audit log for this caller. */
    public String actor() {
        return keyId == null ? "system" : "api-key:" + keyId;
    }
}

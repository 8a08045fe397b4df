package org.sawt.shared;

/** What an API key may do: a platform admin sees every agency, an agency admin only its own. */
public enum Role {
    PLATFORM_ADMIN, AGENCY_ADMIN
}

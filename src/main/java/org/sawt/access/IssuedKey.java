package org.sawt.access;

import java.util.UUID;

/** A freshly issued API key: the plain value is shown once and never stored. */
public record IssuedKey(UUID id, String key) {
}

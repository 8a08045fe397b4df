package org.sawt.shared;

/** The kind of address a channel reaches a contact at; each contact holds at most one of each. */
public enum AddressKind {
    PHONE, TELEGRAM, EMAIL
}

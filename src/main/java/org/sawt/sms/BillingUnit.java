package org.sawt.sms;

/** What a channel's provider charges for, and so what a broadcast estimate counts and prices on that channel. */
public enum BillingUnit {
    /** Each SMS segment of a message (SMS channels). */
    SEGMENT,
    /** Each message, whatever its length (WhatsApp, Telegram, email). */
    MESSAGE,
    /** Each call (voice). */
    CALL
}

package org.sawt.channel;

/**
 * One answer a participant can pick with a button or key (Telegram keyboards, USSD menus, IVR keypads);
 * picking it sends {@code value} as if the participant had typed it.
 */
public record Choice(String value, String label) {
}

package org.sawt.channel.ussd;

/** The screen to show, and whether the session ends with it; each provider adapter writes it in its format. */
record UssdReply(String text, boolean end) {
}

/**
 * SMS text and cost: GSM 03.38 versus UCS-2 encoding, segments and concatenated parts, and price estimates per
 * channel in the unit it is billed per (SMS segments, messages or calls).
 */
package org.sawt.sms;

/** SMS text and cost: GSM 03.38 versus UCS-2 encoding, segments and concatenated parts, price estimates per channel. */
package org.sawt.sms;

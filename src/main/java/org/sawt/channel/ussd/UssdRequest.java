package org.sawt.channel.ussd;

import java.util.List;

/**
 * One USSD request in any provider's convention: the provider's session, the caller's phone (E.164), and every
 * input of the session so far, oldest first (empty when the caller just dialled).
 */
record UssdRequest(String sessionId, String phone, List<String> inputs) {

    UssdRequest {
        inputs = List.copyOf(inputs);
    }
}

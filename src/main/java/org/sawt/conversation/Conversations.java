package org.sawt.conversation;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** What other modules may do to conversations: start one when a participant is invited. */
@Component
public class Conversations {

    private final Sessions sessions;

    Conversations(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The next reply from this address answers the engagement's first question. */
    public void invited(String channel, String address, UUID contactId, UUID engagementId) {
        sessions.save(channel, address, Session.start(contactId, engagementId));
    }
}

package org.sawt.conversation;

import java.util.UUID;

/** Where a participant is in an engagement on one channel: which question, and how often we re-asked it. */
record Session(UUID contactId, UUID engagementId, int questionIndex, int reprompts) {

    static Session start(UUID contactId, UUID engagementId) {
        return new Session(contactId, engagementId, 0, 0);
    }

    Session next() {
        return new Session(contactId, engagementId, questionIndex + 1, 0);
    }

    Session reprompted() {
        return new Session(contactId, engagementId, questionIndex, reprompts + 1);
    }
}

package org.sawt.channel.telegram;

import org.springframework.stereotype.Component;

/** Sends each update to what handles its kind; kinds the bot has no use for (inline queries, polls) are dropped. */
@Component
class TelegramUpdateHandler {

    private final TelegramMessages messages;
    private final TelegramCallbacks callbacks;
    private final TelegramParticipants participants;

    TelegramUpdateHandler(TelegramMessages messages, TelegramCallbacks callbacks, TelegramParticipants participants) {
        this.messages = messages;
        this.callbacks = callbacks;
        this.participants = participants;
    }

    void handle(TelegramUpdate update) {
        switch (update.kind()) {
            case MESSAGE -> messages.received(update);
            case EDITED_MESSAGE -> messages.edited(update);
            case CALLBACK_QUERY -> callbacks.pressed(update);
            case MY_CHAT_MEMBER -> membershipChanged(update);
            case OTHER -> { }
        }
    }

    /** The bot's own membership: blocked by a user in a private chat, or added to a group. */
    private void membershipChanged(TelegramUpdate update) {
        String status = update.newMemberStatus();
        if (update.chatId() == null || status == null) {
            return;
        }
        if (update.privateChat() && "kicked".equals(status)) {
            participants.markBlocked(update.chatId());
        } else if (update.groupChat() && ("member".equals(status) || "administrator".equals(status))) {
            messages.addedToGroup(update);
        }
    }
}

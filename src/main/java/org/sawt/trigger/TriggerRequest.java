package org.sawt.trigger;

import java.util.UUID;

/**
 * What another platform reports: its own unique {@code triggerId}, the {@code serviceCode} of the transaction, the
 * citizen's address (phone in any usual format, Telegram chat id or email) and optionally their language.
 * {@code agencyId} is for platform-admin keys.
 */
record TriggerRequest(UUID agencyId, String triggerId, String serviceCode, String phone, String telegramChatId,
        String email, String language) {
}

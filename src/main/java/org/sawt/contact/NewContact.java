package org.sawt.contact;

/** A contact to create, as written by a person: any phone format, optional language code. */
public record NewContact(String phone, String telegramChatId, String email, String language) {
}

package org.sawt.contact;

/** A contact to create, as written by a person: any phone format, optional language code and demographics. */
public record NewContact(String phone, String telegramChatId, String email, String language, Integer birthYear,
        String gender) {

    /** A contact without demographics. */
    public NewContact(String phone, String telegramChatId, String email, String language) {
        this(phone, telegramChatId, email, language, null, null);
    }
}

package org.sawt.contact;

/** A phone number that is not a valid number of any country; the message says why, for a person to fix it. */
public class InvalidPhoneNumberException extends RuntimeException {
    public InvalidPhoneNumberException(String message) {
        super(message);
    }
}

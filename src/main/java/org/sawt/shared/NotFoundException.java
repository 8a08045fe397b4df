package org.sawt.shared;

/** The thing does not exist, or belongs to another agency (HTTP 404 either way, so ids do not leak). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}

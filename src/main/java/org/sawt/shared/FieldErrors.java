package org.sawt.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request before failing, so the caller can fix them all at once. */
public final class FieldErrors {

    private final List<InvalidRequestException.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new InvalidRequestException.FieldError(field, message));
        return this;
    }

    /** Adds the error when the condition does not hold; returns the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
        return condition;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}

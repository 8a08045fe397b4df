package org.sawt.shared;

import java.util.List;

/** One or more fields of a request are wrong (HTTP 400); each error names its field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A field path (like {@code questions[0].options}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}

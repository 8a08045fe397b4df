package org.sawt.floip;

import java.util.List;
import java.util.Map;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the Flow Results API as JSON:API error objects, which its clients expect instead of problem+json. */
@RestControllerAdvice(assignableTypes = FlowResultsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonApiErrors {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRequestException e) {
        return errors(HttpStatus.BAD_REQUEST, e.errors().stream()
                .map(error -> error(HttpStatus.BAD_REQUEST, "Invalid request", error.message(), error.field()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return errors(HttpStatus.BAD_REQUEST, List.of(error(HttpStatus.BAD_REQUEST, "Invalid request",
                "is not a valid value: " + e.getValue(), e.getName())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return errors(HttpStatus.NOT_FOUND, List.of(error(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null)));
    }

    private static Map<String, Object> error(HttpStatus status, String title, String detail, String parameter) {
        return parameter == null
                ? Map.of("status", Integer.toString(status.value()), "title", title, "detail", detail)
                : Map.of("status", Integer.toString(status.value()), "title", title, "detail", detail,
                        "source", Map.of("parameter", parameter));
    }

    private static ResponseEntity<Map<String, Object>> errors(HttpStatus status, List<Map<String, Object>> errors) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(FlowResultsController.JSON_API))
                .body(Map.of("errors", errors));
    }
}

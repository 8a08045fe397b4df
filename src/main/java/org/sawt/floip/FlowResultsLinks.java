package org.sawt.floip;

import java.time.Instant;
import java.util.UUID;
import org.sawt.response.AnswerWindow;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links of the Flow Results API, built from the request's own address; brackets are percent-encoded. */
final class FlowResultsLinks {

    private final String base;
    private final String current;

    private FlowResultsLinks(String base, String current) {
        this.base = base;
        this.current = current;
    }

    static FlowResultsLinks ofCurrentRequest() {
        return new FlowResultsLinks(ServletUriComponentsBuilder.fromCurrentContextPath().path(FlowResultsController.PATH)
                .build().toUriString(), ServletUriComponentsBuilder.fromCurrentRequest().build().encode().toUriString());
    }

    String current() {
        return current;
    }

    String packagesAfter(int size, UUID lastId) {
        return base + "?" + page("size", size) + "&" + page("afterCursor", lastId);
    }

    String descriptor(UUID id) {
        return base + "/" + id;
    }

    String responses(UUID id) {
        return descriptor(id) + "/responses";
    }

    /** The responses page before or after a row, keeping the request's filters. */
    String responsesPage(UUID id, AnswerWindow window, int size, String cursor, long rowId) {
        StringBuilder link = new StringBuilder(responses(id)).append('?').append(page("size", size))
                .append('&').append(page(cursor, rowId));
        appendFilter(link, "start-timestamp", window.from());
        appendFilter(link, "end-timestamp", window.upTo());
        return link.toString();
    }

    private static void appendFilter(StringBuilder link, String name, Instant at) {
        if (at != null) {
            link.append("&filter%5B").append(name).append("%5D=")
                    .append(FlowResultsPackages.timestamp(at).replace("+", "%2B"));
        }
    }

    private static String page(String name, Object value) {
        return "page%5B" + name + "%5D=" + value;
    }
}

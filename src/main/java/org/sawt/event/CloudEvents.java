package org.sawt.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * CloudEvents 1.0 structured JSON of an event. The same stored event always gives the same bytes, so a retried
 * delivery carries the body of the first attempt. Extension attributes are lower-case alphanumerics, as the
 * specification requires; {@code sequence} follows its Sequence extension (a string that sorts in order, so zero
 * padded), counted per engagement, which is the {@code source}.
 */
@Component
public class CloudEvents {

    public static final String MEDIA_TYPE = "application/cloudevents+json";
    private static final String SOURCE_PREFIX = "urn:sawt:engagement:";

    private final ObjectMapper json;

    CloudEvents(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode envelope(StoredEvent event) {
        ObjectNode node = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.eventId().toString())
                .put("source", SOURCE_PREFIX + event.engagementId())
                .put("type", event.type())
                .put("subject", event.subject())
                .put("time", event.occurredAt().toString())
                .put("datacontenttype", "application/json")
                .put("sequence", String.format("%020d", event.sequence()))
                .put("engagementid", event.engagementId().toString())
                .put("agencyid", event.agencyId().toString());
        if (event.portalExternalId() != null) {
            node.put("portalexternalid", event.portalExternalId());
        }
        try {
            node.set("data", json.readTree(event.dataJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventId() + " holds data that is not JSON", e);
        }
        return node;
    }

    /** The envelope as sent in a webhook body. */
    public String body(StoredEvent event) {
        try {
            return json.writeValueAsString(envelope(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event envelope cannot be written as JSON", e);
        }
    }
}

package org.sawt.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A JSON Schema (draft 2020-12) of the whole CloudEvent of each type: the shared envelope
 * ({@code events/envelope.schema.json}) with {@code type} fixed and {@code data} from
 * {@code events/data/<type>.schema.json}.
 */
@Component
public class EventSchemas {

    private final Map<String, JsonNode> byType = new LinkedHashMap<>();

    EventSchemas(ObjectMapper json) {
        JsonNode envelope = read(json, "events/envelope.schema.json");
        for (String type : EventType.names()) {
            ObjectNode schema = envelope.deepCopy();
            schema.put("$id", "urn:sawt:event-schema:" + type);
            schema.put("title", "Sawt " + type + " event");
            ObjectNode properties = (ObjectNode) schema.get("properties");
            properties.set("type", json.createObjectNode().put("const", type));
            properties.set("data", read(json, "events/data/" + type + ".schema.json"));
            byType.put(type, schema);
        }
    }

    public Map<String, JsonNode> all() {
        return byType;
    }

    public Optional<JsonNode> of(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

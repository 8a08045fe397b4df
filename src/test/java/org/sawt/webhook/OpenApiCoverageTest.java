package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sawt.GatewayTest;

/** The OpenAPI document describes every events and webhooks endpoint. */
class OpenApiCoverageTest extends GatewayTest {

    @Test
    void everyPortalEndpointIsDocumented() {
        JsonNode docs = anonymous().get("/v3/api-docs").json();
        JsonNode paths = docs.path("paths");
        assertThat(paths.path("/api/v1/events").has("get")).isTrue();
        assertThat(paths.path("/api/v1/events/schemas").has("get")).isTrue();
        assertThat(paths.path("/api/v1/events/schemas/{type}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/engagements/{id}/results/snapshot").has("post")).isTrue();
        assertThat(paths.path("/api/v1/webhooks").has("post")).isTrue();
        assertThat(paths.path("/api/v1/webhooks").has("get")).isTrue();
        JsonNode one = paths.path("/api/v1/webhooks/{id}");
        assertThat(one.has("get") && one.has("patch") && one.has("delete")).isTrue();
        assertThat(paths.path("/api/v1/webhooks/{id}/rotate-secret").has("post")).isTrue();
        assertThat(paths.path("/api/v1/webhooks/{id}/dead-letters").has("get")).isTrue();
        assertThat(paths.path("/api/v1/webhooks/{id}/dead-letters/replay").has("post")).isTrue();
        assertThat(paths.path("/api/v1/webhooks/{id}/dead-letters/{deadLetterId}/replay").has("post")).isTrue();

        String created = paths.path("/api/v1/webhooks").path("post").path("responses").path("201").path("content")
                .path("*/*").path("schema").path("$ref").asText();
        JsonNode createdSchema = docs.path("components").path("schemas").path(created.substring(created.lastIndexOf('/') + 1));
        assertThat(createdSchema.path("properties").fieldNames()).toIterable().contains("id", "url", "events", "secret");
    }
}

package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the gateway serves from its own controllers is in the OpenAPI document. */
class OpenApiCoverageTest extends GatewayTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsDocumented() {
        JsonNode document = anonymous().get("/v3/api-docs").json();
        Set<String> documented = new TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.sawt")) {
                served.addAll(info.getPatternValues());
            }
        });
        assertThat(documented).containsAll(served);
        assertThat(served).contains("/flow-results/packages/{id}/responses", "/api/v1/triggers",
                "/api/v1/engagements/{id}/responses.csv");
        List<String> keyHeader = new ArrayList<>();
        document.path("paths").path("/api/v1/triggers").path("post").path("parameters")
                .forEach(p -> keyHeader.add(p.path("name").asText()));
        assertThat(keyHeader).contains("Idempotency-Key");
    }
}

package org.sawt.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published X-Twilio-Signature vector (fixtures/twilio_signature_vectors.json) against the check the
 * webhooks use; the JSON-body vectors and body hashes against the SDK's body variant, which Twilio uses for JSON
 * webhooks (messaging webhooks are form posts).
 */
class TwilioSignatureVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("formVectors")
    void formPostSignature(String id, JsonNode vector) {
        TwilioSignature signature = new TwilioSignature(vector.path("authToken").asText());

        assertThat(signature.matches(vector.path("url").asText(), params(vector.path("params")),
                vector.path("expectedSignature").asText())).isEqualTo(vector.path("valid").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonBodyVectors")
    void jsonBodySignature(String id, JsonNode vector) throws URISyntaxException {
        RequestValidator validator = new RequestValidator(vector.path("authToken").asText());

        assertThat(validator.validate(vector.path("url").asText(), vector.path("body").asText(),
                vector.path("expectedSignature").asText())).isEqualTo(vector.path("valid").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyHashVectors")
    void bodyHash(String sha256hex, JsonNode vector) {
        assertThat(new RequestValidator("12345").validateBody(vector.path("body").asText(), sha256hex))
                .isEqualTo(vector.path("valid").asBoolean(true));
    }

    @Test
    void aMissingSignatureNeverMatches() {
        JsonNode base = vectors("twilio_signature_vectors.json").findFirst().orElseThrow();
        TwilioSignature signature = new TwilioSignature(base.path("authToken").asText());

        assertThat(signature.matches(base.path("url").asText(), params(base.path("params")), null)).isFalse();
        assertThat(signature.matches(base.path("url").asText(), params(base.path("params")), "")).isFalse();
    }

    static Stream<Object[]> formVectors() {
        return vectors("twilio_signature_vectors.json").filter(v -> !v.has("body"))
                .map(v -> new Object[] {v.path("id").asText(), v});
    }

    static Stream<Object[]> jsonBodyVectors() {
        return vectors("twilio_signature_vectors.json").filter(v -> v.has("body"))
                .map(v -> new Object[] {v.path("id").asText(), v});
    }

    static Stream<Object[]> bodyHashVectors() {
        return vectors("twilio_body_hash_vectors.json").map(v -> new Object[] {v.path("sha256hex").asText(), v});
    }

    private static Map<String, List<String>> params(JsonNode params) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        params.fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(value -> values.add(value.asText()));
            } else {
                values.add(field.getValue().asText());
            }
            fields.put(field.getKey(), values);
        });
        return fields;
    }

    private static Stream<JsonNode> vectors(String file) {
        try (InputStream in = TwilioSignatureVectorsTest.class.getResourceAsStream("/fixtures/" + file)) {
            return StreamSupport.stream(JSON.readTree(in).spliterator(), false).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read fixture " + file, e);
        }
    }
}

package org.sawt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client for tests that drive the running gateway like any API user would. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient SHARED_HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String key;

    public ApiClient(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /** The absolute URL of a path on the gateway. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** The API key this client sends. */
    public String key() {
        return key;
    }

    public ApiClient withKey(String otherKey) {
        return new ApiClient(baseUrl, otherKey);
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Reply patch(String path, Object body) {
        return send("PATCH", path, body, "application/json");
    }

    public Reply postText(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    private Reply send(String method, String path, Object body, String contentType) {
        try {
            String payload = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .header("Content-Type", contentType + "; charset=utf-8")
                    .header("Accept", "application/json, application/problem+json");
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            return exchange(request.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends any request (a provider's webhook call, say) and returns its status, content type and body. */
    public static Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = SHARED_HTTP.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type and body of one HTTP exchange. */
    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String text(String field) {
            return json().path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}

package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST, as the portal retries: one effect, the first answer replayed, misuse refused. */
class IdempotencyKeyTest extends GatewayTest {

    @Test
    void aRetriedPostReturnsTheFirstAnswerAndCreatesNothingNew() {
        ApiClient agency = newAgency("Idempotent");
        String key = UUID.randomUUID().toString();
        String body = "{\"phone\": \"" + uniquePhone() + "\"}";
        ApiClient.Reply first = post(agency, "/api/v1/contacts", body, key);
        ApiClient.Reply retry = post(agency, "/api/v1/contacts", body, "\"" + key + "\"");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(agency.get("/api/v1/contacts").json().path("items")).hasSize(1);
        assertThat(post(agency, "/api/v1/contacts", body, UUID.randomUUID().toString()).status())
                .as("a new key is a new request").isEqualTo(409);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        ApiClient agency = newAgency("Idempotent mismatch");
        String key = UUID.randomUUID().toString();
        assertThat(post(agency, "/api/v1/contacts", "{\"phone\": \"" + uniquePhone() + "\"}", key).status())
                .isEqualTo(201);
        ApiClient.Reply other = post(agency, "/api/v1/contacts", "{\"phone\": \"" + uniquePhone() + "\"}", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text("detail")).contains("different request");
    }

    @Test
    void keysBelongToTheirCallerAndErrorsAreReplayedToo() {
        ApiClient one = newAgency("Idempotent one");
        ApiClient two = newAgency("Idempotent two");
        String key = UUID.randomUUID().toString();
        String body = "{\"phone\": \"" + uniquePhone() + "\"}";
        assertThat(post(one, "/api/v1/contacts", body, key).status()).isEqualTo(201);
        assertThat(post(two, "/api/v1/contacts", body, key).status()).as("another caller's key").isEqualTo(201);

        ApiClient.Reply invalid = post(one, "/api/v1/contacts", "{\"phone\": \"12\"}", "bad-" + key);
        ApiClient.Reply again = post(one, "/api/v1/contacts", "{\"phone\": \"12\"}", "bad-" + key);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(invalid.body());
    }

    @Test
    void concurrentDuplicatesDoTheWorkOnce() {
        ApiClient agency = newAgency("Idempotent race");
        String key = UUID.randomUUID().toString();
        String body = "{\"phone\": \"" + uniquePhone() + "\"}";
        List<CompletableFuture<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> post(agency, "/api/v1/contacts", body, key)));
        }
        List<Integer> statuses = replies.stream().map(CompletableFuture::join).map(ApiClient.Reply::status).toList();
        // each got the first answer (201, replayed if it came later) or 409 while the first was still running
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        assertThat(agency.get("/api/v1/contacts").json().path("items")).hasSize(1);
    }

    @Test
    void anEmptyKeyIsABadRequest() {
        ApiClient.Reply reply = post(newAgency("Idempotent empty"), "/api/v1/contacts",
                "{\"phone\": \"" + uniquePhone() + "\"}", "\"\"");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("detail")).contains("Idempotency-Key");
    }

    private static ApiClient.Reply post(ApiClient client, String path, String body, String key) {
        return ApiClient.exchange(HttpRequest.newBuilder(URI.create(client.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + client.key())
                .header("Idempotency-Key", key).build());
    }
}

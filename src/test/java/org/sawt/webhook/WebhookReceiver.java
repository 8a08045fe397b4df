package org.sawt.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A portal's webhook endpoint on loopback, as a careful portal writes it: verifies the Standard Webhooks signature
 * (any of the space-separated v1 signatures, timestamp within five minutes) and deduplicates on webhook-id. How it
 * answers is up to the test: {@link #answer} maps each request to an {@link Answer}.
 */
final class WebhookReceiver implements AutoCloseable {

    /** How the receiver answers one request. */
    enum Answer { ACCEPT, FAIL, HANG, DROP, GONE, TOO_MANY }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SubjectPublicKeyInfo of an Ed25519 key, up to the 32 raw key bytes (RFC 8410). */
    private static final byte[] ED25519_X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    private final HttpServer server;
    private final List<byte[]> secrets = new CopyOnWriteArrayList<>();
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<String> inFlightEngagements = ConcurrentHashMap.newKeySet();
    private volatile Function<JsonNode, Answer> answer = event -> Answer.ACCEPT;
    private volatile int requests;
    private final List<Instant> requestTimes = new CopyOnWriteArrayList<>();
    private volatile long holdMillis;
    private volatile PublicKey publicKey;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/sawt?token=abc";
    }

    /** Verifies with these secrets from now on (as shown by the API: whsec_...). */
    void trust(String... shownSecrets) {
        secrets.clear();
        for (String shown : shownSecrets) {
            secrets.add(Base64.getDecoder().decode(shown.substring("whsec_".length())));
        }
    }

    /** Verifies only v1a (ed25519) signatures from now on, with the public key the API showed (whpk_...). */
    void trustOnlyPublicKey(String shown) {
        secrets.clear();
        byte[] raw = Base64.getDecoder().decode(shown.substring("whpk_".length()));
        byte[] x509 = new byte[ED25519_X509_HEADER.length + raw.length];
        System.arraycopy(ED25519_X509_HEADER, 0, x509, 0, ED25519_X509_HEADER.length);
        System.arraycopy(raw, 0, x509, ED25519_X509_HEADER.length, raw.length);
        try {
            publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds every request this long before answering, so that overlapping deliveries would be seen. */
    void hold(long millis) {
        this.holdMillis = millis;
    }

    void answer(Function<JsonNode, Answer> how) {
        this.answer = how;
    }

    /** Events answered 2xx, in arrival order, repeats included. */
    List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    /** Events answered 2xx, each id once (what a deduplicating portal keeps), in first arrival order. */
    List<JsonNode> acceptedOnce(String engagementId) {
        Map<String, JsonNode> once = new LinkedHashMap<>();
        accepted.stream().filter(e -> e.path("engagementid").asText().equals(engagementId))
                .forEach(e -> once.putIfAbsent(e.path("id").asText(), e));
        return new ArrayList<>(once.values());
    }

    /** Bad signatures, mismatched ids, or two deliveries of one engagement at the same time. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    int requests() {
        return requests;
    }

    /** When each request arrived, in order. */
    List<Instant> requestTimes() {
        return List.copyOf(requestTimes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests++;
        requestTimes.add(Instant.now());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        if (!verified(id, timestamp, signatures, body)) {
            problems.add("signature does not verify: " + signatures);
            respond(exchange, 401);
            return;
        }
        JsonNode event = JSON.readTree(body);
        if (!event.path("id").asText().equals(id)) {
            problems.add("webhook-id " + id + " is not the event id " + event.path("id").asText());
        }
        String engagement = event.path("engagementid").asText();
        if (!inFlightEngagements.add(engagement)) {
            problems.add("two deliveries of engagement " + engagement + " at once");
        }
        Answer how = answer.apply(event);
        sleep(holdMillis);
        if (how == Answer.ACCEPT) {
            accepted.add(event);
        }
        // before answering: the sender may send the engagement's next event the moment it has the answer
        inFlightEngagements.remove(engagement);
        switch (how) {
            case ACCEPT -> respond(exchange, 204);
            case FAIL -> respond(exchange, 500);
            case GONE -> respond(exchange, 410);
            case TOO_MANY -> {
                exchange.getResponseHeaders().add("Retry-After", "1");
                respond(exchange, 429);
            }
            case HANG -> {
                sleep(2500); // past the sender's timeout: this late 200 must not count as delivered
                respond(exchange, 200);
            }
            case DROP -> throw new IOException("connection closed without an answer");
        }
    }

    private boolean verified(String id, String timestamp, String signatures, String body) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        if (publicKey != null) {
            return verifiedAsymmetric(id + "." + timestamp + "." + body, signatures);
        }
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, id + "." + timestamp + "." + body);
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean verifiedAsymmetric(String content, String signatures) {
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1a,")) {
                try {
                    Signature ed25519 = Signature.getInstance("Ed25519");
                    ed25519.initVerify(publicKey);
                    ed25519.update(content.getBytes(StandardCharsets.UTF_8));
                    if (ed25519.verify(Base64.getDecoder().decode(signature.substring(4)))) {
                        return true;
                    }
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    private static byte[] hmac(byte[] secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

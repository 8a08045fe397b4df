package org.sawt.benchmark;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal Twilio Messages API on loopback for load runs: accepts every message with a fresh SID and counts
 * them. (WireMock, used by the functional tests, would cost the benchmark more CPU than the gateway.)
 */
final class FakeTwilio implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong accepted = new AtomicLong();

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            byte[] answer = ("{\"sid\": \"SM" + UUID.randomUUID().toString().replace("-", "")
                    + "\", \"status\": \"queued\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
            accepted.incrementAndGet();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long accepted() {
        return accepted.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.sawt.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Open-loop HTTP/1.1 load from a pool of keep-alive connections, as a provider's webhook sender keeps them, costing
 * the shared two cores as little as possible: each request is written as prepared bytes on a plain socket and the
 * answer read just far enough to find its status and end. (The JDK's HttpClient spent more CPU per request than
 * the gateway's web layer, so it measured itself.) Requests leave at their due time whatever the server does and
 * each latency counts from that moment, including any wait for a free connection (no coordinated omission).
 */
final class KeepAliveHttpLoad {

    private static final long NO_MORE = -1;

    private final int port;
    private final int ratePerSecond;
    private final Duration duration;
    private final int connections;

    KeepAliveHttpLoad(int port, int ratePerSecond, Duration duration, int connections) {
        this.port = port;
        this.ratePerSecond = ratePerSecond;
        this.duration = duration;
        this.connections = connections;
    }

    /** Runs the load; {@code requests} gives request {@code i} as the bytes to write (request line to body). */
    OpenLoopLoad.Result run(IntFunction<byte[]> requests) throws InterruptedException {
        int total = (int) (ratePerSecond * duration.toSeconds());
        LatencyRecorder latencies = new LatencyRecorder(total);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        BlockingQueue<Long> due = new ArrayBlockingQueue<>(total + connections);
        Thread[] senders = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            senders[c] = new Thread(() -> sendWhileDue(due, next, requests, latencies, failures), "load-" + c);
            senders[c].start();
        }
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / ratePerSecond;
        for (int i = 0; i < total; i++) {
            long dueAt = start + i * intervalNanos;
            long wait = dueAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due.add(dueAt);
        }
        for (int c = 0; c < connections; c++) {
            due.add(NO_MORE);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new OpenLoopLoad.Result(total, failures.get(), seconds, latencies.percentileMillis(0.50),
                latencies.percentileMillis(0.99));
    }

    private void sendWhileDue(BlockingQueue<Long> due, AtomicInteger next, IntFunction<byte[]> requests,
            LatencyRecorder latencies, AtomicInteger failures) {
        Connection connection = null;
        try {
            while (true) {
                long dueAt = due.take();
                if (dueAt == NO_MORE) {
                    return;
                }
                byte[] request = requests.apply(next.getAndIncrement());
                boolean succeeded;
                try {
                    if (connection == null) {
                        connection = new Connection(port);
                    }
                    succeeded = connection.exchange(request);
                    if (connection.closedByServer) {
                        connection.close();
                        connection = null;
                    }
                } catch (IOException e) {
                    if (connection != null) {
                        connection.close();
                    }
                    connection = null;
                    succeeded = false;
                }
                latencies.record(System.nanoTime() - dueAt);
                if (!succeeded) {
                    failures.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    /** One keep-alive connection to the server. */
    private static final class Connection {

        private final Socket socket = new Socket();
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }

        private boolean closedByServer;

        /** Writes the request and reads the whole answer; true on a 2xx status. */
        boolean exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int status = Integer.parseInt(line(in).substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(0, colon)).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closedByServer = true; // Tomcat ends a keep-alive connection after 100 requests
                }
            }
            if (chunked) {
                for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                    skip(in, size);
                    line(in);
                }
                line(in);
            } else if (length > 0) {
                skip(in, length);
            }
            return status >= 200 && status < 300;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is dropped either way
            }
        }
    }

    private static long chunkSize(InputStream in) throws IOException {
        return Long.parseLong(line(in).trim(), 16);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        if (in.readNBytes((int) bytes).length < bytes) {
            throw new IOException("The server closed the connection mid-answer");
        }
    }

    /** An HTTP/1.1 form POST as bytes. */
    static byte[] formPost(String path, String formBody, String... headers) {
        byte[] body = formBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                .append("\r\n");
        for (int h = 0; h + 1 < headers.length; h += 2) {
            head.append(headers[h]).append(": ").append(headers[h + 1]).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

}

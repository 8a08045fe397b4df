package org.sawt.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sawt.shared.Caller;
import org.sawt.shared.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every authenticated POST with an {@code Idempotency-Key} header safe to retry: the same caller (API key)
 * sending the same key and the same request (method, path, query and body) gets the first answer again, with
 * {@code Idempotent-Replayed: true}, and the work is not done twice. While the first request runs, a duplicate gets
 * 409; the key with another request gets 422. Server errors (5xx) are not kept, so a retry runs again. Runs after
 * the API-key filter, which puts the caller on the request.
 */
@Component
@Order(IdempotencyFilter.ORDER)
class IdempotencyFilter extends OncePerRequestFilter {

    static final int ORDER = 10;
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyKeys keys;
    private final IdempotencySettings settings;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyKeys keys, IdempotencySettings settings, ObjectMapper json) {
        this.keys = keys;
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !(request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        String key = unquoted(request.getHeader(HEADER));
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            Problems.write(response, json, HttpStatus.BAD_REQUEST, "Invalid request",
                    "The Idempotency-Key header must hold 1 to " + MAX_KEY_LENGTH + " characters, for example a UUID.");
            return;
        }
        byte[] body = readBody(request.getInputStream());
        if (body == null) {
            Problems.write(response, json, HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large", "A request with an "
                    + "Idempotency-Key may have at most " + settings.maxBodyBytes() + " bytes of body.");
            return;
        }
        IdempotencyKeys.Claim claim = keys.claim(caller.keyId(), key, fingerprint(request, body));
        if (claim instanceof IdempotencyKeys.Run) {
            runOnce(new CachedBodyRequest(request, body), response, chain, caller, key);
        } else if (claim instanceof IdempotencyKeys.Replay replay) {
            replay(replay, response);
        } else if (claim instanceof IdempotencyKeys.InProgress) {
            Problems.write(response, json, HttpStatus.CONFLICT, "Conflict",
                    "A request with this Idempotency-Key is still being handled; retry it in a moment.");
        } else {
            Problems.write(response, json, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request (method, path, query or body);"
                            + " use a new key for a new request.");
        }
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Caller caller,
            String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < HttpStatus.INTERNAL_SERVER_ERROR.value()) {
                keys.complete(caller.keyId(), key, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                keys.release(caller.keyId(), key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyKeys.Replay replay, HttpServletResponse response) throws IOException {
        response.setStatus(replay.status());
        response.setHeader(REPLAYED, "true");
        if (replay.contentType() != null) {
            response.setContentType(replay.contentType());
        }
        if (replay.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, replay.location());
        }
        if (replay.body() != null) {
            response.getOutputStream().write(replay.body());
        }
    }

    /** The whole body, or null when it is larger than allowed. */
    private byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
        return body.length > settings.maxBodyBytes() ? null : body;
    }

    /** The draft sends the key as a structured-field string ("…"); a bare token is accepted too. */
    private static String unquoted(String header) {
        String key = header.strip();
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1)
                : key;
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package org.sawt.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sawt.shared.Caller;
import org.sawt.shared.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Resolves {@code Authorization: Bearer <key>} on the agency API and the Flow Results API into a {@link Caller};
 * 401 otherwise. {@code Token <key>} is accepted too: the FLOIP Flow Results specification and its clients use it.
 * Runs before the other filters of the API (Idempotency-Key), which need the caller. Metrics (they name channels,
 * routes and volumes) need a platform-admin key; health stays open for load balancers.
 */
@Component
@Order(ApiKeyAuthentication.ORDER)
class ApiKeyAuthentication extends OncePerRequestFilter {

    static final int ORDER = 0;
    private static final List<String> SCHEMES = List.of("Bearer ", "Token ");

    private final ApiKeys apiKeys;
    private final ObjectMapper json;

    ApiKeyAuthentication(ApiKeys apiKeys, ObjectMapper json) {
        this.apiKeys = apiKeys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/actuator/")) {
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        }
        // the simulator stands for citizens' phones, which hold no API key
        return !(path.startsWith("/api/v1/") || path.startsWith("/flow-results/"))
                || path.startsWith("/api/v1/simulator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = bearerKey(request).flatMap(apiKeys::authenticate);
        if (caller.isEmpty()) {
            unauthorized(response, bearerKey(request).isPresent()
                    ? "The API key is unknown or revoked."
                    : "Send an API key as 'Authorization: Bearer <key>'.");
            return;
        }
        if (path(request).startsWith("/actuator/") && !caller.get().isPlatformAdmin()) {
            Problems.write(response, json, HttpStatus.FORBIDDEN, "Forbidden", "Metrics need a platform-admin API key.");
            return;
        }
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Optional<String> bearerKey(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return SCHEMES.stream().filter(scheme -> header != null
                        && header.regionMatches(true, 0, scheme, 0, scheme.length()))
                .map(scheme -> header.substring(scheme.length()).trim()).filter(key -> !key.isEmpty()).findFirst();
    }

    private void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        Problems.write(response, json, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }
}

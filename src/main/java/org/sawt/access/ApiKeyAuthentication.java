package org.sawt.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sawt.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Resolves {@code Authorization: Bearer <key>} on the agency API into a {@link Caller}; 401 otherwise. Metrics
 * (they name channels, routes and volumes) need a platform-admin key; health stays open for load balancers.
 */
@Component
class ApiKeyAuthentication extends OncePerRequestFilter {

    static final String CALLER_ATTRIBUTE = Caller.class.getName();

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
        return !path.startsWith("/api/v1/") || path.startsWith("/api/v1/simulator/");
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
            problem(response, HttpStatus.FORBIDDEN, "Metrics need a platform-admin API key.");
            return;
        }
        request.setAttribute(CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Optional<String> bearerKey(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String key = header.substring(7).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problem(response, HttpStatus.UNAUTHORIZED, detail);
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

package org.opendetainers.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.problem.Problem;

/**
 * Applies the {@link RateLimiter} to every request but the probes and metrics ({@code /q/health},
 * {@code /q/metrics}): each answer carries {@code RateLimit-Policy} and {@code RateLimit}; a
 * request over the limit is answered {@code 429} problem+json with {@code Retry-After} on the event
 * loop, before any other work.
 */
@ApplicationScoped
public class RateLimitHandler {

    private final RateLimiter limiter;
    private final ObjectMapper json;

    public RateLimitHandler(RateLimiter limiter, ObjectMapper json) {
        this.limiter = limiter;
        this.json = json;
    }

    void install(@Observes Router router) {
        if (!limiter.enabled()) {
            return;
        }
        // right after CORS (Integer.MIN_VALUE), so that a refused cross-origin request can be read
        // by its page
        router.route()
                .order(Integer.MIN_VALUE + 1)
                .handler(
                        rc -> {
                            String path = rc.normalizedPath();
                            if (exempt(path)) {
                                rc.next();
                                return;
                            }
                            var request = rc.request();
                            String client =
                                    limiter.client(
                                            request.remoteAddress() == null
                                                    ? "unknown"
                                                    : request.remoteAddress().hostAddress(),
                                            request.headers().getAll("X-Forwarded-For"));
                            RateLimiter.Decision d = limiter.take(client);
                            HttpServerResponse response = rc.response();
                            response.putHeader("RateLimit-Policy", limiter.policyHeader());
                            response.putHeader("RateLimit", d.header());
                            if (d.allowed()) {
                                rc.next();
                                return;
                            }
                            response.setStatusCode(429)
                                    .putHeader("Retry-After", Long.toString(d.retryAfterSeconds()))
                                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                                    .putHeader("Cache-Control", "no-store")
                                    .end(
                                            body(
                                                    new Problem(
                                                            ApiProblem.RATE_LIMITED,
                                                            "Too many requests",
                                                            429,
                                                            "this client used its "
                                                                    + limiter.policyHeader()
                                                                            .replaceAll(
                                                                                    ".*q=(\\d+);w=(\\d+)",
                                                                                    "$1 requests per $2 s")
                                                                    + " on this instance; retry after "
                                                                    + d.retryAfterSeconds()
                                                                    + " s (see the RateLimit header)",
                                                            path,
                                                            null)));
                        });
    }

    /** Kubernetes probes and Prometheus are never limited. */
    static boolean exempt(String path) {
        return path.startsWith("/q/health") || path.startsWith("/q/metrics");
    }

    private String body(Problem p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

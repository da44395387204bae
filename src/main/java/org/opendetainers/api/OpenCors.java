package org.opendetainers.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CORS for a public, anonymous, read-only API: every origin may read, with a literal {@code
 * Access-Control-Allow-Origin: *} (never the echoed origin, so shared caches can keep one copy of
 * each answer), and preflights are answered for GET and HEAD.
 */
@ApplicationScoped
public class OpenCors {

    static final String EXPOSED =
            "ETag, Link, Last-Modified, Content-Disposition, Content-Range, Accept-Ranges, Content-Length, OpenDetainers-Release, RateLimit, RateLimit-Policy, Retry-After";

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(
                        rc -> {
                            if (rc.request().getHeader("Origin") == null) {
                                rc.next();
                                return;
                            }
                            var response = rc.response();
                            response.putHeader("Access-Control-Allow-Origin", "*");
                            response.putHeader("Access-Control-Expose-Headers", EXPOSED);
                            String preflight =
                                    rc.request().getHeader("Access-Control-Request-Method");
                            if (rc.request().method() == HttpMethod.OPTIONS && preflight != null) {
                                response.putHeader(
                                        "Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                                String headers =
                                        rc.request().getHeader("Access-Control-Request-Headers");
                                if (headers != null) {
                                    response.putHeader("Access-Control-Allow-Headers", headers);
                                }
                                response.putHeader("Access-Control-Max-Age", "86400");
                                response.setStatusCode(204).end();
                                return;
                            }
                            rc.next();
                        });
    }
}

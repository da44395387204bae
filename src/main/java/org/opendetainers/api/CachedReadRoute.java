package org.opendetainers.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cached answers sent straight from the HTTP server's event loop, in front of Quarkus REST: a
 * public GET whose answer the response cache holds is answered here (200 with the kept bytes, or
 * 304), with the same headers the resource would send ({@link CachedAnswers}). Everything else goes
 * on, unchanged, to the resources. Runs after CORS and the rate limit, so their headers and
 * refusals apply as to every request.
 *
 * <p>The key is computed as the read path computes it (release, path, sorted query, format, base
 * URI); when a request's form is not one this route can read with certainty (an {@code Accept}
 * header with several types, a malformed cursor), it goes on to the resource.
 */
@ApplicationScoped
public class CachedReadRoute {

    private final CachedAnswers answers;
    private final Counter served;

    public CachedReadRoute(CachedAnswers answers, MeterRegistry registry) {
        this.answers = answers;
        this.served =
                Counter.builder("opendetainers.api.answers.event.loop")
                        .description(
                                "Cached answers and 304s sent from the event loop, before Quarkus REST")
                        .register(registry);
    }

    void install(@Observes Router router) {
        // after CORS (Integer.MIN_VALUE) and the rate limit (Integer.MIN_VALUE + 1)
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = rc.normalizedPath();
        if (request.method() != HttpMethod.GET
                || !(path.equals("/v1") || path.startsWith("/v1/"))) {
            rc.next();
            return;
        }
        Map<String, List<String>> query = new TreeMap<>();
        rc.queryParams().names().forEach(name -> query.put(name, rc.queryParams().getAll(name)));
        Format format =
                CachedAnswers.simpleFormat(query.get("format"), request.getHeader("Accept"));
        CachedAnswers.Cached cached =
                format == null
                        ? null
                        : answers.answer(
                                path,
                                query,
                                baseUri(request),
                                format,
                                request.getHeader("If-None-Match"));
        if (cached == null) {
            rc.next();
            return;
        }
        served.increment();
        var response = rc.response().setStatusCode(cached.status());
        cached.headers().forEach(response::putHeader);
        if (cached.body() == null) {
            response.end();
        } else {
            response.end(Buffer.buffer(cached.body()));
        }
    }

    /** The base URI as Quarkus REST builds it: scheme and authority of the request, and "/". */
    private static String baseUri(HttpServerRequest request) {
        URI uri = URI.create(request.absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }
}

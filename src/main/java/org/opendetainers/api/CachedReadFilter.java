package org.opendetainers.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendetainers.traffic.ReadPermits;

/**
 * The part of the read path that needs no database, on the event loop, before a public read takes a
 * worker thread: a read whose answer is in memory is answered here (304 or the cached bytes, {@link
 * CachedAnswers}, as {@link CachedReadRoute} does for the requests it can read); any other read is
 * shed at once when every database permit is taken and as many reads already wait as allowed
 * ({@link ReadPermits#shedIfSaturated()}). So a flood of cached reads is served, never shed, and a
 * flood of uncached ones is refused quickly.
 */
public class CachedReadFilter {

    private final ReadPermits permits;
    private final CachedAnswers answers;

    public CachedReadFilter(ReadPermits permits, CachedAnswers answers) {
        this.permits = permits;
        this.answers = answers;
    }

    // non-blocking filters must run before every blocking one, pre-matching ones (AdminAuthFilter)
    // included
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = 1)
    public Response fromMemory(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        boolean get = method.equals("GET");
        if (!(get || method.equals("HEAD")) || !(path.equals("/v1") || path.startsWith("/v1/"))) {
            return null;
        }
        CachedAnswers.Cached cached = get ? cachedAnswer(request) : null;
        if (cached == null) {
            permits.shedIfSaturated();
            return null;
        }
        Response.ResponseBuilder answer = Response.status(cached.status()).entity(cached.body());
        cached.headers().forEach(answer::header);
        return answer.build();
    }

    /**
     * The same lookup as {@link CachedReadRoute}'s, for a request whose {@code Accept} only Quarkus
     * REST parses.
     */
    private CachedAnswers.Cached cachedAnswer(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Format format;
        try {
            format =
                    Format.of(
                            uri.getQueryParameters().getFirst("format"),
                            request.getAcceptableMediaTypes());
        } catch (RuntimeException e) {
            return null; // a bad format or Accept: the resource answers it
        }
        return answers.answer(
                uri.getPath(),
                new TreeMap<>(uri.getQueryParameters()),
                uri.getBaseUri().toString(),
                format,
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }
}

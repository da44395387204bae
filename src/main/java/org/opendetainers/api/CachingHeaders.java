package org.opendetainers.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.release.Releases.Header;

/**
 * The caching headers of an answer of the read path, written in one place for its two ways out: the
 * resources ({@link Reads}, and the pages through it) and the answers sent from memory ({@link
 * CachedAnswers}): ETag, Cache-Control, Last-Modified (the release's publication), Vary and
 * OpenDetainers-Release, in that order.
 */
@ApplicationScoped
public class CachingHeaders {

    private final ApiConfig config;

    /** Each release's Last-Modified, formatted once. */
    private final Map<String, String> lastModified = new ConcurrentHashMap<>();

    public CachingHeaders(ApiConfig config) {
        this.config = config;
    }

    /**
     * The headers of an answer read from {@code release} with {@code etag}, by name, in the order
     * sent.
     */
    public Map<String, String> of(Header release, EntityTag etag) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", "\"" + etag.getValue() + "\"");
        headers.put("Cache-Control", "public, max-age=" + config.cacheMaxAge());
        headers.put(
                "Last-Modified",
                lastModified.computeIfAbsent(
                        release.id(), id -> HttpDate.format(release.publishedAt())));
        headers.put("Vary", "Accept");
        headers.put("OpenDetainers-Release", release.id());
        return headers;
    }

    /** {@code builder} with the headers of {@link #of}. */
    public Response.ResponseBuilder on(
            Response.ResponseBuilder builder, Header release, EntityTag etag) {
        of(release, etag).forEach(builder::header);
        return builder;
    }
}

package org.opendetainers.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.opendetainers.release.Releases;
import org.opendetainers.release.Releases.Header;

/**
 * The read path's answers from memory alone, for {@link CachedReadRoute} (on the event loop) and
 * {@link CachedReadFilter} (in front of the resources): a 304 when the client's copy is current,
 * else the cached answer, with the headers the resource would send ({@link CachingHeaders}). It
 * never reads the database: the request's release must be one this instance has in memory (the one
 * it names, its cursor's, or the current one), and its answer must be in the response cache. An
 * answer is cached only after its parameters were validated, and the key holds every parameter, so
 * a cached key is a valid request.
 */
@ApplicationScoped
public class CachedAnswers {

    private final Releases releases;
    private final ResponseCache cache;
    private final CachingHeaders headers;

    public CachedAnswers(Releases releases, ResponseCache cache, CachingHeaders headers) {
        this.releases = releases;
        this.cache = cache;
        this.headers = headers;
    }

    /** A cached answer as the HTTP server sends it: status, headers and body (null for a 304). */
    record Cached(int status, Map<String, String> headers, byte[] body) {}

    /**
     * How {@link CachedReadRoute} reads the format of a request without parsing {@code Accept}:
     * {@code ?format=}, or no {@code Accept}, {@code *}{@code /*} or exactly one of the two media
     * types; null for any other request, which goes on to the resource.
     */
    static Format simpleFormat(List<String> formatParam, String accept) {
        if (formatParam != null) {
            String f = formatParam.get(0);
            return f.equals("json") ? Format.json : f.equals("csv") ? Format.csv : null;
        }
        if (accept == null || accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON)) {
            return Format.json;
        }
        return accept.equals(Format.CSV_MEDIA_TYPE) ? Format.csv : null;
    }

    /**
     * The answer of a GET from memory, or null when it is not there. {@code query} is sorted by
     * name.
     */
    Cached answer(
            String path,
            Map<String, List<String>> query,
            String baseUri,
            Format format,
            String ifNoneMatch) {
        Header release;
        try {
            List<String> named = query.get("release");
            List<String> cursor = query.get("cursor");
            String id =
                    named != null
                            ? named.get(0)
                            : cursor != null ? Cursor.release(cursor.get(0)) : null;
            var header = id == null ? releases.currentInMemory() : releases.inMemory(id);
            if (header.isEmpty()) {
                return null;
            }
            release = header.get();
        } catch (RuntimeException e) {
            return null; // a bad cursor: the resource answers it
        }
        ResponseCache.Answer answer =
                cache.peek(AnswerKey.of(release.id(), path, query, format, baseUri));
        if (answer == null) {
            return null;
        }
        EntityTag etag = answer.etag();
        Map<String, String> sent = headers.of(release, etag);
        if (AnswerKey.matches(ifNoneMatch, etag)) {
            return new Cached(304, sent, null);
        }
        sent.put("Content-Type", answer.contentType());
        if (answer.link() != null) {
            sent.put("Link", answer.link());
        }
        return new Cached(200, sent, answer.body());
    }
}

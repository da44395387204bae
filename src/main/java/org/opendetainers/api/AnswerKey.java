package org.opendetainers.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies an answer of the read path: the release, the request's path and sorted query, and
 * the format. The ETag is a digest of it; the response cache's key adds the base URI, which the
 * next links are built on.
 */
final class AnswerKey {

    private AnswerKey() {}

    /** The key of a read of {@code release} by the request {@code uri}, in {@code format}. */
    static String of(String release, UriInfo uri, Format format) {
        return of(
                release,
                uri.getPath(),
                new TreeMap<>(uri.getQueryParameters()),
                format,
                uri.getBaseUri().toString());
    }

    /**
     * The same from its parts: {@code query} sorted by name, each name's values in the request's
     * order.
     */
    static String of(
            String release,
            String path,
            Map<String, List<String>> query,
            Format format,
            String baseUri) {
        StringBuilder s =
                new StringBuilder(release).append('\n').append(path).append('\n').append(format);
        query.forEach((k, v) -> s.append('\n').append(k).append('=').append(v));
        return s.append('\n').append(baseUri).toString();
    }

    /** The ETag of the answer under {@code key}: the key without its base URI, digested. */
    static EntityTag etag(String key) {
        String tagged = key.substring(0, key.lastIndexOf('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(tagged.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether an {@code If-None-Match} header names this ETag (weak comparison, as RFC 9110 asks
     * for GET).
     */
    static boolean matches(String ifNoneMatch, EntityTag etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("\"" + etag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}

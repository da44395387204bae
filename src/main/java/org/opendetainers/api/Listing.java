package org.opendetainers.api;

import org.opendetainers.representation.TableWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.opendetainers.api.problem.ApiProblem;
import org.opendetainers.representation.Page;
import org.opendetainers.representation.ReleaseRef;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.domain.Release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What every read of the public API shares: which release it reads, page size and cursor,
 * JSON or CSV, the ETag and cache headers, and the envelope with its {@code next} link.
 *
 * <p>The ETag depends only on the release, the request's path and query, and the format, so a
 * conditional request is answered 304 before any query runs.
 */
@ApplicationScoped
public class Listing {

    private final ApiConfig config;
    private final TableWriter tables;

    public Listing(ApiConfig config, TableWriter tables) {
        this.config = config;
        this.tables = tables;
    }

    /** The parsed common parameters of one read. */
    public record Read(Release release, int limit, List<String> after, Format format, EntityTag etag, UriInfo uri) {

        /** The sort key of the last row of the previous page, or null on the first page. */
        public String after(int i) {
            return after == null ? null : after.get(i);
        }
    }

    /** A list read: {@code keySize} is the number of values in the listing's sort key. */
    public Read list(UriInfo uri, HttpHeaders headers, String release, String limit, String cursor, String format, int keySize) {
        Cursor c = cursor == null ? null : Cursor.decode(cursor, keySize);
        if (c != null && release != null && !c.release().equals(release)) {
            throw ApiProblem.invalidParameter("cursor", "this cursor belongs to release " + c.release() + ", not " + release);
        }
        Release r = release(release != null ? release : c == null ? null : c.release());
        Format f = Format.of(format, headers);
        return new Read(r, limit(limit), c == null ? null : c.key(), f, etag(r, uri, f), uri);
    }

    /** A read of one item. */
    public Read one(UriInfo uri, HttpHeaders headers, String release, String format) {
        Release r = release(release);
        Format f = Format.of(format, headers);
        return new Read(r, 1, null, f, etag(r, uri, f), uri);
    }

    /** 304 Not Modified when the client's {@code If-None-Match} matches this read's ETag. */
    public Response notModified(Request request, Read read) {
        Response.ResponseBuilder builder = request.evaluatePreconditions(read.etag());
        return builder == null ? null : cached(builder, read).build();
    }

    /**
     * Answers a page: {@code rows} holds up to {@code limit + 1} rows (one more than served tells
     * that there is a next page); {@code key} gives a row's sort key for the cursor.
     */
    public <T> Response page(Read read, List<T> rows, Class<T> type, Function<T, List<String>> key,
                             ListEnvelopeFactory<T> envelope) {
        return page(read, rows, served -> tables.csv(type, served), key, envelope);
    }

    /** A page whose CSV columns are given explicitly (rows whose shape depends on the query). */
    public <T> Response page(Read read, List<T> rows, List<String> csvColumns, Function<T, List<String>> key,
                             ListEnvelopeFactory<T> envelope) {
        return page(read, rows, served -> tables.csv(csvColumns, served), key, envelope);
    }

    private <T> Response page(Read read, List<T> rows, Function<List<T>, String> csv, Function<T, List<String>> key,
                              ListEnvelopeFactory<T> envelope) {
        boolean more = rows.size() > read.limit();
        List<T> served = more ? rows.subList(0, read.limit()) : rows;
        String next = null;
        if (more) {
            Cursor cursor = new Cursor(read.release().id, key.apply(served.get(served.size() - 1)));
            next = read.uri().getRequestUriBuilder()
                    .replaceQueryParam("cursor", cursor.encode())
                    .replaceQueryParam("release", read.release().id)
                    .build().toString();
        }
        Response.ResponseBuilder builder = Response.ok();
        if (read.format() == Format.csv) {
            builder.entity(csv.apply(served)).type(Format.csv.contentType);
        } else {
            builder.entity(envelope.create(served, new Page(read.limit(), next), ReleaseRef.of(read.release())))
                    .type(Format.json.contentType);
        }
        if (next != null) {
            builder.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return cached(builder, read).build();
    }

    /** Answers one item (the representation itself, without envelope). */
    public <T> Response item(Read read, T item, Class<T> type) {
        Response.ResponseBuilder builder = Response.ok();
        if (read.format() == Format.csv) {
            builder.entity(tables.csv(type, List.of(item))).type(Format.csv.contentType);
        } else {
            builder.entity(item).type(Format.json.contentType);
        }
        return cached(builder, read).build();
    }

    @FunctionalInterface
    public interface ListEnvelopeFactory<T> {
        Object create(List<T> data, Page page, ReleaseRef release);
    }

    /** The caching headers of a read: its ETag, Cache-Control, Last-Modified (the release's publication), Vary and the release id. */
    public Response.ResponseBuilder cached(Response.ResponseBuilder builder, Read read) {
        return builder.tag(read.etag())
                .header("Cache-Control", "public, max-age=" + config.cacheMaxAge())
                .lastModified(Date.from(read.release().publishedAt.toInstant()))
                .header("Vary", "Accept")
                .header("OpenDetainers-Release", read.release().id);
    }

    /** The release a read names, or the current one: 404 for an unknown id, 503 before the first release. */
    public Release release(String id) {
        if (id != null) {
            Release r = Release.findById(id);
            if (r == null) {
                throw new ApiProblem(404, ApiProblem.NOT_FOUND, "Not found", "no release '" + id + "'; see /v1/releases", "release");
            }
            return r;
        }
        return Release.current().orElseThrow(() -> new ApiProblem(503, ApiProblem.NO_RELEASE, "No release published",
                "no release has been published yet; the first import has not completed", null));
    }

    private int limit(String value) {
        if (value == null) {
            return config.defaultLimit();
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter("limit", "'" + value + "' is not a whole number");
        }
        if (limit < 1 || limit > config.maxLimit()) {
            throw ApiProblem.invalidParameter("limit", "limit must be between 1 and " + config.maxLimit() + ", not " + limit);
        }
        return limit;
    }

    private static EntityTag etag(Release release, UriInfo uri, Format format) {
        Map<String, List<String>> query = new TreeMap<>(uri.getQueryParameters());
        StringBuilder s = new StringBuilder(release.id).append('\n').append(uri.getPath()).append('\n').append(format);
        query.forEach((k, v) -> s.append('\n').append(k).append('=').append(v));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.opendetainers.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.Reference;
import org.opendetainers.query.References;
import org.opendetainers.release.Releases;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.Page;
import org.opendetainers.representation.ReleaseRef;
import org.opendetainers.representation.TableWriter;
import org.opendetainers.traffic.ReadPermits;

/**
 * The one read path of the public API. Every public GET of a release's data is answered here, in
 * the same steps: resolve the release (from memory) → validate the parameters (against the
 * release's reference data, in memory) → answer 304 if the client's copy is current → answer from
 * the response cache, or query, render JSON or CSV, and keep the encoded answer → set the headers
 * (ETag, Cache-Control, Last-Modified, Vary, Link, OpenDetainers-Release). Only a read that queries
 * the database takes a {@link ReadPermits} permit, and only such a read is shed (503) when the
 * instance is saturated. {@link CachedReadFilter} runs the steps that need no database on the event
 * loop, before a request takes a worker thread: it answers 304s and cached answers there ({@link
 * CachedAnswers}), and sheds early a read that would query a saturated database.
 *
 * <p>Resources only declare a read: a {@link ListSpec} (the view, its sort key and envelope) and a
 * function that validates the filters and returns the query to run ({@link Filters}). The ETag
 * depends only on the release, the request's path and query, and the format, so a conditional
 * request is answered without touching the database.
 */
@ApplicationScoped
public class Reads {

    private final ApiConfig config;
    private final TableWriter tables;
    private final ObjectMapper json;
    private final Releases releases;
    private final References references;
    private final ResponseCache cache;
    private final ReadPermits permits;
    private final UriInfo uri;
    private final HttpHeaders headers;
    private final CachingHeaders cachingHeaders;

    public Reads(
            ApiConfig config,
            TableWriter tables,
            ObjectMapper json,
            Releases releases,
            References references,
            ResponseCache cache,
            ReadPermits permits,
            UriInfo uri,
            HttpHeaders headers,
            CachingHeaders cachingHeaders) {
        this.config = config;
        this.tables = tables;
        this.json = json;
        this.releases = releases;
        this.references = references;
        this.cache = cache;
        this.permits = permits;
        this.uri = uri;
        this.headers = headers;
        this.cachingHeaders = cachingHeaders;
    }

    /** The parsed common parameters of one read, with the release's reference data. */
    public record Read(
            Header release,
            Reference reference,
            int limit,
            List<String> after,
            Format format,
            EntityTag etag,
            String key,
            UriInfo uri) {

        /** The sort key of the last row of the previous page, or null on the first page. */
        public String after(int i) {
            return after == null ? null : after.get(i);
        }
    }

    /**
     * What a list resource declares: the view, the size of its sort key, the key of a row, its
     * envelope and CSV columns.
     */
    public record ListSpec<T>(
            Class<T> view,
            int keySize,
            Function<T, List<String>> key,
            Envelope<T> envelope,
            Function<Read, List<String>> csvColumns) {

        public static <T> ListSpec<T> of(
                Class<T> view, int keySize, Function<T, List<String>> key, Envelope<T> envelope) {
            return new ListSpec<>(view, keySize, key, envelope, null);
        }

        /** A list whose CSV columns depend on the read (rows whose shape depends on the query). */
        public ListSpec<T> withColumns(Function<Read, List<String>> columns) {
            return new ListSpec<>(view, keySize, key, envelope, columns);
        }
    }

    /** The JSON envelope of a page. */
    @FunctionalInterface
    public interface Envelope<T> {
        Object create(List<T> data, Page page, ReleaseRef release);
    }

    /**
     * Validates a read's filters (throwing a 400 problem) and returns the query that fetches up to
     * {@code read.limit() + 1} rows after {@code read.after()}; run only when the answer is not
     * cached.
     */
    @FunctionalInterface
    public interface Filters<T> {
        Query<T> validate(Read read);
    }

    @FunctionalInterface
    public interface Query<T> {
        List<T> rows();
    }

    /** Finds the one item of an item read, or throws a 404 problem. */
    @FunctionalInterface
    public interface Find<T> {
        T find(Read read);
    }

    /** A page of a list. */
    public <T> Response list(ListParams page, ListSpec<T> spec, Filters<T> filters) {
        Cursor c = page.cursor == null ? null : Cursor.decode(page.cursor, spec.keySize());
        if (c != null && page.release != null && !c.release().equals(page.release)) {
            throw ApiProblem.invalidParameter(
                    "cursor",
                    "this cursor belongs to release " + c.release() + ", not " + page.release);
        }
        Header release =
                release(page.release != null ? page.release : c == null ? null : c.release());
        Format format = Format.of(page.format, headers);
        Read read =
                read(
                        release,
                        Params.limit(page.limit, config.defaultLimit(), config.maxLimit()),
                        c == null ? null : c.key(),
                        format);
        Query<T> query = filters.validate(read);
        return answer(read, () -> renderPage(read, spec, query.rows()));
    }

    /** One item of a release (the representation itself, without envelope). */
    public <T> Response one(ItemParams item, Class<T> view, Find<T> find) {
        return one(item.release, item.format, view, find);
    }

    /** One item of the release named (or the current one), in the format asked for. */
    public <T> Response one(String release, String format, Class<T> view, Find<T> find) {
        Read read = read(release(release), 1, null, Format.of(format, headers));
        return answer(read, () -> renderItem(read, view, find.find(read)));
    }

    /**
     * One item that is a document of lists (a place): its JSON is the item, its CSV the rows {@code
     * rows} gives of it, with the columns of {@code row}.
     */
    public <T, R> Response one(
            ItemParams item, Class<R> row, Function<T, List<R>> rows, Find<T> find) {
        Read read = read(release(item.release), 1, null, Format.of(item.format, headers));
        return answer(
                read,
                () -> {
                    T found = find.find(read);
                    byte[] body =
                            read.format() == Format.csv
                                    ? tables.csv(row, rows.apply(found))
                                            .getBytes(StandardCharsets.UTF_8)
                                    : write(found);
                    return new ResponseCache.Answer(
                            body, read.format().contentType, null, read.etag());
                });
    }

    /**
     * A read of one release (the one named, or the current one) without rows: the pages start from
     * it.
     */
    public Read read(String release, Format format) {
        return read(release(release), 1, null, format);
    }

    private Read read(Header release, int limit, List<String> after, Format format) {
        String key = key(release, format);
        return new Read(
                release,
                references.of(release),
                limit,
                after,
                format,
                AnswerKey.etag(key),
                key,
                uri);
    }

    private Response answer(Read read, Supplier<ResponseCache.Answer> render) {
        if (AnswerKey.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), read.etag())) {
            return headers(Response.notModified(), read).build();
        }
        // only a read that queries the database takes a permit: 304s and cache hits are never shed
        ResponseCache.Answer answer =
                cache.get(
                        read.key(),
                        () -> {
                            try (ReadPermits.Permit permit = permits.acquire()) {
                                return render.get();
                            }
                        });
        Response.ResponseBuilder builder = Response.ok(answer.body()).type(answer.contentType());
        if (answer.link() != null) {
            builder.header("Link", answer.link());
        }
        return headers(builder, read).build();
    }

    private <T> ResponseCache.Answer renderPage(Read read, ListSpec<T> spec, List<T> rows) {
        boolean more = rows.size() > read.limit();
        List<T> served = more ? rows.subList(0, read.limit()) : rows;
        String next = null;
        if (more) {
            Cursor cursor =
                    new Cursor(
                            read.release().id(), spec.key().apply(served.get(served.size() - 1)));
            next =
                    read.uri()
                            .getRequestUriBuilder()
                            .replaceQueryParam("cursor", cursor.encode())
                            .replaceQueryParam("release", read.release().id())
                            .build()
                            .toString();
        }
        byte[] body;
        if (read.format() == Format.csv) {
            String csv =
                    spec.csvColumns() == null
                            ? tables.csv(spec.view(), served)
                            : tables.csv(spec.csvColumns().apply(read), served);
            body = csv.getBytes(StandardCharsets.UTF_8);
        } else {
            body =
                    write(
                            spec.envelope()
                                    .create(
                                            served,
                                            new Page(read.limit(), next),
                                            ReleaseRef.of(read.release())));
        }
        return new ResponseCache.Answer(
                body,
                read.format().contentType,
                next == null ? null : "<" + next + ">; rel=\"next\"",
                read.etag());
    }

    private <T> ResponseCache.Answer renderItem(Read read, Class<T> view, T item) {
        byte[] body =
                read.format() == Format.csv
                        ? tables.csv(view, List.of(item)).getBytes(StandardCharsets.UTF_8)
                        : write(item);
        return new ResponseCache.Answer(body, read.format().contentType, null, read.etag());
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * The caching headers of a read: its ETag, Cache-Control, Last-Modified (the release's
     * publication), Vary and the release id.
     */
    public Response.ResponseBuilder headers(Response.ResponseBuilder builder, Read read) {
        return cachingHeaders.on(builder, read.release(), read.etag());
    }

    /**
     * The release a read names, or the current one: 404 for an unknown id, 503 before the first
     * release.
     */
    public Header release(String id) {
        if (id != null) {
            return releases.byId(id)
                    .orElseThrow(
                            () ->
                                    new ApiProblem(
                                            404,
                                            ApiProblem.NOT_FOUND,
                                            "Not found",
                                            "no release '" + id + "'; see /v1/releases",
                                            "release"));
        }
        return releases.current()
                .orElseThrow(
                        () ->
                                new ApiProblem(
                                        503,
                                        ApiProblem.NO_RELEASE,
                                        "No release published",
                                        "no release has been published yet; the first import has not completed",
                                        null));
    }

    /** The reference data of a release (for the pages). */
    public Reference reference(Header release) {
        return references.of(release);
    }

    /**
     * What identifies an answer: the release, the request's path and sorted query, and the format
     * (the ETag is its digest). The cache key adds the base URI, which the next links are built on.
     */
    private String key(Header release, Format format) {
        return AnswerKey.of(release.id(), uri, format);
    }
}

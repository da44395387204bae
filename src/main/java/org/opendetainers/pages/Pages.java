package org.opendetainers.pages;

import io.quarkiverse.web.bundler.runtime.Bundle;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendetainers.api.Format;
import org.opendetainers.api.Reads;
import org.opendetainers.api.ResponseCache;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.ReleaseRef;
import org.opendetainers.traffic.ReadPermits;

/**
 * The skeleton every page shares: the release it reads (through the API's one read path, {@link
 * Reads}), its {@link Chrome}, and an HTML answer with the API's caching headers plus the page's
 * security headers. A page is kept in the API's {@link ResponseCache} once rendered (under its
 * ETag, which covers the release, the assets and anything else it shows, and its URL), and only a
 * page not kept takes one of the database permits ({@link ReadPermits}) to render: as for the API,
 * a flood of one page is answered from memory and the excess of distinct pages is shed with 503
 * rather than queued for the database.
 */
@ApplicationScoped
public class Pages {

    /** Pages load nothing from another host, and no inline script or style. */
    public static final String CSP =
            "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final Reads reads;
    private final ApiConfig api;
    private final Bundle bundle;
    private final ResponseCache cache;
    private final ReadPermits permits;

    public Pages(
            Reads reads, ApiConfig api, Bundle bundle, ResponseCache cache, ReadPermits permits) {
        this.reads = reads;
        this.api = api;
        this.bundle = bundle;
        this.cache = cache;
        this.permits = permits;
    }

    /**
     * One page read: the API's read of the same release, with an ETag that also covers the page's
     * assets.
     */
    public record Read(Reads.Read api, Chrome chrome, PageMessages msg) {
        public Releases.Header release() {
            return api.release();
        }

        /** The language of the page. */
        public Lang lang() {
            return chrome.lang();
        }

        /**
         * The key of the rendered page in the response cache: its ETag and its URL (release, path,
         * sorted query).
         */
        String cacheKey() {
            return "page " + chrome.lang() + " " + api.etag().getValue() + " " + api.key();
        }
    }

    /**
     * Opens a page read: the release named by {@code releaseParam} or the current one (404 / 503
     * problems as in the API). {@code extra} is anything else the page shows that can change within
     * a release (e.g. the status). The page's language is its path's ({@link Lang#ofPath}); the
     * title is written in it.
     */
    public Read read(
            UriInfo uri,
            HttpHeaders headers,
            String releaseParam,
            Function<PageMessages, String> title,
            String section,
            String extra) {
        Reads.Read read = reads.read(releaseParam, Format.json);
        Releases.Header release = read.release();
        Lang lang = Lang.ofPath(uri.getPath());
        PageMessages msg = messages(lang);
        EntityTag tag =
                new EntityTag(
                        hash(
                                lang.name()
                                        + '\n'
                                        + read.etag().getValue()
                                        + '\n'
                                        + bundle.script("main")
                                        + '\n'
                                        + bundle.style("main")
                                        + '\n'
                                        + bundle.script("charts")
                                        + '\n'
                                        + bundle.script("map")
                                        + '\n'
                                        + (extra == null ? "" : extra)));
        UriBuilder pinned = UriBuilder.fromPath(uri.getPath());
        for (Map.Entry<String, List<String>> q : uri.getQueryParameters().entrySet()) {
            if (!q.getKey().equals("release")) {
                pinned.queryParam(q.getKey(), q.getValue().toArray());
            }
        }
        String permalink = pinned.queryParam("release", release.id()).build().toString();
        boolean isPinned = releaseParam != null;
        String english = Lang.englishPath(uri.getPath());
        String query = uri.getRequestUri().getRawQuery();
        String asked = query == null ? "" : "?" + query;
        Chrome chrome =
                new Chrome(
                        title.apply(msg),
                        section,
                        ReleaseRef.of(release),
                        isPinned,
                        isPinned ? "?release=" + release.id() : "",
                        permalink,
                        api.baseUrl() + permalink,
                        lang,
                        api.baseUrl(),
                        Lang.en.path(english) + asked,
                        Lang.es.path(english) + asked);
        return new Read(
                new Reads.Read(
                        release, read.reference(), 1, null, Format.json, tag, read.key(), uri),
                chrome,
                msg);
    }

    /** The texts every page shares, in a language. */
    static PageMessages messages(Lang lang) {
        return messages(PageMessages.class, lang);
    }

    /** A message bundle in a language (the bundle itself, or its Spanish localization). */
    static <T> T messages(Class<T> bundle, Lang lang) {
        return lang == Lang.en
                ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(lang.name()));
    }

    /**
     * Answers one page: opens its read ({@link #read}), answers 304 when the browser's copy is
     * current, then the page kept in the cache, and otherwise lets {@code render} build the page
     * from the read, holding a database permit (503 when none comes in time).
     */
    public Response answer(
            Request request,
            UriInfo uri,
            HttpHeaders headers,
            String releaseParam,
            Function<PageMessages, String> title,
            String section,
            String extra,
            Function<Read, Response> render) {
        Read read = read(uri, headers, releaseParam, title, section, extra);
        Response notModified = notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        ResponseCache.Answer kept = cache.peek(read.cacheKey());
        if (kept != null) {
            return headers(Response.ok(kept.body()).type(kept.contentType()), read).build();
        }
        try (ReadPermits.Permit permit = permits.acquire()) {
            return render.apply(read);
        }
    }

    /** 304 when the browser's copy is this one. */
    public Response notModified(Request request, Read read) {
        Response.ResponseBuilder builder = request.evaluatePreconditions(read.api().etag());
        return builder == null ? null : headers(builder, read).build();
    }

    /** The page, 200. */
    public Response ok(Read read, TemplateInstance page) {
        return page(read, page, 200);
    }

    /**
     * The page with another status (e.g. 400 when a form names what is not published); a 200 is
     * kept.
     */
    public Response page(Read read, TemplateInstance page, int status) {
        byte[] body =
                page.setLocale(read.lang().messages()).render().getBytes(StandardCharsets.UTF_8);
        if (status == 200) {
            cache.get(
                    read.cacheKey(),
                    () -> new ResponseCache.Answer(body, HTML, null, read.api().etag()));
        }
        return headers(Response.status(status).entity(body).type(HTML), read).build();
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder builder, Read read) {
        return reads.headers(builder, read.api())
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    private static String hash(String s) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

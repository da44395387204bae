package org.opendetainers.pages;

import org.opendetainers.api.Reads;

import org.opendetainers.release.Releases;

import io.quarkiverse.web.bundler.runtime.Bundle;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.opendetainers.api.Format;
import org.opendetainers.representation.ReleaseRef;
import org.opendetainers.config.ApiConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The skeleton every page shares: the release it reads (through the API's one read path, {@link Reads}), its
 * {@link Chrome}, and an HTML answer with the API's caching headers plus the page's security headers.
 */
@ApplicationScoped
public class Pages {

    /** Pages load nothing from another host, and no inline script or style. */
    public static final String CSP = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    private final Reads reads;
    private final ApiConfig api;
    private final Bundle bundle;

    public Pages(Reads reads, ApiConfig api, Bundle bundle) {
        this.reads = reads;
        this.api = api;
        this.bundle = bundle;
    }

    /** One page read: the API's read of the same release, with an ETag that also covers the page's assets. */
    public record Read(Reads.Read api, Chrome chrome) {
        public Releases.Header release() {
            return api.release();
        }
    }

    /**
     * Opens a page read: the release named by {@code releaseParam} or the current one (404 / 503 problems as in
     * the API). {@code extra} is anything else the page shows that can change within a release (e.g. the status).
     */
    public Read read(UriInfo uri, HttpHeaders headers, String releaseParam, String title, String section, String extra) {
        Reads.Read read = reads.read(releaseParam, Format.json);
        Releases.Header release = read.release();
        EntityTag tag = new EntityTag(hash(read.etag().getValue() + '\n' + bundle.script("main") + '\n' + bundle.style("main") + '\n' + bundle.script("charts")
                + '\n' + (extra == null ? "" : extra)));
        UriBuilder pinned = UriBuilder.fromPath(uri.getPath());
        for (Map.Entry<String, List<String>> q : uri.getQueryParameters().entrySet()) {
            if (!q.getKey().equals("release")) {
                pinned.queryParam(q.getKey(), q.getValue().toArray());
            }
        }
        String permalink = pinned.queryParam("release", release.id()).build().toString();
        boolean isPinned = releaseParam != null;
        Chrome chrome = new Chrome(title, section, ReleaseRef.of(release), isPinned, isPinned ? "?release=" + release.id() : "",
                permalink, api.baseUrl() + permalink);
        return new Read(new Reads.Read(release, read.reference(), 1, null, Format.json, tag, read.key(), uri), chrome);
    }

    /**
     * Answers one page: opens its read ({@link #read}), answers 304 when the browser's copy is
     * current, and otherwise lets {@code render} build the page from the read.
     */
    public Response answer(Request request, UriInfo uri, HttpHeaders headers, String releaseParam, String title, String section,
                           String extra, Function<Read, Response> render) {
        Read read = read(uri, headers, releaseParam, title, section, extra);
        Response notModified = notModified(request, read);
        return notModified != null ? notModified : render.apply(read);
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

    /** The page with another status (e.g. 400 when a form names what is not published). */
    public Response page(Read read, TemplateInstance page, int status) {
        return headers(Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML + ";charset=UTF-8"), read).build();
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder builder, Read read) {
        return reads.headers(builder, read.api())
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

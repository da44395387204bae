package org.opendetainers.api;

import org.opendetainers.representation.HowToCite;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.api.problem.ApiProblem;
import org.opendetainers.representation.ChangeLog;
import org.opendetainers.representation.ReleaseView;
import org.opendetainers.domain.Release;

import java.util.List;
import java.util.Map;

@Path("/v1/releases")
@Tag(name = "Releases")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class ReleaseResource {

    private final Listing listing;
    private final ObjectMapper json;
    private final HowToCite cite;

    public ReleaseResource(Listing listing, ObjectMapper json, HowToCite cite) {
        this.listing = listing;
        this.json = json;
        this.cite = cite;
    }

    @GET
    @Operation(operationId = "listReleases", summary = "List releases",
            description = "Published releases, newest first, each with its input checksums, row counts and change log. "
                    + "With release=ID, the releases up to and including that one.")
    @APIResponse(responseCode = "200", description = "A page of releases.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(@BeanParam ListParams page, @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 1);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        PublishedRows.Where where = new PublishedRows.Where(read.release().id);
        String query = "seq <= :upTo" + (read.after() == null ? "" : " and seq < :afterSeq");
        Map<String, Object> params = read.after() == null
                ? Map.of("upTo", read.release().seq)
                : Map.of("upTo", read.release().seq, "afterSeq", afterSeq(read.after(0)));
        List<ReleaseView> found = Release.<Release>find(query, Sort.descending("seq"), params)
                .range(0, read.limit()).list().stream().map(r -> ReleaseView.of(r, json, cite.release(r))).toList();
        return listing.page(read, found, ReleaseView.class, r -> List.of(seqOf(r.id())), ReleaseView.Page::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRelease", summary = "One release", description = "One release, by id, with its input checksums, row counts and change log.")
    @APIResponse(responseCode = "200", description = "The release.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class)))
    public Response get(
            @Parameter(description = "Release id.", example = "2026-11-24") @PathParam("id") String id,
            @BeanParam FormatParam item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = readOf(id, item.format, uri, headers);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        Release release = read.release();
        return listing.item(read, ReleaseView.of(release, json, cite.release(release)), ReleaseView.class);
    }

    @GET
    @Path("{id}/changes")
    @Operation(operationId = "getReleaseChanges", summary = "What a release changed",
            description = "The change log of one release against the previous one: per table the ids added, removed and changed, "
                    + "the figures whose value was revised (with the previous and the new value), and the numbers of detainer-statistics "
                    + "cells added, removed and changed. How a journalist sees when a figure was revised.")
    @APIResponse(responseCode = "200", description = "The change log.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeLog.class)))
    public Response changes(
            @Parameter(description = "Release id.", example = "2026-11-24") @PathParam("id") String id,
            @BeanParam FormatParam item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = readOf(id, item.format, uri, headers);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        Release release = read.release();
        return listing.item(read, ReleaseView.of(release, json, null).changes(), ChangeLog.class);
    }

    /** The releases up to and including {@code upTo}, newest first, as /v1/releases describes them. The pages read them here too. */
    public List<ReleaseView> releases(Release upTo) {
        return Release.<Release>find("seq <= ?1", Sort.descending("seq"), upTo.seq).list().stream()
                .map(r -> ReleaseView.of(r, json, cite.release(r))).toList();
    }

    /** A read of release {@code id} itself; 404 when there is none. */
    private Listing.Read readOf(String id, String format, UriInfo uri, HttpHeaders headers) {
        if (Release.findById(id) == null) {
            throw ApiProblem.notFound("no release '" + id + "'; see /v1/releases");
        }
        return listing.one(uri, headers, id, format);
    }

    private static String seqOf(String releaseId) {
        Release r = Release.findById(releaseId);
        return Long.toString(r.seq);
    }

    private static long afterSeq(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter("cursor", "not a cursor of this listing; use the 'next' link of a previous page");
        }
    }
}

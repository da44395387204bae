package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.ReleaseQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.ChangeLog;
import org.opendetainers.representation.ReleaseView;

@Path("/v1/releases")
@Tag(name = "Releases")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class ReleaseResource {

    private final Reads reads;
    private final Releases releases;
    private final ReleaseQuery query;
    private final Reads.ListSpec<ReleaseView> list;

    public ReleaseResource(Reads reads, Releases releases, ReleaseQuery query) {
        this.reads = reads;
        this.releases = releases;
        this.query = query;
        this.list =
                Reads.ListSpec.of(
                        ReleaseView.class,
                        1,
                        r -> List.of(Long.toString(releases.byId(r.id()).orElseThrow().seq())),
                        ReleaseView.Page::new);
    }

    @GET
    @Operation(
            operationId = "listReleases",
            summary = "List releases",
            description =
                    "Published releases, newest first, each with its input checksums, row counts and change log. "
                            + "With release=ID, the releases up to and including that one.")
    @APIResponse(
            responseCode = "200",
            description = "A page of releases.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ReleaseView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(@BeanParam ListParams page) {
        return reads.list(
                page,
                list,
                read -> () -> query.releases(read.release(), read.after(0), read.limit() + 1));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getRelease",
            summary = "One release",
            description =
                    "One release, by id, with its input checksums, row counts and change log.")
    @APIResponse(
            responseCode = "200",
            description = "The release.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReleaseView.class)))
    public Response get(
            @Parameter(description = "Release id.", example = "2026-11-24") @PathParam("id")
                    String id,
            @BeanParam FormatParam item) {
        return reads.one(
                existing(id),
                item.format,
                ReleaseView.class,
                read -> query.release(read.release()));
    }

    @GET
    @Path("{id}/changes")
    @Operation(
            operationId = "getReleaseChanges",
            summary = "What a release changed",
            description =
                    "The change log of one release against the previous one: per table the ids added, removed and changed, "
                            + "the figures whose value was revised (with the previous and the new value), and the numbers of detainer-statistics "
                            + "cells added, removed and changed. How a journalist sees when a figure was revised.")
    @APIResponse(
            responseCode = "200",
            description = "The change log.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeLog.class)))
    public Response changes(
            @Parameter(description = "Release id.", example = "2026-11-24") @PathParam("id")
                    String id,
            @BeanParam FormatParam item) {
        return reads.one(
                existing(id), item.format, ChangeLog.class, read -> query.changes(read.release()));
    }

    /** The release of a path: 404 when there is none. */
    private String existing(String id) {
        return releases.byId(id)
                .orElseThrow(() -> ApiProblem.notFound("no release '" + id + "'; see /v1/releases"))
                .id();
    }
}

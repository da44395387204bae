package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.opendetainers.representation.SourceView;
import org.opendetainers.domain.Source;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.SourceKind;

import java.util.Map;

@Path("/v1/sources")
@Tag(name = "Sources")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class SourceResource {

    private final Listing listing;
    private final PublishedRows rows;

    public SourceResource(Listing listing, PublishedRows rows) {
        this.listing = listing;
        this.rows = rows;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Sources of the release read, by id: every document a figure or policy cites, with a ready citation.")
    @APIResponse(responseCode = "200", description = "A page of sources.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Only sources of this kind.", example = "government_report", schema = @Schema(implementation = SourceKind.class)) @QueryParam("kind") String kind,
            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 1);
        String release = read.release().id;
        Params.vocabulary("kind", kind, SourceKind.class);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        PublishedRows.Where where = new PublishedRows.Where(release).and("kind = :kind", "kind", kind);
        if (read.after() != null) {
            where.and("id > :afterId", "afterId", read.after(0));
        }
        var found = Source.<Source>find(where.query(), PublishedRows.by("id"), where.params())
                .range(0, read.limit()).list().stream().map(SourceView::of).toList();
        return listing.page(read, found, SourceView.class, v -> java.util.List.of(v.id()), SourceView.Page::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "One source", description = "One source of the release read, by id.")
    @APIResponse(responseCode = "200", description = "The source.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public Response get(
            @Parameter(description = "Source id.", example = "seed-004") @PathParam("id") String id,
            @BeanParam ItemParams item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.one(uri, headers, item.release, item.format);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        Source found = Source.findById(new ReleaseScopedId(read.release().id, id));
        if (found == null) {
            throw ApiProblem.notFound("no source '" + id + "' in release " + read.release().id);
        }
        return listing.item(read, SourceView.of(found), SourceView.class);
    }
}

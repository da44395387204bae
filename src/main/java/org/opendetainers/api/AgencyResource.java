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
import org.opendetainers.representation.AgencyView;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.AgencyKind;

import java.util.Map;

@Path("/v1/agencies")
@Tag(name = "Jurisdictions and agencies")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class AgencyResource {

    private final Listing listing;
    private final PublishedRows rows;

    public AgencyResource(Listing listing, PublishedRows rows) {
        this.listing = listing;
        this.rows = rows;
    }

    @GET
    @Operation(operationId = "listAgencies", summary = "List agencies",
            description = "Agencies of the release read, by id, optionally of one jurisdiction.")
    @APIResponse(responseCode = "200", description = "A page of agencies.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Only agencies of this kind.", example = "police", schema = @Schema(implementation = AgencyKind.class)) @QueryParam("kind") String kind,
            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 1);
        String release = read.release().id;
        Params.oneOf("jurisdiction", jurisdiction, rows.ids(Jurisdiction.class, release));
        Params.vocabulary("kind", kind, AgencyKind.class);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        PublishedRows.Where where = new PublishedRows.Where(release)
                .and("jurisdiction = :jurisdiction", "jurisdiction", jurisdiction)
                .and("kind = :kind", "kind", kind);
        if (read.after() != null) {
            where.and("id > :afterId", "afterId", read.after(0));
        }
        var found = Agency.<Agency>find(where.query(), PublishedRows.by("id"), where.params())
                .range(0, read.limit()).list().stream().map(AgencyView::of).toList();
        return listing.page(read, found, AgencyView.class, v -> java.util.List.of(v.id()), AgencyView.Page::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgency", summary = "One agency", description = "One agency of the release read, by id.")
    @APIResponse(responseCode = "200", description = "The agency.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response get(
            @Parameter(description = "Agency id.", example = "nypd") @PathParam("id") String id,
            @BeanParam ItemParams item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.one(uri, headers, item.release, item.format);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        Agency found = Agency.findById(new ReleaseScopedId(read.release().id, id));
        if (found == null) {
            throw ApiProblem.notFound("no agency '" + id + "' in release " + read.release().id);
        }
        return listing.item(read, AgencyView.of(found), AgencyView.class);
    }
}

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
import org.opendetainers.representation.MeasureView;
import org.opendetainers.domain.Measure;
import org.opendetainers.domain.ReleaseScopedId;

import java.util.Map;

@Path("/v1/measures")
@Tag(name = "Measures")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class MeasureResource {

    private final Listing listing;
    private final PublishedRows rows;

    public MeasureResource(Listing listing, PublishedRows rows) {
        this.listing = listing;
        this.rows = rows;
    }

    @GET
    @Operation(operationId = "listMeasures", summary = "List measures",
            description = "What the figures of the release read count, by id.")
    @APIResponse(responseCode = "200", description = "A page of measures.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(

            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 1);
        String release = read.release().id;
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        PublishedRows.Where where = new PublishedRows.Where(release);
        if (read.after() != null) {
            where.and("id > :afterId", "afterId", read.after(0));
        }
        var found = Measure.<Measure>find(where.query(), PublishedRows.by("id"), where.params())
                .range(0, read.limit()).list().stream().map(MeasureView::of).toList();
        return listing.page(read, found, MeasureView.class, v -> java.util.List.of(v.id()), MeasureView.Page::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeasure", summary = "One measure", description = "One measure of the release read, by id.")
    @APIResponse(responseCode = "200", description = "The measure.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    public Response get(
            @Parameter(description = "Measure id.", example = "detainers_received") @PathParam("id") String id,
            @BeanParam ItemParams item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.one(uri, headers, item.release, item.format);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        Measure found = Measure.findById(new ReleaseScopedId(read.release().id, id));
        if (found == null) {
            throw ApiProblem.notFound("no measure '" + id + "' in release " + read.release().id);
        }
        return listing.item(read, MeasureView.of(found), MeasureView.class);
    }
}

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
import org.opendetainers.query.ReferenceQuery;
import org.opendetainers.representation.MeasureView;

@Path("/v1/measures")
@Tag(name = "Measures")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class MeasureResource {

    private static final Reads.ListSpec<MeasureView> LIST =
            Reads.ListSpec.of(MeasureView.class, 1, v -> List.of(v.id()), MeasureView.Page::new);

    private final Reads reads;

    public MeasureResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listMeasures",
            summary = "List measures",
            description = "What the figures of the release read count, by id.")
    @APIResponse(
            responseCode = "200",
            description = "A page of measures.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MeasureView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(@BeanParam ListParams page) {

        return reads.list(
                page,
                LIST,
                read ->
                        () ->
                                ReferenceQuery.page(
                                        read.reference().measures(),
                                        MeasureView::id,
                                        v -> true,
                                        read.after(0),
                                        read.limit() + 1));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getMeasure",
            summary = "One measure",
            description = "One measure of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The measure.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureView.class)))
    public Response get(
            @Parameter(description = "Measure id.", example = "detainers_received") @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                MeasureView.class,
                read ->
                        read.reference().measures().stream()
                                .filter(v -> v.id().equals(id))
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no measure '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}

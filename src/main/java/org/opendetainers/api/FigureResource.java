package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.FigureQuery;
import org.opendetainers.representation.FigureView;

@Path("/v1/figures")
@Tag(name = "Figures")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class FigureResource {

    private static final Reads.ListSpec<FigureView> LIST =
            Reads.ListSpec.of(FigureView.class, 2, FigureView::sortKey, FigureView.Page::new);

    private final Reads reads;
    private final FigureQuery figures;

    public FigureResource(Reads reads, FigureQuery figures) {
        this.reads = reads;
        this.figures = figures;
    }

    @GET
    @Operation(
            operationId = "listFigures",
            summary = "List figures",
            description =
                    "Figures of the release read, in order of period_start then id, filtered by jurisdiction, agency, measure and period. "
                            + "from/to select the figures whose period overlaps [from, to].")
    @APIResponse(
            responseCode = "200",
            description = "A page of figures.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = FigureView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc")
                    @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(description = "Agency id (see /v1/agencies).", example = "nypd")
                    @QueryParam("agency")
                    String agency,
            @Parameter(
                            description = "Measure id (see /v1/measures).",
                            example = "detainers_received")
                    @QueryParam("measure")
                    String measure,
            @Parameter(description = "Source id (see /v1/sources).", example = "seed-004")
                    @QueryParam("source_id")
                    String sourceId,
            @Parameter(
                            description =
                                    "Only figures whose period ends on or after this date (YYYY-MM-DD).",
                            example = "2017-01-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "Only figures whose period starts on or before this date (YYYY-MM-DD).",
                            example = "2017-12-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.oneOf("jurisdiction", jurisdiction, read.reference().jurisdictionIds());
                    Params.oneOf("agency", agency, read.reference().agencyIds());
                    Params.oneOf("measure", measure, read.reference().measureIds());
                    LocalDate fromDate = Params.date("from", from);
                    LocalDate toDate = Params.date("to", to);
                    Params.range("from", fromDate, "to", toDate);
                    var filter =
                            new FigureQuery.Filter(
                                    jurisdiction, agency, measure, sourceId, fromDate, toDate);
                    return () ->
                            figures.figures(
                                    read.reference(), filter, read.after(), read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getFigure",
            summary = "One figure",
            description = "One figure of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The figure.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FigureView.class)))
    public Response get(
            @Parameter(description = "Figure id.", example = "nypd-detainers-received-2017-seed004")
                    @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                FigureView.class,
                read ->
                        figures.figure(read.reference(), id)
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no figure '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}

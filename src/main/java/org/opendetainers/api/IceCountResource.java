package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.IceCountQuery;
import org.opendetainers.representation.IceCountView;

@Path("/v1/ice-counts")
@Tag(name = "Published counts")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class IceCountResource {

    private static final Reads.ListSpec<IceCountView> LIST =
            Reads.ListSpec.of(IceCountView.class, 1, IceCountView::sortKey, IceCountView.Page::new);

    private final Reads reads;
    private final IceCountQuery counts;

    public IceCountResource(Reads reads, IceCountQuery counts) {
        this.reads = reads;
        this.counts = counts;
    }

    @GET
    @Operation(
            operationId = "listIceCounts",
            summary = "List ICE's published detainer counts",
            description =
                    "Counts of ICE's own detainer records (October 2007 to July 2015, from ICE's FOIA release 15-87693 as NPR published them), by id: national counts by month and year, by lift reason and by detainer type, and the detainers each receiving facility declined per year. Copied as published, each with its source; they are not the service's own statistics. Filter by series, by the facility's state, id or name, and by period (from/to select the counts whose period overlaps them).")
    @APIResponse(
            responseCode = "200",
            description = "A page of counts.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = IceCountView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(
                            description = "Only counts of this series.",
                            example = "declined_by_facility_and_year",
                            schema = @Schema(implementation = CountSeries.class))
                    @QueryParam("series")
                    String series,
            @Parameter(description = "Two-letter state code of the facility.", example = "CA")
                    @QueryParam("state")
                    String state,
            @Parameter(description = "Facility id (see /v1/facilities).") @QueryParam("facility")
                    String facility,
            @Parameter(
                            description =
                                    "A part of the facility's name as ICE's records give it, in any case.",
                            example = "santa rita")
                    @QueryParam("facility_name")
                    String facilityName,
            @Parameter(
                            description =
                                    "Counts whose period ends on or after this date (YYYY-MM-DD).",
                            example = "2013-01-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "Counts whose period starts on or before this date (YYYY-MM-DD).",
                            example = "2013-12-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.vocabulary("series", series, CountSeries.class);
                    Params.stateCode("state", state, "CA");
                    Params.slug("facility", facility, "a facility");
                    if (facilityName != null && facilityName.isBlank()) {
                        throw ApiProblem.invalidParameter("facility_name", "empty");
                    }
                    var fromDate = Params.date("from", from);
                    var toDate = Params.date("to", to);
                    Params.range("from", fromDate, "to", toDate);
                    var filter =
                            new IceCountQuery.Filter(
                                    series,
                                    state,
                                    facility,
                                    facilityName == null ? null : facilityName.strip(),
                                    fromDate,
                                    toDate);
                    return () ->
                            counts.counts(
                                    read.reference(), filter, read.after(0), read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getIceCount",
            summary = "One of ICE's published detainer counts",
            description = "One count of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The count.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IceCountView.class)))
    public Response get(
            @Parameter(description = "Count id.", example = "us-detainers-2011-08") @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                IceCountView.class,
                read ->
                        counts.count(read.reference(), id)
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no count '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}

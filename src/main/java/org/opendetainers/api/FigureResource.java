package org.opendetainers.api;

import org.opendetainers.representation.HowToCite;

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
import org.opendetainers.representation.FigureView;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Figure;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.Measure;
import org.opendetainers.domain.Release;
import org.opendetainers.domain.ReleaseScopedId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Path("/v1/figures")
@Tag(name = "Figures")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class FigureResource {

    private final Listing listing;
    private final PublishedRows rows;
    private final HowToCite cite;

    public FigureResource(Listing listing, PublishedRows rows, HowToCite cite) {
        this.listing = listing;
        this.rows = rows;
        this.cite = cite;
    }

    @GET
    @Operation(operationId = "listFigures", summary = "List figures",
            description = "Figures of the release read, in order of period_start then id, filtered by jurisdiction, agency, measure and period. "
                    + "from/to select the figures whose period overlaps [from, to].")
    @APIResponse(responseCode = "200", description = "A page of figures.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Agency id (see /v1/agencies).", example = "nypd") @QueryParam("agency") String agency,
            @Parameter(description = "Measure id (see /v1/measures).", example = "detainers_received") @QueryParam("measure") String measure,
            @Parameter(description = "Source id (see /v1/sources).", example = "seed-004") @QueryParam("source_id") String sourceId,
            @Parameter(description = "Only figures whose period ends on or after this date (YYYY-MM-DD).", example = "2017-01-01", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only figures whose period starts on or before this date (YYYY-MM-DD).", example = "2017-12-31", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 2);
        String release = read.release().id;
        Params.oneOf("jurisdiction", jurisdiction, rows.ids(Jurisdiction.class, release));
        Params.oneOf("agency", agency, rows.ids(Agency.class, release));
        Params.oneOf("measure", measure, rows.ids(Measure.class, release));
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        Params.range("from", fromDate, "to", toDate);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        List<FigureView> found = figures(read.release(), jurisdiction, agency, measure, sourceId, fromDate, toDate, read.after(), read.limit() + 1);
        return listing.page(read, found, FigureView.class, FigureView::sortKey, FigureView.Page::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFigure", summary = "One figure", description = "One figure of the release read, by id.")
    @APIResponse(responseCode = "200", description = "The figure.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class)))
    public Response get(
            @Parameter(description = "Figure id.", example = "nypd-detainers-received-2017-seed004") @PathParam("id") String id,
            @BeanParam ItemParams item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.one(uri, headers, item.release, item.format);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        FigureView figure = figure(read.release(), id)
                .orElseThrow(() -> ApiProblem.notFound("no figure '" + id + "' in release " + read.release().id));
        return listing.item(read, figure, FigureView.class);
    }

    /**
     * The figures of a release that match the filters (null: any), in the listing's order (period_start, id),
     * after the sort key {@code after} (null: from the first), at most {@code max}. The pages read figures here too.
     */
    public List<FigureView> figures(Release release, String jurisdiction, String agency, String measure, String sourceId,
                                    LocalDate from, LocalDate to, List<String> after, int max) {
        PublishedRows.Where where = new PublishedRows.Where(release.id)
                .and("jurisdiction = :jurisdiction", "jurisdiction", jurisdiction)
                .and("agency = :agency", "agency", agency)
                .and("measure = :measure", "measure", measure)
                .and("sourceId = :sourceId", "sourceId", sourceId)
                .and("periodEnd >= :from", "from", from)
                .and("periodStart <= :to", "to", to);
        if (after != null) {
            where.and("(periodStart > :afterStart or (periodStart = :afterStart and id > :afterId))",
                    Map.of("afterStart", Params.date("cursor", after.get(0)), "afterId", after.get(1)));
        }
        HowToCite.Context citations = cite.of(release);
        return Figure.<Figure>find(where.query(), PublishedRows.by("periodStart", "id"), where.params())
                .range(0, max - 1).list().stream().map(f -> FigureView.of(f, citations.figure(f))).toList();
    }

    /** One figure of a release, by id. */
    public Optional<FigureView> figure(Release release, String id) {
        Figure figure = Figure.findById(new ReleaseScopedId(release.id, id));
        return Optional.ofNullable(figure).map(f -> FigureView.of(f, cite.of(release).figure(f)));
    }
}

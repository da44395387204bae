package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.StatQuery;
import org.opendetainers.representation.DetainerStatView;

@Path("/v1/detainer-stats")
@Tag(name = "Detainer statistics")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class DetainerStatsResource {

    private final Reads reads;
    private final StatQuery stats;

    public DetainerStatsResource(Reads reads, StatQuery stats) {
        this.reads = reads;
        this.stats = stats;
    }

    @GET
    @Operation(
            operationId = "listDetainerStats",
            summary = "Detainer statistics (anonymized cross-tabulations)",
            description =
                    "Counts of detainers from record-level ICE extracts, aggregated and anonymized: one row per cell of a "
                            + "published table (a period granularity × up to two dimensions). group_by names the dimensions; a filter on a "
                            + "dimension adds it to the table read (at most two dimensions in all). Small cells are suppressed (count null).")
    // PublishedTablesFilter adds the published tables (anonymize.PublishedTables) to this
    // description
    @APIResponse(
            responseCode = "200",
            description = "A page of cells.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DetainerStatView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(
                            description =
                                    "Period length: month, quarter, year, or fiscal_year (federal, October–September). Default: year for the total, fiscal_year when a dimension is grouped or filtered.",
                            example = "fiscal_year",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "month",
                                                "quarter",
                                                "year",
                                                "fiscal_year"
                                            },
                                            defaultValue = "year"))
                    @QueryParam("granularity")
                    String granularity,
            // PublishedTablesFilter adds the dimensions' names (anonymize.Dimension) to this
            // description
            @Parameter(
                            description = "Comma-separated dimensions, at most two",
                            example = "agency,outcome")
                    @QueryParam("group_by")
                    String groupBy,
            @Parameter(description = Dimension.Doc.AGENCY, example = "nypd") @QueryParam("agency")
                    String agency,
            @Parameter(description = Dimension.Doc.FACILITY, example = "QUEENS CENTRAL BOOKING")
                    @QueryParam("facility")
                    String facility,
            @Parameter(
                            description = Dimension.Doc.AOR,
                            example = "New York City Area of Responsibility")
                    @QueryParam("aor")
                    String aor,
            @Parameter(description = Dimension.Doc.STATE, example = "NY") @QueryParam("state")
                    String state,
            @Parameter(description = Dimension.Doc.GENDER, example = "female") @QueryParam("gender")
                    String gender,
            @Parameter(description = Dimension.Doc.AGE_BAND, example = "18-24")
                    @QueryParam("age_band")
                    String ageBand,
            @Parameter(description = Dimension.Doc.CITIZENSHIP_COUNTRY, example = "MEXICO")
                    @QueryParam("citizenship_country")
                    String citizenshipCountry,
            @Parameter(description = Dimension.Doc.DETAINER_TYPE, example = "i-247a")
                    @QueryParam("detainer_type")
                    String detainerType,
            @Parameter(description = Dimension.Doc.CRIMINALITY, example = "convicted")
                    @QueryParam("criminality")
                    String criminality,
            @Parameter(description = Dimension.Doc.OUTCOME, example = "declined")
                    @QueryParam("outcome")
                    String outcome,
            @Parameter(
                            description = "Only periods ending on or after this date (YYYY-MM-DD).",
                            example = "2017-01-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "Only periods starting on or before this date (YYYY-MM-DD).",
                            example = "2019-12-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @BeanParam ListParams page,
            @Context UriInfo uri) {
        Map<String, String> filters = filters(uri);
        Granularity g =
                granularity(
                        granularity, (groupBy != null && !groupBy.isBlank()) || !filters.isEmpty());
        StatTable table = StatQuery.table(g, groupBy, filters.keySet());
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        Params.range("from", fromDate, "to", toDate);
        List<String> dims = table.dimensions();
        Reads.ListSpec<DetainerStatView> spec =
                Reads.ListSpec.of(
                                DetainerStatView.class,
                                1 + dims.size(),
                                (DetainerStatView row) -> key(row, dims),
                                DetainerStatView.Page::new)
                        .withColumns(read -> DetainerStatView.columns(dims));
        return reads.list(
                page,
                spec,
                read ->
                        () -> {
                            List<DetainerStatView> cells =
                                    stats.cells(
                                            read.release(),
                                            table,
                                            filters,
                                            fromDate,
                                            toDate,
                                            read.after(),
                                            read.limit() + 1);
                            if (cells.isEmpty()
                                    && read.after() == null
                                    && stats.withheld(read.release(), table)) {
                                throw StatQuery.withheldProblem(read.release(), table);
                            }
                            return cells;
                        });
    }

    /**
     * The dimension filters of a read, in canonical order, each checked against the dimension's
     * values where they are closed.
     */
    public static Map<String, String> filters(UriInfo uri) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            String value = uri.getQueryParameters().getFirst(d.name());
            if (value != null) {
                if (d.allowed() != null) {
                    Params.oneOf(d.name(), value, d.allowed());
                }
                filters.put(d.name(), value);
            }
        }
        return filters;
    }

    /**
     * The granularity asked for; by default year for the total, fiscal_year by a dimension (the
     * only one published by dimension).
     */
    private static Granularity granularity(String value, boolean byDimension) {
        if (value == null) {
            return byDimension ? Granularity.fiscal_year : Granularity.year;
        }
        try {
            return Granularity.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidParameter(
                    "granularity",
                    "'" + value + "' is not one of: month, quarter, year, fiscal_year");
        }
    }

    private static List<String> key(DetainerStatView row, List<String> dims) {
        List<String> key = new ArrayList<>();
        key.add(row.periodStart().toString());
        for (String d : dims) {
            key.add(row.value(d));
        }
        return key;
    }
}

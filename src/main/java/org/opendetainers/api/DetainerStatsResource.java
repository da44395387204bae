package org.opendetainers.api;

import io.agroal.api.AgroalDataSource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.api.problem.ApiProblem;
import org.opendetainers.representation.DetainerStatView;
import org.opendetainers.domain.Release;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@Path("/v1/detainer-stats")
@Tag(name = "Detainer statistics")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class DetainerStatsResource {

    private static final List<String> DIMS = PublishedTables.DIMENSIONS;

    private final Listing listing;
    private final AgroalDataSource dataSource;

    public DetainerStatsResource(Listing listing, AgroalDataSource dataSource) {
        this.listing = listing;
        this.dataSource = dataSource;
    }

    @GET
    @Operation(operationId = "listDetainerStats", summary = "Detainer statistics (anonymized cross-tabulations)",
            description = "Counts of detainers from record-level ICE extracts, aggregated and anonymized: one row per cell of a "
                    + "published table (a period granularity × up to two dimensions). group_by names the dimensions; a filter on a "
                    + "dimension adds it to the table read (at most two dimensions in all). Small cells are suppressed (count null). "
                    + "The published tables: the total and each dimension alone at every granularity; pairs of dimensions at year and "
                    + "fiscal_year: every dimension with outcome, criminality with agency, aor and state, and gender with age_band. "
                    + "Any other combination is answered 400 with the published ones.")
    @APIResponse(responseCode = "200", description = "A page of cells.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DetainerStatView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Period length: month, quarter, year (default), or fiscal_year (federal, October–September).", example = "fiscal_year",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"month", "quarter", "year", "fiscal_year"}, defaultValue = "year")) @QueryParam("granularity") String granularity,
            @Parameter(description = "Comma-separated dimensions, at most two, of: agency, facility, aor, state, gender, age_band, citizenship_country, detainer_type, criminality, outcome.", example = "agency,outcome") @QueryParam("group_by") String groupBy,
            @Parameter(description = Dimension.Doc.AGENCY, example = "nypd") @QueryParam("agency") String agency,
            @Parameter(description = Dimension.Doc.FACILITY, example = "QUEENS CENTRAL BOOKING") @QueryParam("facility") String facility,
            @Parameter(description = Dimension.Doc.AOR, example = "New York City Area of Responsibility") @QueryParam("aor") String aor,
            @Parameter(description = Dimension.Doc.STATE, example = "NY") @QueryParam("state") String state,
            @Parameter(description = Dimension.Doc.GENDER, example = "female") @QueryParam("gender") String gender,
            @Parameter(description = Dimension.Doc.AGE_BAND, example = "18-24") @QueryParam("age_band") String ageBand,
            @Parameter(description = Dimension.Doc.CITIZENSHIP_COUNTRY, example = "MEXICO") @QueryParam("citizenship_country") String citizenshipCountry,
            @Parameter(description = Dimension.Doc.DETAINER_TYPE, example = "i-247a") @QueryParam("detainer_type") String detainerType,
            @Parameter(description = Dimension.Doc.CRIMINALITY, example = "convicted") @QueryParam("criminality") String criminality,
            @Parameter(description = Dimension.Doc.OUTCOME, example = "declined") @QueryParam("outcome") String outcome,
            @Parameter(description = "Only periods ending on or after this date (YYYY-MM-DD).", example = "2017-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only periods starting on or before this date (YYYY-MM-DD).", example = "2019-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Granularity g = granularity(granularity);
        Map<String, String> filters = filters(uri);
        StatTable table = table(g, groupBy, filters.keySet());
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        Params.range("from", fromDate, "to", toDate);

        List<String> dims = table.dimensions();
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 1 + dims.size());
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        List<DetainerStatView> rows = cells(read.release(), table, filters, fromDate, toDate, read.after(), read.limit() + 1);
        return listing.page(read, rows, DetainerStatView.columns(dims), row -> key(row, dims), DetainerStatView.Page::new);
    }

    /** The dimension filters of a read, in canonical order, each checked against the dimension's values where they are closed. */
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

    private static Granularity granularity(String value) {
        if (value == null) {
            return Granularity.year;
        }
        try {
            return Granularity.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidParameter("granularity", "'" + value + "' is not one of: month, quarter, year, fiscal_year");
        }
    }

    /** The published table holding group_by and the filtered dimensions, or a 400 naming what is published. */
    public static StatTable table(Granularity g, String groupBy, Set<String> filtered) {
        Set<String> dims = new LinkedHashSet<>();
        if (groupBy != null && !groupBy.isBlank()) {
            for (String d : groupBy.split(",")) {
                String dim = d.strip();
                if (!DIMS.contains(dim)) {
                    throw ApiProblem.invalidParameter("group_by", "'" + dim + "' is not a dimension; group_by takes at most two of: "
                            + String.join(", ", DIMS));
                }
                if (!dims.add(dim)) {
                    throw ApiProblem.invalidParameter("group_by", "'" + dim + "' is given twice");
                }
            }
        }
        dims.addAll(filtered);
        if (dims.size() <= 2) {
            StatTable wanted = StatTable.of(g, List.copyOf(dims));
            if (PublishedTables.all().contains(wanted)) {
                return wanted;
            }
        }
        Map<Granularity, List<String>> published = new java.util.EnumMap<>(Granularity.class);
        for (StatTable t : PublishedTables.all()) {
            published.computeIfAbsent(t.granularity(), x -> new ArrayList<>())
                    .add(t.dimensions().isEmpty() ? "the total" : String.join(",", t.dimensions()));
        }
        StringBuilder what = new StringBuilder();
        published.forEach((gran, list) -> what.append(what.isEmpty() ? "" : "; ").append(gran).append(": ").append(String.join(" | ", list)));
        throw ApiProblem.invalidParameter(groupBy != null ? "group_by" : filtered.iterator().next(),
                "no published table groups by " + String.join(" and ", dims) + " at granularity " + g
                        + " (group_by and filters together name at most two dimensions). Published tables, by granularity: " + what
                        + ". Months and quarters by a dimension, and pairs by calendar year, are not published: solved together "
                        + "with the other tables they would reveal suppressed cells (see docs/disclosure.md).");
    }

    /**
     * The cells of one published table of a release, filtered by dimension values and by period (null: any), in the
     * listing's order (period_start, then the table's dimensions), after the sort key {@code after} (null: from the
     * first), at most {@code max}. The pages read detainer statistics here too.
     */
    public List<DetainerStatView> cells(Release release, StatTable table, Map<String, String> filters,
                                        LocalDate from, LocalDate to, List<String> after, int max) {
        List<String> dims = table.dimensions();
        StringBuilder sql = new StringBuilder("select ").append(DetainerStatView.SELECT)
                .append(" from detainer_stat where release_id = ? and table_id = ?");
        List<Object> args = new ArrayList<>(List.of(release.id, table.id()));
        filters.forEach((d, v) -> {
            sql.append(" and ").append(d).append(" = ?");
            args.add(v);
        });
        if (from != null) {
            sql.append(" and period_end >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" and period_start <= ?");
            args.add(to);
        }
        List<String> keyColumns = new ArrayList<>(List.of("period_start"));
        keyColumns.addAll(dims);
        if (after != null) {
            sql.append(" and (").append(String.join(", ", keyColumns)).append(") > (")
                    .append(String.join(", ", keyColumns.stream().map(k -> "?").toList())).append(")");
            args.add(Params.date("cursor", after.get(0)));
            for (int i = 0; i < dims.size(); i++) {
                args.add(after.get(i + 1));
            }
        }
        sql.append(" order by ").append(String.join(", ", keyColumns)).append(" limit ?");
        args.add(max);
        List<DetainerStatView> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(DetainerStatView.from(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read detainer statistics", e);
        }
        return rows;
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

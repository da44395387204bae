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
import org.opendetainers.representation.CoverageView;
import org.opendetainers.representation.CoverageView.Period;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.Measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@Path("/v1/coverage")
@Tag(name = "Figures")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class CoverageResource {

    /** The series name of detainer statistics in coverage rows. */
    static final String DETAINERS = "detainers";

    private final Listing listing;
    private final PublishedRows rows;
    private final AgroalDataSource dataSource;

    public CoverageResource(Listing listing, PublishedRows rows, AgroalDataSource dataSource) {
        this.listing = listing;
        this.rows = rows;
        this.dataSource = dataSource;
    }

    @GET
    @Operation(operationId = "listCoverage", summary = "Coverage: what is known and what is not",
            description = "For each jurisdiction, agency and measure of the figures, and for each agency of the detainer statistics "
                    + "(calendar years with at least one detainer in the extracts, from the year-by-agency table), the periods with data and the gaps between them. "
                    + "A gap is a period not reported, which is not a reported zero.")
    @APIResponse(responseCode = "200", description = "A page of coverage rows.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Agency id (see /v1/agencies).", example = "nypd") @QueryParam("agency") String agency,
            @Parameter(description = "Measure id (see /v1/measures), or detainers for the detainer statistics.", example = "detainers_received") @QueryParam("measure") String measure,
            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 1);
        String release = read.release().id;
        Params.oneOf("jurisdiction", jurisdiction, rows.ids(Jurisdiction.class, release));
        Params.oneOf("agency", agency, rows.ids(Agency.class, release));
        if (measure != null && !measure.equals(DETAINERS)) {
            Params.oneOf("measure", measure, rows.ids(Measure.class, release));
        }
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        List<CoverageView> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            all.addAll(figures(c, release));
            all.addAll(detainerStats(c, release));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read coverage", e);
        }
        String after = read.after(0);
        List<CoverageView> found = all.stream()
                .filter(v -> jurisdiction == null || jurisdiction.equals(v.jurisdiction()))
                .filter(v -> agency == null || agency.equals(v.agency()))
                .filter(v -> measure == null || measure.equals(v.measure()))
                .sorted(Comparator.comparing(CoverageView::key))
                .filter(v -> after == null || v.key().compareTo(after) > 0)
                .limit(read.limit() + 1L)
                .toList();
        return listing.page(read, found, CoverageView.class, v -> List.of(v.key()), CoverageView.Page::new);
    }

    private static List<CoverageView> figures(Connection c, String release) throws SQLException {
        Map<List<String>, List<Period>> series = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select jurisdiction, agency, measure, period_start, period_end from figure
                where release_id = ? order by jurisdiction, agency nulls first, measure, period_start, period_end""")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    series.computeIfAbsent(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new ArrayList<>())
                            .add(new Period(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                }
            }
        }
        List<CoverageView> views = new ArrayList<>();
        series.forEach((k, periods) -> views.add(view("figures", k.get(0), k.get(1), k.get(2), periods)));
        return views;
    }

    /** Calendar years with at least one detainer, per agency (the finest published table by agency) (unmapped facilities: agency unknown, no jurisdiction). */
    private static List<CoverageView> detainerStats(Connection c, String release) throws SQLException {
        Map<String, List<Period>> series = new LinkedHashMap<>();
        Map<String, String> jurisdictions = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select d.agency, a.jurisdiction, d.period_start, d.period_end from detainer_stat d
                left join agency a on a.release_id = d.release_id and a.id = d.agency
                where d.release_id = ? and d.table_id = 'year__agency' order by d.agency, d.period_start""")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    series.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Period(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                    jurisdictions.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<CoverageView> views = new ArrayList<>();
        series.forEach((agency, periods) -> views.add(view("detainer_stats", jurisdictions.get(agency),
                "unknown".equals(agency) ? null : agency, DETAINERS, periods)));
        return views;
    }

    /** Merges periods that touch or overlap; the gaps are what lies between them. */
    static CoverageView view(String kind, String jurisdiction, String agency, String measure, List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::periodStart).thenComparing(Period::periodEnd));
        List<Period> merged = new ArrayList<>();
        for (Period p : sorted) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !p.periodStart().isAfter(last.periodEnd().plusDays(1))) {
                merged.set(merged.size() - 1, new Period(last.periodStart(),
                        p.periodEnd().isAfter(last.periodEnd()) ? p.periodEnd() : last.periodEnd()));
            } else {
                merged.add(p);
            }
        }
        List<Period> gaps = new ArrayList<>();
        for (int i = 1; i < merged.size(); i++) {
            gaps.add(new Period(merged.get(i - 1).periodEnd().plusDays(1), merged.get(i).periodStart().minusDays(1)));
        }
        return new CoverageView(kind, jurisdiction, agency, Objects.requireNonNull(measure), merged.get(0).periodStart(),
                merged.get(merged.size() - 1).periodEnd(), merged, gaps);
    }
}

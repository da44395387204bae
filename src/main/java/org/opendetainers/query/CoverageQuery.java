package org.opendetainers.query;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.CoverageView;
import org.opendetainers.representation.CoverageView.Period;

/**
 * What periods each series covers, and the gaps between them: the query behind {@code
 * /v1/coverage}. Figures are one series per jurisdiction, agency and measure; detainer statistics
 * one per agency.
 */
@ApplicationScoped
public class CoverageQuery {

    /** The series name of detainer statistics in coverage rows. */
    public static final String DETAINERS = "detainers";

    private final AgroalDataSource dataSource;

    public CoverageQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The filters of a coverage listing (null: any). */
    public record Filter(String jurisdiction, String agency, String measure) {}

    /**
     * The coverage rows that match {@code filter}, by key, after the key {@code after} (null: from
     * the first), at most {@code max}.
     */
    public List<CoverageView> coverage(Header release, Filter filter, String after, int max) {
        List<CoverageView> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            all.addAll(figures(c, release.id()));
            all.addAll(detainerStats(c, release.id()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read coverage", e);
        }
        return all.stream()
                .filter(
                        v ->
                                filter.jurisdiction() == null
                                        || filter.jurisdiction().equals(v.jurisdiction()))
                .filter(v -> filter.agency() == null || filter.agency().equals(v.agency()))
                .filter(v -> filter.measure() == null || filter.measure().equals(v.measure()))
                .sorted(Comparator.comparing(CoverageView::key))
                .filter(v -> after == null || v.key().compareTo(after) > 0)
                .limit(max)
                .toList();
    }

    private static List<CoverageView> figures(Connection c, String release) throws SQLException {
        Map<List<String>, List<Period>> series = new LinkedHashMap<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        """
                select jurisdiction, agency, measure, period_start, period_end from figure
                where release_id = ? order by jurisdiction, agency nulls first, measure, period_start, period_end""")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    series.computeIfAbsent(
                                    Arrays.asList(
                                            rs.getString(1), rs.getString(2), rs.getString(3)),
                                    k -> new ArrayList<>())
                            .add(
                                    new Period(
                                            rs.getObject(4, LocalDate.class),
                                            rs.getObject(5, LocalDate.class)));
                }
            }
        }
        List<CoverageView> views = new ArrayList<>();
        series.forEach(
                (k, periods) -> views.add(view("figures", k.get(0), k.get(1), k.get(2), periods)));
        return views;
    }

    /**
     * Fiscal years with at least one detainer, per agency (the finest published table by agency),
     * within the months the records span (the first and last month of the month totals) (unmapped
     * facilities: agency unknown, no jurisdiction).
     */
    private static List<CoverageView> detainerStats(Connection c, String release)
            throws SQLException {
        Map<String, List<Period>> series = new LinkedHashMap<>();
        Map<String, String> jurisdictions = new LinkedHashMap<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        """
                select d.agency, a.jurisdiction, greatest(d.period_start, span.first_day), least(d.period_end, span.last_day)
                from detainer_stat d
                left join agency a on a.release_id = d.release_id and a.id = d.agency
                cross join (select min(period_start) first_day, max(period_end) last_day from detainer_stat
                            where release_id = ? and table_id = 'month__total') span
                where d.release_id = ? and d.table_id = 'fiscal_year__agency' order by d.agency, d.period_start""")) {
            s.setString(1, release);
            s.setString(2, release);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    series.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(
                                    new Period(
                                            rs.getObject(3, LocalDate.class),
                                            rs.getObject(4, LocalDate.class)));
                    jurisdictions.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<CoverageView> views = new ArrayList<>();
        series.forEach(
                (agency, periods) ->
                        views.add(
                                view(
                                        "detainer_stats",
                                        jurisdictions.get(agency),
                                        "unknown".equals(agency) ? null : agency,
                                        DETAINERS,
                                        periods)));
        return views;
    }

    /** Merges periods that touch or overlap; the gaps are what lies between them. */
    public static CoverageView view(
            String kind, String jurisdiction, String agency, String measure, List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::periodStart).thenComparing(Period::periodEnd));
        List<Period> merged = new ArrayList<>();
        for (Period p : sorted) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !p.periodStart().isAfter(last.periodEnd().plusDays(1))) {
                merged.set(
                        merged.size() - 1,
                        new Period(
                                last.periodStart(),
                                p.periodEnd().isAfter(last.periodEnd())
                                        ? p.periodEnd()
                                        : last.periodEnd()));
            } else {
                merged.add(p);
            }
        }
        List<Period> gaps = new ArrayList<>();
        for (int i = 1; i < merged.size(); i++) {
            gaps.add(
                    new Period(
                            merged.get(i - 1).periodEnd().plusDays(1),
                            merged.get(i).periodStart().minusDays(1)));
        }
        return new CoverageView(
                kind,
                jurisdiction,
                agency,
                Objects.requireNonNull(measure),
                merged.get(0).periodStart(),
                merged.get(merged.size() - 1).periodEnd(),
                merged,
                gaps);
    }
}

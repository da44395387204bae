package org.opendetainers.query;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.DetainerStatView;

/**
 * The cells of the published detainer-statistics tables: the query behind {@code
 * /v1/detainer-stats} and the statistics page.
 */
@ApplicationScoped
public class StatQuery {

    private final AgroalDataSource dataSource;

    public StatQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The published table holding group_by and the filtered dimensions, or a 400 naming what is
     * published.
     */
    public static StatTable table(Granularity g, String groupBy, Set<String> filtered) {
        Set<String> dims = new LinkedHashSet<>();
        if (groupBy != null && !groupBy.isBlank()) {
            for (String d : groupBy.split(",")) {
                String dim = d.strip();
                if (!Dimension.NAMES.contains(dim)) {
                    throw ApiProblem.invalidParameter(
                            "group_by",
                            "'"
                                    + dim
                                    + "' is not a dimension; group_by takes at most two of: "
                                    + String.join(", ", Dimension.NAMES));
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
        Map<Granularity, List<String>> published = new EnumMap<>(Granularity.class);
        for (StatTable t : PublishedTables.all()) {
            published
                    .computeIfAbsent(t.granularity(), x -> new ArrayList<>())
                    .add(t.dimensions().isEmpty() ? "the total" : String.join(",", t.dimensions()));
        }
        StringBuilder what = new StringBuilder();
        published.forEach(
                (gran, list) ->
                        what.append(what.isEmpty() ? "" : "; ")
                                .append(gran)
                                .append(": ")
                                .append(String.join(" | ", list)));
        throw ApiProblem.invalidParameter(
                groupBy != null ? "group_by" : filtered.iterator().next(),
                "no published table groups by "
                        + String.join(" and ", dims)
                        + " at granularity "
                        + g
                        + " (group_by and filters together name at most two dimensions). Published tables, by granularity: "
                        + what
                        + ". Months, quarters and calendar years by a dimension are not published: solved together "
                        + "with the other tables they would reveal suppressed cells (see docs/disclosure.md).");
    }

    /**
     * Whether {@code release} withheld {@code table}: the release has statistics, but not this
     * table (no suppression of it passed the disclosure audit; its disclosure report says why).
     */
    public boolean withheld(Header release, StatTable table) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select count(*) filter (where id = ?), count(*) from stat_table where release_id = ?")) {
            s.setString(1, table.id());
            s.setString(2, release.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0 && rs.getLong(2) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of release " + release.id(), e);
        }
    }

    /** The 404 for a table the release withheld. */
    public static ApiProblem withheldProblem(Header release, StatTable table) {
        return ApiProblem.notFound(
                "table "
                        + table.id()
                        + " is withheld from release "
                        + release.id()
                        + ": no suppression of it passed the disclosure audit (see disclosure.withheld_tables in /v1/releases/"
                        + release.id()
                        + ")");
    }

    /**
     * The cells of one published table of a release, filtered by dimension values and by period
     * (null: any), in the listing's order (period_start, then the table's dimensions), after the
     * sort key {@code after} (null: from the first), at most {@code max}.
     */
    public List<DetainerStatView> cells(
            Header release,
            StatTable table,
            Map<String, String> filters,
            LocalDate from,
            LocalDate to,
            List<String> after,
            int max) {
        List<String> dims = table.dimensions();
        StringBuilder sql =
                new StringBuilder("select ")
                        .append(DetainerStatView.SELECT)
                        .append(" from detainer_stat where release_id = ? and table_id = ?");
        List<Object> args = new ArrayList<>(List.of(release.id(), table.id()));
        filters.forEach(
                (d, v) -> {
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
            sql.append(" and (")
                    .append(String.join(", ", keyColumns))
                    .append(") > (")
                    .append(String.join(", ", keyColumns.stream().map(k -> "?").toList()))
                    .append(")");
            args.add(Keys.date(after.get(0)));
            for (int i = 0; i < dims.size(); i++) {
                args.add(after.get(i + 1));
            }
        }
        sql.append(" order by ").append(String.join(", ", keyColumns)).append(" limit ?");
        args.add(max);
        List<DetainerStatView> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql.toString())) {
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
}

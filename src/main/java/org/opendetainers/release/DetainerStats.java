package org.opendetainers.release;

import org.opendetainers.anonymize.DifferencingAttack;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.Hierarchy;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.anonymize.SuppressionReport;
import org.opendetainers.anonymize.Suppressor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the staged record-level rows into the published tables of a release: aggregates them
 * in PostgreSQL (one pass to a month-level fact table, then grouping sets per granularity),
 * suppresses small cells (primary, then complementary across all tables and margins), checks
 * that a differencing attack recovers nothing, and COPYs the cells with the release id.
 */
public final class DetainerStats {

    /** The result of aggregation and suppression, ready to publish. */
    public record Cells(List<StatTable> tables, List<StatCell> cells, BitSet synthetic, SuppressionReport suppression) {
    }

    private DetainerStats() {
    }

    /** Aggregates {@code staging.detainer_record} (already de-duplicated) and suppresses. */
    public static Cells compute(Connection c, int k) throws SQLException {
        List<StatTable> tables = PublishedTables.all();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table detainer_fact on commit drop as
                    select date_trunc('month', prepared_on)::date as month, agency, facility, aor, state, gender, age_band,
                           citizenship_country, detainer_type, criminality, outcome, count(*) as n, bool_or(synthetic) as syn
                    from staging.detainer_record
                    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11""");
            s.execute("analyze detainer_fact");
        }
        List<StatCell> cells = new ArrayList<>();
        BitSet synthetic = new BitSet();
        List<String> dims = PublishedTables.DIMENSIONS;
        for (Granularity g : Granularity.values()) {
            List<StatTable> ofGranularity = tables.stream().filter(t -> t.granularity() == g).toList();
            Map<Integer, StatTable> byMask = new HashMap<>();
            StringBuilder sets = new StringBuilder();
            for (StatTable t : ofGranularity) {
                int mask = 0;
                for (String d : t.dimensions()) {
                    mask |= 1 << (dims.size() - 1 - dims.indexOf(d));
                }
                // grouping() sets a bit for each column NOT grouped
                byMask.put(((1 << dims.size()) - 1) & ~mask, t);
                sets.append(sets.length() == 0 ? "" : ", ").append("(period");
                t.dimensions().forEach(d -> sets.append(", ").append(d));
                sets.append(')');
            }
            String sql = "select period, " + String.join(", ", dims) + ", grouping(" + String.join(", ", dims) + "), "
                    + "sum(n), bool_or(syn) from (select " + periodExpression(g) + " as period, * from detainer_fact) f "
                    + "group by grouping sets (" + sets + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        StatTable table = byMask.get(rs.getInt(dims.size() + 2));
                        List<String> values = new ArrayList<>(table.dimensions().size());
                        for (String d : table.dimensions()) {
                            values.add(rs.getString(2 + dims.indexOf(d)));
                        }
                        if (rs.getBoolean(dims.size() + 4)) {
                            synthetic.set(cells.size());
                        }
                        cells.add(new StatCell(table, rs.getObject(1, LocalDate.class), values, rs.getLong(dims.size() + 3)));
                    }
                }
            }
        }
        List<Hierarchy> hierarchies = hierarchies(c);
        SuppressionReport report = Suppressor.suppress(tables, cells, k, hierarchies);
        Map<StatCell, Long> recovered = DifferencingAttack.recover(tables, cells, hierarchies);
        if (!recovered.isEmpty()) {
            throw new IllegalStateException(recovered.size() + " suppressed cell(s) could be recovered by differencing; nothing published");
        }
        return new Cells(tables, cells, synthetic, report);
    }

    /** The geographic dimensions, among which one may determine another (facility → agency, facility → state, ...). */
    static final List<String> GEOGRAPHY = List.of("facility", "agency", "aor", "state");

    /**
     * The dependencies among the geographic dimensions that hold in the staged data: facility →
     * agency always does (the facility mapping is public), facility → state and → aor usually, and
     * sometimes aor → state. Each one makes coarse cells sums of fine cells, so each is a line.
     */
    static List<Hierarchy> hierarchies(Connection c) throws SQLException {
        List<Hierarchy> found = new ArrayList<>();
        for (String fine : GEOGRAPHY) {
            for (String coarse : GEOGRAPHY) {
                if (fine.equals(coarse)) {
                    continue;
                }
                Map<String, String> mapping = new HashMap<>();
                boolean function = true;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select " + fine + ", min(" + coarse + "), max(" + coarse + ") from detainer_fact group by 1")) {
                    while (rs.next() && function) {
                        function = rs.getString(2).equals(rs.getString(3));
                        mapping.put(rs.getString(1), rs.getString(2));
                    }
                }
                // a one-to-one pair is the same partition twice: its lines are the cells themselves
                if (function && mapping.size() > new java.util.HashSet<>(mapping.values()).size()) {
                    found.add(new Hierarchy(fine, coarse, mapping));
                }
            }
        }
        return found;
    }

    private static String periodExpression(Granularity g) {
        return switch (g) {
            case month -> "month";
            case quarter -> "date_trunc('quarter', month)::date";
            case year -> "date_trunc('year', month)::date";
            // federal fiscal year: October to September
            case fiscal_year -> "(date_trunc('year', month + interval '3 months') - interval '3 months')::date";
        };
    }

    /** Writes the tables and cells of a release. */
    public static void copy(Connection c, String release, Cells computed) throws SQLException {
        try (CopyTable t = CopyTable.into(c, "stat_table", List.of("release_id", "id", "granularity", "dimensions"))) {
            for (StatTable table : computed.tables()) {
                t.row(release, table.id(), table.granularity(), CopyTable.array(table.dimensions()));
            }
        }
        List<String> dims = PublishedTables.DIMENSIONS;
        List<String> columns = new ArrayList<>(List.of("release_id", "table_id", "period_start", "period_end"));
        columns.addAll(dims);
        columns.addAll(List.of("count", "suppressed", "synthetic"));
        try (CopyTable t = CopyTable.into(c, "detainer_stat", columns)) {
            Object[] row = new Object[columns.size()];
            List<StatCell> cells = computed.cells();
            for (int i = 0; i < cells.size(); i++) {
                StatCell cell = cells.get(i);
                java.util.Arrays.fill(row, null);
                row[0] = release;
                row[1] = cell.table().id();
                row[2] = cell.periodStart();
                row[3] = cell.table().granularity().periodEnd(cell.periodStart());
                List<String> tableDims = cell.table().dimensions();
                for (int d = 0; d < tableDims.size(); d++) {
                    row[4 + dims.indexOf(tableDims.get(d))] = cell.values().get(d);
                }
                row[4 + dims.size()] = cell.suppressed() ? null : cell.count();
                row[5 + dims.size()] = cell.suppressed();
                row[6 + dims.size()] = computed.synthetic().get(i);
                t.row(row);
            }
        }
    }
}

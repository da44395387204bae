package org.opendetainers.release;

import org.opendetainers.anonymize.DifferencingAttack;
import org.opendetainers.anonymize.Hierarchy;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.anonymize.SuppressionReport;
import org.opendetainers.anonymize.Suppressor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Turns the counted cells ({@link StatAccumulator}) into the published tables of a release:
 * suppresses small cells (primary, then complementary across all tables, their margins and the
 * dimension hierarchies), checks that a differencing attack recovers nothing, and COPYs the cells
 * with the release id.
 */
public final class DetainerStats {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DetainerStats.class);

    /** The result of aggregation and suppression, ready to publish. */
    public record Cells(List<StatTable> tables, List<StatCell> cells, BitSet synthetic, SuppressionReport suppression) {
    }

    private DetainerStats() {
    }

    /** Suppresses the counted cells (primary, then complementary, hierarchies included) and checks the result. */
    public static Cells compute(StatAccumulator.Result counted, int k) {
        long t0 = System.nanoTime();
        List<StatTable> tables = counted.tables();
        List<StatCell> cells = counted.cells();
        List<Hierarchy> hierarchies = counted.hierarchies();
        SuppressionReport report = Suppressor.suppress(tables, cells, k, hierarchies);
        long tSuppress = System.nanoTime();
        Map<StatCell, Long> recovered = DifferencingAttack.recover(tables, cells, hierarchies);
        long tAttack = System.nanoTime();
        LOG.infof("detainer statistics: %d cells, hierarchies %s, suppression %d ms, differencing check %d ms",
                cells.size(), hierarchies.stream().map(h -> h.fine() + "→" + h.coarse()).toList(),
                (tSuppress - t0) / 1_000_000, (tAttack - tSuppress) / 1_000_000);
        if (!recovered.isEmpty()) {
            throw new IllegalStateException(recovered.size() + " suppressed cell(s) could be recovered by differencing; nothing published");
        }
        return new Cells(tables, cells, counted.synthetic(), report);
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

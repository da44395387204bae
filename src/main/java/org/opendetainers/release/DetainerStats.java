package org.opendetainers.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.anonymize.DifferencingAttack;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.Hierarchy;
import org.opendetainers.anonymize.Knowledge;
import org.opendetainers.anonymize.LinearAudit;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.db.CopyTable;

/**
 * Turns the counted cells ({@link StatAccumulator}) into the published tables of a release:
 * suppresses small cells (primary, then complementary across all tables, their margins and the
 * dimension hierarchies), checks that a differencing attack recovers nothing, and COPYs the cells
 * with the release id.
 */
public final class DetainerStats {

    private static final Logger LOG = Logger.getLogger(DetainerStats.class);

    /** The result of aggregation and suppression, ready to publish. */
    public record Cells(
            List<StatTable> tables,
            List<StatCell> cells,
            BitSet synthetic,
            List<Hierarchy> hierarchies,
            AuditedSuppressor.Report protection,
            long knownFromPrevious) {}

    /**
     * What the release before this one published, as an attacker who holds both sees it: a cell
     * with the same key (table, period, values) that it published with the same count is known; a
     * cell it suppressed stays suppressed (carried over), so that the new release reveals nothing
     * about it.
     */
    public static final class Previous {
        /** No earlier release. */
        public static final Previous NONE = new Previous(Map.of(), Set.of());

        private final Map<String, Long> published;
        private final Set<String> suppressed;

        Previous(Map<String, Long> published, Set<String> suppressed) {
            this.published = published;
            this.suppressed = suppressed;
        }

        /** Whether the previous release published this cell's key with the same count. */
        public boolean known(StatCell cell) {
            Long count =
                    published.get(
                            key(cell.table().id(), cell.periodStart().toString(), cell.values()));
            return count != null && count == cell.count();
        }

        /** Whether the previous release suppressed this cell's key. */
        public boolean suppressed(StatCell cell) {
            return suppressed.contains(
                    key(cell.table().id(), cell.periodStart().toString(), cell.values()));
        }

        /**
         * Whether the previous release published the total of this cell's granularity and period
         * with {@code count}.
         */
        boolean sameTotal(StatCell cell, Long count) {
            String totalTable = cell.table().granularity() + StatTable.SEPARATOR + StatTable.TOTAL;
            Long before = published.get(key(totalTable, cell.periodStart().toString(), List.of()));
            return count != null && count.equals(before);
        }

        private static String key(String table, String period, List<String> values) {
            return table + '|' + period + '|' + String.join("|", values);
        }
    }

    /** The cells of a stored release, as {@link Previous}. */
    public static Previous previous(Connection c, String release) throws SQLException {
        List<String> dims = Dimension.NAMES;
        Map<String, Long> published = new HashMap<>();
        Set<String> suppressed = new HashSet<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "select table_id, period_start, "
                                + String.join(", ", dims)
                                + ", count, suppressed from detainer_stat where release_id = ?")) {
            s.setString(1, release);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.clear();
                    for (int d = 0; d < dims.size(); d++) {
                        String v = rs.getString(3 + d);
                        if (v != null) {
                            values.add(v);
                        }
                    }
                    String key = Previous.key(rs.getString(1), rs.getString(2), values);
                    if (rs.getBoolean(4 + dims.size())) {
                        suppressed.add(key);
                    } else {
                        published.put(key, rs.getLong(3 + dims.size()));
                    }
                }
            }
        }
        return new Previous(published, suppressed);
    }

    private DetainerStats() {}

    /**
     * The version of what {@link #compute} does with the same counted cells. Raise it with any
     * change to the protection that the classes listed in {@link #PROTECTION_CLASSES} do not show
     * (their compiled bytes are part of the fingerprint anyway).
     */
    static final int PROTECTION_VERSION = 1;

    /**
     * The classes whose code decides the protected cells (by resource name: some are not public); a
     * change to any of them re-protects. A class that is gone counts as absent.
     */
    private static final List<String> PROTECTION_CLASSES =
            List.of(
                    "release/DetainerStats",
                    "release/StatAccumulator",
                    "release/LongCounts",
                    "release/Disclosure",
                    "anonymize/AuditedSuppressor",
                    "anonymize/Suppressor",
                    "anonymize/LinearAudit",
                    "anonymize/DifferencingAttack",
                    "anonymize/Hierarchy",
                    "anonymize/Lines",
                    "anonymize/PublishedTables",
                    "anonymize/StatCell",
                    "anonymize/StatTable",
                    "anonymize/Granularity",
                    "anonymize/SuppressionReport",
                    "anonymize/Dimension");

    /**
     * The fingerprint of everything the protected cells and the disclosure report are computed
     * from: every counted cell (table, period, values, count, synthetic), the hierarchies found,
     * the staging counts (records read, accepted, dropped, unmapped values), k, the protection
     * width, {@link #PROTECTION_VERSION} and the compiled protection code. Two imports with the
     * same fingerprint publish the same statistics, whatever else (curated tables, dates of the
     * import) differs. The cells are digested in sorted order, so the order the records came in
     * does not matter.
     */
    public static String fingerprint(
            StatAccumulator.Result counted,
            long rows,
            long accepted,
            long badRows,
            long duplicates,
            Map<String, Long> unmapped,
            int k,
            int width) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Consumer<String> line =
                text -> digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
        line.accept("protection-version " + PROTECTION_VERSION + " k " + k + " width " + width);
        for (String name : PROTECTION_CLASSES) {
            try (InputStream in =
                    DetainerStats.class.getResourceAsStream(
                            "/org/opendetainers/" + name + ".class")) {
                line.accept("class " + name + (in == null ? " absent" : ""));
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        line.accept(
                "records "
                        + rows
                        + " accepted "
                        + accepted
                        + " invalid "
                        + badRows
                        + " duplicate "
                        + duplicates);
        new TreeMap<>(unmapped).forEach((value, n) -> line.accept("unmapped " + value + "=" + n));
        for (StatTable table : counted.tables()) {
            line.accept(
                    "table " + table.id() + " " + table.granularity() + " " + table.dimensions());
        }
        for (Hierarchy h : counted.hierarchies()) {
            line.accept(
                    "hierarchy " + h.fine() + " " + h.coarse() + " " + new TreeMap<>(h.mapping()));
        }
        List<String> cells = new ArrayList<>(counted.cells().size());
        for (int i = 0; i < counted.cells().size(); i++) {
            StatCell cell = counted.cells().get(i);
            cells.add(
                    cell.table().id()
                            + '|'
                            + cell.periodStart()
                            + '|'
                            + String.join("\u001f", cell.values())
                            + '|'
                            + cell.count()
                            + (counted.synthetic().get(i) ? "|s" : ""));
        }
        Collections.sort(cells);
        cells.forEach(line);
        // the month-level counts the audit's finer cells and coverage are computed from
        if (counted.spans() instanceof StatAccumulator.MonthLevel months) {
            months.lines().forEach(line);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Writes the tables and cells of {@code from} again as those of {@code release}: the import
     * found the same fingerprint ({@link #fingerprint}), so protecting again would publish them.
     */
    public static void copyFrom(Connection c, String release, String from) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into stat_table (release_id, id, granularity, dimensions) "
                                + "select ?, id, granularity, dimensions from stat_table where release_id = ?")) {
            s.setString(1, release);
            s.setString(2, from);
            s.executeUpdate();
        }
        String columns =
                "table_id, period_start, period_end, "
                        + String.join(", ", Dimension.NAMES)
                        + ", count, suppressed, synthetic";
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into detainer_stat (release_id, "
                                + columns
                                + ") "
                                + "select ?, "
                                + columns
                                + " from detainer_stat where release_id = ?")) {
            s.setString(1, release);
            s.setString(2, from);
            s.executeUpdate();
        }
    }

    /**
     * Suppresses the counted cells (primary, the line rule, then secondary suppression until the
     * linear-programming audit passes) and checks the result with the differencing attack too.
     *
     * @param width protection width of primary-suppressed cells
     * @param previous what the release before published: its cells with the same count are known to
     *     an attacker (constants in the audit), its suppressed cells stay suppressed (tables that
     *     cannot be protected are withheld: {@link AuditedSuppressor.Report#withheld()})
     */
    public static Cells compute(
            StatAccumulator.Result counted, int k, int width, Previous previous) {
        long t0 = System.nanoTime();
        List<StatTable> tables = counted.tables();
        List<StatCell> cells = counted.cells();
        List<Hierarchy> hierarchies = counted.hierarchies();
        // a suppression is carried over only where the period's total is unchanged: elsewhere the
        // period's records changed, and the earlier cells are other numbers
        Map<String, Long> totals = new HashMap<>();
        for (StatCell cell : cells) {
            if (cell.table().arity() == 0) {
                totals.put(cell.table().granularity() + "|" + cell.periodStart(), cell.count());
            }
        }
        // the attacker also knows the finer cells the tables imply and the coverage (Knowledge)
        Knowledge knowledge =
                counted.spans() == null ? Knowledge.NONE : Knowledge.of(counted.spans(), k);
        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        tables,
                        cells,
                        k,
                        width,
                        hierarchies,
                        previous::known,
                        cell ->
                                previous.suppressed(cell)
                                        && previous.sameTotal(
                                                cell,
                                                totals.get(
                                                        cell.table().granularity()
                                                                + "|"
                                                                + cell.periodStart())),
                        knowledge);
        BitSet synthetic = counted.synthetic();
        if (!report.withheld().isEmpty()) {
            // the withheld tables are not published: neither their cells nor their rows' existence
            Set<String> out = new HashSet<>();
            report.withheld().forEach(w -> out.add(w.table()));
            List<StatCell> kept = new ArrayList<>(cells.size());
            BitSet keptSynthetic = new BitSet();
            for (int i = 0; i < cells.size(); i++) {
                if (!out.contains(cells.get(i).table().id())) {
                    if (synthetic.get(i)) {
                        keptSynthetic.set(kept.size());
                    }
                    kept.add(cells.get(i));
                }
            }
            cells = kept;
            synthetic = keptSynthetic;
            tables = tables.stream().filter(t -> !out.contains(t.id())).toList();
        }
        long known = cells.stream().filter(previous::known).count();
        long tSuppress = System.nanoTime();
        Map<StatCell, Long> recovered = DifferencingAttack.recover(tables, cells, hierarchies);
        long tAttack = System.nanoTime();
        LinearAudit.Result audit = report.audit();
        LOG.infof(
                "detainer statistics: %d cells, hierarchies %s, %d table(s) withheld; suppressed %d (line rule %d, audit-driven %d) in %d audit round(s), "
                        + "%d ms; final audit: %d cells, %d exact, narrowest primary interval %d, %d LPs in %d ms; differencing check %d ms",
                cells.size(),
                hierarchies.stream().map(h -> h.fine() + "→" + h.coarse()).toList(),
                report.withheld().size(),
                report.suppressed(),
                report.lineRule().suppressed(),
                report.secondary(),
                report.rounds(),
                (tSuppress - t0) / 1_000_000,
                audit.cellsAudited(),
                audit.exact().size(),
                audit.narrowestWidth(),
                audit.lpSolves(),
                audit.millis(),
                (tAttack - tSuppress) / 1_000_000);
        if (!recovered.isEmpty()) {
            throw new IllegalStateException(
                    recovered.size()
                            + " suppressed cell(s) could be recovered by differencing; nothing published");
        }
        return new Cells(tables, cells, synthetic, hierarchies, report, known);
    }

    /** Writes the tables and cells of a release. */
    public static void copy(Connection c, String release, Cells computed) throws SQLException {
        try (CopyTable t =
                CopyTable.into(
                        c,
                        "stat_table",
                        List.of("release_id", "id", "granularity", "dimensions"))) {
            for (StatTable table : computed.tables()) {
                t.row(
                        release,
                        table.id(),
                        table.granularity(),
                        CopyTable.array(table.dimensions()));
            }
        }
        List<String> dims = Dimension.NAMES;
        List<String> columns =
                new ArrayList<>(List.of("release_id", "table_id", "period_start", "period_end"));
        columns.addAll(dims);
        columns.addAll(List.of("count", "suppressed", "synthetic"));
        try (CopyTable t = CopyTable.into(c, "detainer_stat", columns)) {
            Object[] row = new Object[columns.size()];
            List<StatCell> cells = computed.cells();
            for (int i = 0; i < cells.size(); i++) {
                StatCell cell = cells.get(i);
                Arrays.fill(row, null);
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

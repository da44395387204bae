package org.opendetainers.catalog;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.catalog.DatasetStore.LocalDateRange;
import org.opendetainers.representation.DetainerStatView;
import org.opendetainers.representation.DisclosureTableView;
import org.opendetainers.representation.TableWriter;

/**
 * The statistics data sets of one release: a data set per published detainer-stats table (CSV and
 * JSON written straight from the cells, in one scan of the release's cells), and the disclosure
 * report, a row per table counted while its cells were written.
 */
final class StatsDatasets {

    static final String STATS_PREFIX = "detainer-stats-";

    record StatTableRow(String id, String granularity, List<String> dimensions) {
        String dataset() {
            return STATS_PREFIX + id;
        }
    }

    private final DatasetStore store;
    private final TableWriter tables;
    private final ObjectMapper json;
    private final int chunkSize;

    /** k, and what each detainer-stats table published and withheld, for the disclosure report. */
    private int minCell;

    private final List<DisclosureTableView> disclosureRows = new ArrayList<>();
    private LocalDate statsStart;
    private LocalDate statsEnd;

    StatsDatasets(DatasetStore store, TableWriter tables, ObjectMapper json, int chunkSize) {
        this.store = store;
        this.tables = tables;
        this.json = json;
        this.chunkSize = chunkSize;
    }

    /** The published statistics tables of a release, by id. */
    static List<StatTableRow> tables(Connection c, String release) throws SQLException {
        List<StatTableRow> rows = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "select id, granularity, dimensions from stat_table where release_id = ? order by id")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Array dims = rs.getArray(3);
                    rows.add(
                            new StatTableRow(
                                    rs.getString(1),
                                    rs.getString(2),
                                    List.of((String[]) dims.getArray())));
                }
            }
        }
        return rows;
    }

    /** Title of a detainer-stats table: "Detainers by aor and outcome, per year". */
    static String statsTitle(String granularity, List<String> dimensions) {
        String per = "per " + granularity.replace('_', ' ');
        if (dimensions.isEmpty()) {
            return "Detainers, total " + per;
        }
        return "Detainers by "
                + String.join(" and ", dimensions.stream().map(d -> d.replace('_', ' ')).toList())
                + ", "
                + per;
    }

    static final String STATS_DESCRIPTION =
            "Counts of ICE detainers from record-level extracts, aggregated and anonymized: one row per "
                    + "cell (a period and a value of each dimension). A cell counting fewer than k detainers, or one that would let such a cell "
                    + "be derived by subtraction, is published as suppressed with an empty count; a combination absent from the table had no "
                    + "detainers. Rows computed from synthetic records are marked synthetic.";

    static final String DISCLOSURE_DESCRIPTION =
            "The disclosure report of the detainer statistics: for each published table, its cells, "
                    + "the cells published with a count, and the cells suppressed to protect small groups.";

    /**
     * The files of every detainer-stats table, in one pass over the release's cells ordered by
     * table, period and dimensions (one scan, where a query per table would scan 70 times).
     */
    void write(List<StatTableRow> statTables) throws SQLException, IOException {
        try (PreparedStatement s =
                store.connection()
                        .prepareStatement(
                                "select coalesce((disclosure->>'min_cell')::int, 0) from release where id = ?")) {
            s.setString(1, store.release());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                minCell = rs.getInt(1);
            }
        }
        Iterator<StatTableRow> next = statTables.iterator();
        StatsFile current = null;
        // within a table, the dimensions it does not group by are null, so ordering by all of them
        // is the API's order (period, then the table's dimensions)
        try (PreparedStatement s =
                store.connection()
                        .prepareStatement(
                                "select "
                                        + DetainerStatView.SELECT
                                        + ", table_id from detainer_stat where release_id = ? order by table_id, period_start, "
                                        + String.join(", ", Dimension.NAMES))) {
            s.setFetchSize(10_000);
            s.setString(1, store.release());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String tableId = rs.getString("table_id");
                    while (current == null || !current.table.id().equals(tableId)) {
                        if (current != null) {
                            current.finish();
                        }
                        if (!next.hasNext()) {
                            throw new IllegalStateException(
                                    "cells of table " + tableId + ", which is not in stat_table");
                        }
                        current = new StatsFile(next.next());
                    }
                    current.write(rs);
                }
            }
        }
        if (current != null) {
            current.finish();
        }
        while (next.hasNext()) {
            new StatsFile(next.next()).finish();
        }
    }

    /** The files of one detainer-stats table, written row by row. */
    private final class StatsFile {
        private final StatTableRow table;
        private final List<String> columnNames;
        private final List<String> dims;
        private final String[] cells;
        private final DatasetFiles files;
        private LocalDate first;
        private LocalDate last;
        private long cellCount;
        private long suppressedCount;

        StatsFile(StatTableRow table) throws IOException {
            this.table = table;
            this.columnNames = DetainerStatView.columns(table.dimensions());
            this.dims = table.dimensions();
            this.cells = new String[columnNames.size()];
            this.files =
                    new DatasetFiles(store, table.dataset(), chunkSize, tables, json)
                            .columns(columnNames);
        }

        void write(ResultSet rs) throws SQLException, IOException {
            DetainerStatView view = DetainerStatView.from(rs);
            if (first == null) {
                first = view.periodStart();
            }
            if (last == null || view.periodEnd().isAfter(last)) {
                last = view.periodEnd();
            }
            cellCount++;
            if (view.suppressed()) {
                suppressedCount++;
            }
            // the CSV cells straight from the row: the text TableWriter would derive from the view
            cells[0] = view.periodStart().toString();
            cells[1] = view.periodEnd().toString();
            for (int i = 0; i < dims.size(); i++) {
                cells[2 + i] = view.value(dims.get(i));
            }
            cells[2 + dims.size()] = view.count() == null ? null : view.count().toString();
            cells[3 + dims.size()] = String.valueOf(view.suppressed());
            cells[4 + dims.size()] = String.valueOf(view.synthetic());
            files.writeCells(cells, json(view));
        }

        /**
         * The row as Jackson writes the view (fields in its order, dimensions only when not null),
         * without reflection: the same text, several times faster on tables of millions of rows.
         */
        private String json(DetainerStatView view) {
            StringBuilder b =
                    new StringBuilder(192)
                            .append("{\"period_start\":\"")
                            .append(view.periodStart())
                            .append("\",\"period_end\":\"")
                            .append(view.periodEnd())
                            .append('"');
            for (Dimension dimension : Dimension.values()) {
                String value = view.value(dimension);
                if (value != null) {
                    b.append(",\"")
                            .append(dimension.name())
                            .append("\":\"")
                            .append(JsonStringEncoder.getInstance().quoteAsString(value))
                            .append('"');
                }
            }
            return b.append(",\"count\":")
                    .append(view.count())
                    .append(",\"suppressed\":")
                    .append(view.suppressed())
                    .append(",\"synthetic\":")
                    .append(view.synthetic())
                    .append('}')
                    .toString();
        }

        void finish() throws SQLException, IOException {
            List<TableWriter.Column> columns =
                    tables.columns(DetainerStatView.class).stream()
                            .filter(col -> columnNames.contains(col.name()))
                            .toList();
            Object schema =
                    TableSchemas.of(json, columns, keyColumns(table.dimensions()), List.of());
            LocalDateRange temporal = first == null ? null : new LocalDateRange(first, last);
            disclosureRows.add(
                    new DisclosureTableView(
                            table.dataset(),
                            table.id(),
                            table.granularity(),
                            table.dimensions(),
                            minCell,
                            cellCount,
                            cellCount - suppressedCount,
                            suppressedCount));
            if (temporal != null) {
                statsStart =
                        statsStart == null || temporal.start().isBefore(statsStart)
                                ? temporal.start()
                                : statsStart;
                statsEnd =
                        statsEnd == null || temporal.end().isAfter(statsEnd)
                                ? temporal.end()
                                : statsEnd;
            }
            store.store(
                    table.dataset(),
                    "detainer_stats",
                    statsTitle(table.granularity(), table.dimensions()),
                    STATS_DESCRIPTION + " Table " + table.id() + ".",
                    files,
                    temporal,
                    schema);
        }
    }

    /** The disclosure report: a row per table, counted while its cells were written. */
    void disclosure() throws SQLException, IOException {
        DatasetFiles files =
                new DatasetFiles(store, "disclosure", chunkSize, tables, json)
                        .columns(DisclosureTableView.class);
        files.writeAll(disclosureRows);
        Object schema =
                TableSchemas.of(
                        json,
                        tables.columns(DisclosureTableView.class),
                        List.of("table_id"),
                        List.of());
        LocalDateRange temporal =
                statsStart == null ? null : new LocalDateRange(statsStart, statsEnd);
        store.store(
                "disclosure",
                "disclosure",
                "Disclosure report",
                DISCLOSURE_DESCRIPTION,
                files,
                temporal,
                schema);
    }

    private static List<String> keyColumns(List<String> dimensions) {
        List<String> key = new ArrayList<>(List.of("period_start"));
        key.addAll(dimensions);
        return key;
    }
}

package org.opendetainers.anonymize;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;
import org.opendetainers.release.StatAccumulator;
import org.opendetainers.testing.CsvRows;
import org.opendetainers.testing.SeedRelease;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * The outside audit, run against the API as an outsider would: every published detainer-stats table
 * downloaded, every suppressed cell an unknown of at least 1, every relation among the tables,
 * solved at once, with the finer cells the tables imply and the coverage (see {@link Knowledge}).
 * Three things an outsider could not know make it stronger, not weaker: the dimension hierarchies
 * that truly hold in the records, which suppressed cells are small (primary), and which finer cells
 * are small, all recomputed here from the record-level extract.
 */
@QuarkusTest
@ExtendWith(SeedRelease.class)
class OutsideAuditTest {

    private static final int K = 11;

    @Inject ImportService imports;

    @TempDir Path dir;

    @Test
    void theSeedReleaseGivesNoSuppressedCellAway() throws Exception {
        SourceDirs.importSeed(imports);
        audit(SourceDirs.SEED);
    }

    @Test
    void aNewlyGeneratedExtractGivesNoSuppressedCellAway() throws Exception {
        Path records = SourceDirs.copySeedWithoutRecords(dir);
        SyntheticExtractGenerator.write(
                records.resolve("synthetic-detainers-3000.csv"), 3000, 20261129);
        // 3,000 records after the seed's 20,000: a shrink the operator allows for this run
        ImportReport report = imports.run(dir, "test", true);
        assertEquals(ImportReport.Status.published, report.status(), report.summary());
        assertEquals(0, report.disclosure().audit().exactDisclosures());
        audit(dir);
    }

    private void audit(Path source) throws Exception {
        StatAccumulator.Result truth = SourceDirs.countExtracts(source);
        Map<String, Long> trueCounts = new HashMap<>();
        truth.cells()
                .forEach(
                        c ->
                                trueCounts.put(
                                        key(c.table().id(), c.periodStart().toString(), c.values()),
                                        c.count()));

        List<StatTable> tables = new ArrayList<>();
        List<StatCell> cells = new ArrayList<>();
        List<Map<String, Object>> datasets =
                given().when().get("/v1/datasets").jsonPath().getList("data");
        long suppressed = 0;
        for (Map<String, Object> d : datasets) {
            if (!"detainer_stats".equals(d.get("kind"))) {
                continue;
            }
            String name = (String) d.get("name");
            StatTable table = StatTable.fromId(name.substring("detainer-stats-".length()));
            tables.add(table);
            List<String[]> rows =
                    CsvRows.parse(given().when().get("/v1/datasets/" + name + ".csv").asString());
            String[] header = rows.get(0);
            int count = List.of(header).indexOf("count");
            int flag = List.of(header).indexOf("suppressed");
            for (String[] row : rows.subList(1, rows.size())) {
                List<String> values = List.of(row).subList(2, 2 + table.arity());
                LocalDate start = LocalDate.parse(row[0]);
                if (Boolean.parseBoolean(row[flag])) {
                    suppressed++;
                    // the count is unknown: 1 stands in, the audit never reads it
                    long truly = trueCounts.get(key(table.id(), row[0], values));
                    cells.add(new StatCell(table, start, values, 1, truly < K, !(truly < K)));
                } else {
                    cells.add(new StatCell(table, start, values, Long.parseLong(row[count])));
                }
            }
        }
        assertTrue(suppressed > 0, "the release suppresses cells");
        // the attacker also knows the finer cells the tables imply (January–September and
        // October–December of
        // each series published by calendar and fiscal year) and the coverage: months without
        // records hold
        // nothing, and an agency has at least one record in each month it has records; which finer
        // cells
        // are small (1..k-1) comes from the records, as the primary flags do
        LinearAudit.Result result =
                LinearAudit.audit(
                        tables,
                        cells,
                        truth.hierarchies(),
                        AuditedSuppressor.defaultWidth(K),
                        c -> false,
                        Knowledge.of(truth.spans(), K));
        assertEquals(suppressed, result.cellsAudited());
        assertTrue(result.derivedCells() > 0, "the finer cells of the totals are audited");
        assertEquals(List.of(), result.exact(), "no suppressed cell is recovered exactly");
        assertEquals(
                List.of(),
                result.narrow(),
                "no primary-suppressed cell has an interval narrower than the protection width");
        assertTrue(result.narrowestWidth() >= AuditedSuppressor.defaultWidth(K));
    }

    private static String key(String table, String period, List<String> values) {
        return table + "|" + period + "|" + String.join("|", values);
    }
}

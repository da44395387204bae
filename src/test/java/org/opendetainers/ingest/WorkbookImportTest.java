package org.opendetainers.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.importer.ImportService;
import org.opendetainers.ingest.records.ExtractReader;
import org.opendetainers.ingest.records.HeaderLayouts;
import org.opendetainers.testing.DenseRelease;
import org.opendetainers.testing.Release2026Fixture;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticWorkbookWriter;

/**
 * One of ICE's workbooks imported end to end: the dense fixture's 1,800 SYNTHETIC records ({@link
 * SourceDirs#denseExtractLines}) written as the August 2025 LESA workbook
 * (docs/ice-file-layouts.md; two sheets, a preamble, redaction markers and NA), with an Excel lock
 * file beside it. The import must publish exactly what the same records publish from the fixture's
 * CSV (the release current before the test, {@link DenseRelease}): the same fiscal-year totals, and
 * the same counts by detainer type and by state, through the API; and the August 2026 layout with
 * the vocabulary of the 2025–2026 files. Every layout, read and counted cell by cell without a
 * database: {@code ingest.records.ExtractLayoutsTest}.
 */
@QuarkusTest
@ExtendWith(DenseRelease.class)
class WorkbookImportTest {

    @Inject ImportService imports;

    @TempDir Path dir;

    Path records;
    List<List<String>> seed;
    Map<String, Long> fiscalYears;
    Map<String, Long> byType;
    Map<String, Long> byState;

    @BeforeEach
    void theSameRecordsFromTheFixturesCsv() throws IOException {
        records = SourceDirs.copySeedWithoutRecords(dir);
        seed = new ArrayList<>();
        for (String line : SourceDirs.denseExtractLines()) {
            seed.add(parse(line));
        }
        fiscalYears = cells(null);
        byType = cells("detainer_type");
        byState = cells("state");
        assertEquals(
                seed.size() - 1, fiscalYears.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void august2025LesaWorkbook() throws IOException {
        SyntheticWorkbookWriter.Written w =
                workbook(
                        "2025-ICLI-00019_2024-ICFO-39357_ERO Detainers_LESA-STU_FINAL Redacted.xlsx",
                        seed,
                        HeaderLayouts.L1,
                        6);
        lockFile("~$2025-ICLI-00019_2024-ICFO-39357_ERO Detainers_LESA-STU_FINAL Redacted.xlsx");
        ImportReport report = publishesTheSameCounts(w.redactedUsedCells(), w.naUsedCells());
        assertEquals(List.of("Detainers", "Detainers 2"), report.records().files().get(0).sheets());
    }

    /**
     * ICE's August 2026 layout with what the 2025–2026 files hold ({@link Release2026Fixture}):
     * I247G is published under its own code, Judicial Review as {@code other}, a blank AOR is
     * filled from the facility list by facility code into the AOR the file gives the same
     * facility's other records, the report counts the records filled and not, and no redaction
     * marker is published as a value. The records are 8 years earlier than the dense release's, so
     * that the changed records share no period with it (docs/disclosure.md).
     */
    @Test
    void august2026WorkbookOfThe2025To2026Vocabulary() throws IOException {
        List<List<String>> dense = new ArrayList<>();
        for (String line : SourceDirs.shiftedYears(SourceDirs.denseExtractLines(), 8)) {
            dense.add(parse(line));
        }
        Release2026Fixture f = Release2026Fixture.of(dense);
        Release2026Fixture.writeFacilityList(dir);
        SyntheticWorkbookWriter.Written w =
                workbook(
                        "2026-08-07 DPR Detainers FY26.xlsx",
                        f.workbookRows(),
                        HeaderLayouts.L3,
                        6);
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(f.workbookRows().size() - 1, report.records().accepted(), report.summary());
        assertEquals(0, report.records().badRows(), report.summary());
        assertEquals(Map.of(), report.records().unmappedValues(), report.summary());
        assertEquals(
                w.redactedUsedCells() + f.redactionMarkers(),
                report.records().files().get(0).redactedValues(),
                report.summary());
        ImportReport.AorFill fill = report.records().aorFill();
        assertEquals("facilities.csv", fill.facilityList(), report.summary());
        assertEquals(f.aorFilled(), fill.filled(), report.summary());
        assertEquals(f.aorNotFilled(), fill.notFilled(), report.summary());
        assertEquals(Map.of("Houston Field Office", 1L), fill.unknownAorSpellings());
        // the line docs/import.md shows
        assertTrue(
                report.summary()
                        .contains(
                                "\n  600 records without a Facility AOR: 252 filled from facilities.csv by facility code (5 codes with an AOR), "
                                        + "348 not filled (published as unknown); AORs of the list in a spelling mappings/aors.csv does not "
                                        + "know (facilities): {Houston Field Office=1}\n"),
                report.summary());
        assertEquals(600, f.aorFilled() + f.aorNotFilled());

        // what a reader of the statistics checks, by fiscal year
        sameWherePublished(
                expected(f, "detainer_type", "I247G", "i-247g"),
                only(cells("detainer_type"), "i-247g"),
                "I247G");
        sameWherePublished(
                expected(f, "detainer_lift_reason", "Judicial Review", "other"),
                only(cells("outcome"), "other"),
                "Judicial Review");
        sameWherePublished(
                expected(f, "facility_aor", "", "unknown"),
                only(cells("aor"), "unknown"),
                "AOR unknown: the records the list could not fill");
        for (String aor : cells("aor").keySet()) {
            String value = aor.substring(aor.indexOf(' ') + 1);
            assertTrue(value.equals("unknown") || value.endsWith(" Area of Responsibility"), value);
        }
        for (String country : cells("citizenship_country").keySet()) {
            assertFalse(country.contains("(b)") || country.contains("b("), country);
        }
    }

    /**
     * The records of the fixture with {@code raw} in {@code column}, by fiscal year, as the cells'
     * keys name them.
     */
    private static Map<String, Long> expected(
            Release2026Fixture f, String column, String raw, String published) {
        List<String> header = f.expectedRows().get(0);
        int value = header.indexOf(column);
        int date = header.indexOf("detainer_prepare_date");
        Map<String, Long> counts = new TreeMap<>();
        for (List<String> r : f.expectedRows().subList(1, f.expectedRows().size())) {
            if (r.get(value).equals(raw)) {
                LocalDate d = LocalDate.parse(r.get(date));
                int fy = d.getMonthValue() >= 10 ? d.getYear() : d.getYear() - 1;
                counts.merge(fy + "-10-01 " + published, 1L, Long::sum);
            }
        }
        assertFalse(counts.isEmpty(), column + " " + raw);
        return counts;
    }

    private static Map<String, Long> only(Map<String, Long> cells, String value) {
        Map<String, Long> only = new TreeMap<>(cells);
        only.keySet().removeIf(k -> !k.endsWith(" " + value));
        return only;
    }

    private ImportReport publishesTheSameCounts(long redacted, long na) {
        return publishes(seed.size() - 1, 0, redacted, na);
    }

    /**
     * Imports, and checks the report's counts and that the API publishes what the fixture's CSV
     * published.
     */
    private ImportReport publishes(long rows, long bad, long redacted, long na) {
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(rows, report.records().rows(), report.summary());
        assertEquals(bad, report.records().badRows(), report.summary());
        assertEquals(rows - bad, report.disclosure().recordsAggregated(), report.summary());
        assertEquals(0, report.records().duplicates(), report.summary());
        assertEquals(
                redacted,
                report.records().files().stream()
                        .mapToLong(ExtractReader.FileResult::redactedValues)
                        .sum(),
                report.summary());
        assertEquals(
                na,
                report.records().files().stream()
                        .mapToLong(ExtractReader.FileResult::markedMissingValues)
                        .sum(),
                report.summary());
        assertTrue(
                report.records().files().stream()
                        .noneMatch(f -> f.file().contains("~$") || f.file().endsWith(".md")),
                report.summary());
        assertTrue(report.records().unmappedValues().isEmpty(), report.summary());
        assertEquals(fiscalYears, cells(null), "fiscal-year totals");
        sameWherePublished(byType, cells("detainer_type"), "by detainer type");
        sameWherePublished(byState, cells("state"), "by state");
        return report;
    }

    /** The same cells exist in both releases, and those published in both have the same counts. */
    private static void sameWherePublished(
            Map<String, Long> expected, Map<String, Long> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        int compared = 0;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Long a = actual.get(e.getKey());
            if (e.getValue() >= 0 && a >= 0) {
                assertEquals(e.getValue(), a, what + " " + e.getKey());
                compared++;
            }
        }
        assertTrue(
                compared > 0,
                what + ": " + compared + " of " + expected.size() + " cells compared");
    }

    /**
     * Fiscal-year cells of the current release (grouped by one dimension, or totals): count, or -1
     * when suppressed.
     */
    private static Map<String, Long> cells(String groupBy) {
        var request = given().queryParam("granularity", "fiscal_year").queryParam("limit", 1000);
        if (groupBy != null) {
            request = request.queryParam("group_by", groupBy);
        }
        List<Map<String, Object>> data =
                request.when()
                        .get("/v1/detainer-stats")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data");
        Map<String, Long> cells = new TreeMap<>();
        for (Map<String, Object> c : data) {
            String key = c.get("period_start") + (groupBy == null ? "" : " " + c.get(groupBy));
            boolean suppressed = (Boolean) c.get("suppressed");
            assertFalse(groupBy == null && suppressed, "a fiscal-year total is suppressed: " + c);
            cells.put(key, suppressed ? -1L : ((Number) c.get("count")).longValue());
        }
        return cells;
    }

    private SyntheticWorkbookWriter.Written workbook(
            String name, List<List<String>> rows, List<String> header, int preamble)
            throws IOException {
        int perSheet = (rows.size() - 1 + 1) / 2;
        SyntheticWorkbookWriter.Written w =
                SyntheticWorkbookWriter.write(
                        rows.iterator(),
                        records.resolve(name),
                        new SyntheticWorkbookWriter.Options(header, preamble, perSheet, true));
        assertEquals(2, w.sheets());
        return w;
    }

    /** An Excel lock file, as Excel leaves beside an open workbook: a few bytes, no workbook. */
    private void lockFile(String name) throws IOException {
        byte[] bytes = new byte[165];
        Arrays.fill(bytes, (byte) 7);
        Files.write(records.resolve(name), bytes);
    }

    private static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

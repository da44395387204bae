package org.opendetainers.ingest;

import org.opendetainers.testing.SourceDirs;

import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.ingest.records.ExtractReader;
import org.opendetainers.ingest.records.HeaderLayouts;
import org.opendetainers.tools.SyntheticExtractGenerator;
import org.opendetainers.tools.SyntheticWorkbookWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ICE's files as delivered, one test per documented layout (docs/ice-file-layouts.md):
 * the seed's 20,000 SYNTHETIC records written by the test as each layout's workbooks (its real
 * header names, a preamble above the header, two sheets, date cells with and without a time, ICE's
 * redaction markers and NA, state names, form codes first) or text files (NPR's tab-delimited
 * .csv and comma-delimited .txt with M/D/YY dates), with an Excel lock file beside them. Each
 * import must publish exactly what the same records publish from the seed's CSV: the same
 * fiscal-year totals, and the same counts by detainer type and by state, through the API.
 */
@QuarkusTest
class WorkbookImportTest {

    @Inject
    ImportService imports;

    @TempDir
    Path dir;

    Path records;
    List<List<String>> seed;
    Map<String, Long> fiscalYears;
    Map<String, Long> byType;
    Map<String, Long> byState;

    @BeforeEach
    void theSameRecordsFromTheSeedsCsv() throws IOException {
        SourceDirs.importSeed(imports);
        records = SourceDirs.copySeedWithoutRecords(dir);
        seed = new ArrayList<>();
        for (String line : SourceDirs.seedExtractLines()) {
            seed.add(parse(line));
        }
        fiscalYears = cells(null);
        byType = cells("detainer_type");
        byState = cells("state");
        assertEquals(seed.size() - 1, fiscalYears.values().stream().mapToLong(Long::longValue).sum());
    }

    @AfterEach
    void restoreTheSeedAsCurrent() {
        SourceDirs.importSeed(imports);
    }

    @Test
    void august2025LesaWorkbook() throws IOException {
        SyntheticWorkbookWriter.Written w = workbook("2025-ICLI-00019_2024-ICFO-39357_ERO Detainers_LESA-STU_FINAL Redacted.xlsx",
                seed, HeaderLayouts.L1, 6);
        lockFile("~$2025-ICLI-00019_2024-ICFO-39357_ERO Detainers_LESA-STU_FINAL Redacted.xlsx");
        ImportReport report = publishesTheSameCounts(w.redactedUsedCells(), w.naUsedCells());
        assertEquals(List.of("Detainers", "Detainers 2"), report.records().files().get(0).sheets());
    }

    @Test
    void march2026WorkbooksOf64And65ColumnsWithAnImpossibleDate() throws IOException {
        // FY23 and FY24 files lack Birth Date (64 columns); the others have 65
        int date = seed.get(0).indexOf("detainer_prepare_date");
        List<List<String>> older = new ArrayList<>(List.of(seed.get(0)));
        List<List<String>> newer = new ArrayList<>(List.of(seed.get(0)));
        for (List<String> r : seed.subList(1, seed.size())) {
            (LocalDate.parse(r.get(date)).isBefore(LocalDate.of(2019, 10, 1)) ? older : newer).add(r);
        }
        // the junk of the August 2026 release, as text in a date cell, in the second sheet of the newer workbook:
        // one more row, a bad one
        int junkAt = newer.size() - 5;
        List<String> junk = new ArrayList<>(newer.get(junkAt));
        junk.set(date, "06/14/0002 03:10 PM");
        newer.add(junkAt, junk);
        SyntheticWorkbookWriter.Written a = workbook("2026-ICLI-00005_Detainers_FY24_20260311_Redacted.xlsx", older, HeaderLayouts.L2_64, 6);
        SyntheticWorkbookWriter.Written b = workbook("2026-ICLI-00005_Detainers_FY26_20260311_Redacted.xlsx", newer, HeaderLayouts.L2, 6);
        lockFile("~$2026-ICLI-00005_Detainers_FY26_20260311_Redacted.xlsx");
        ImportReport report = publishes(seed.size(), 1, a.redactedUsedCells() + b.redactedUsedCells(), a.naUsedCells() + b.naUsedCells());
        ImportProblem problem = report.problems().get(0);
        int perSheet = (newer.size() - 1 + 1) / 2;
        assertEquals("records/2026-ICLI-00005_Detainers_FY26_20260311_Redacted.xlsx", problem.file());
        assertEquals("Detainers 2", problem.sheet());
        // 6 preamble rows and the header above each sheet's records
        assertEquals(7 + (junkAt - perSheet), problem.line(), problem.toString());
        assertTrue(problem.reason().contains("'06/14/0002 03:10 PM' is an impossible date"), problem.toString());
    }

    @Test
    void august2026AlphabeticalWorkbook() throws IOException {
        SyntheticWorkbookWriter.Written w = workbook("2026-08-07 DPR Detainers FY12-FY26.xlsx", seed, HeaderLayouts.L3, 6);
        lockFile("~$2026-08-07 DPR Detainers FY12-FY26.xlsx");
        publishesTheSameCounts(w.redactedUsedCells(), w.naUsedCells());
    }

    @Test
    void tracWorkbookWithAShorterPreamble() throws IOException {
        // TRAC's known headers; the columns its public code does not name are given L1's names (an assumption)
        List<String> header = new ArrayList<>(HeaderLayouts.TRAC_KNOWN);
        header.addAll(List.of("Facility State", "Facility AOR", "Facility City", "Gender", "Citizenship Country", "Birth Year",
                "Detainer Type", "Detainer Prepared Criminality", "Detainer Lift Reason"));
        SyntheticWorkbookWriter.Written w = workbook("Redacted - FOIA  25-18038_TRAC ERO Detainers_FY17.xlsx", seed, header, 3);
        publishesTheSameCounts(w.redactedUsedCells(), w.naUsedCells());
    }

    @Test
    void nprTextFilesTabDelimitedCsvAndCommaDelimitedTxt() throws IOException {
        int date = seed.get(0).indexOf("detainer_prepare_date");
        // NPR's known headers; gender, citizenship, birth year and criminality are added under ICE's names (an
        // assumption: NPR's public code does not read them). Without a dimension, every one of its cells is
        // "unknown" and equals its margin, and the disclosure audit rightly refuses the release.
        List<String> header = new ArrayList<>(HeaderLayouts.NPR_KNOWN);
        header.addAll(List.of("Gender", "Citizenship Country", "Birth Year", "Detainer Prepared Criminality"));
        List<String> tab = new ArrayList<>(List.of(String.join("\t", header)));
        List<String> comma = new ArrayList<>(List.of(String.join(",", header)));
        long redacted = 0;
        for (List<String> r : seed.subList(1, seed.size())) {
            LocalDate day = LocalDate.parse(r.get(date));
            List<String> cells = new ArrayList<>();
            for (String h : header) {
                String column = org.opendetainers.ingest.records.ExtractColumns.canonical(h);
                int i = seed.get(0).indexOf(column);
                String v = i < 0 ? "" : r.get(i);
                if (column.equals("detainer_prepare_date")) {
                    v = day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + String.format("%02d", day.getYear() % 100);
                }
                redacted += v.equals(SyntheticExtractGenerator.REDACTED) ? 1 : 0;
                cells.add(v);
            }
            if (day.getYear() % 2 == 0) {
                tab.add(String.join("\t", cells));
            } else {
                comma.add(String.join(",", cells.stream().map(WorkbookImportTest::quoted).toList()));
            }
        }
        Files.write(records.resolve("detainersfy15_raw.csv"), tab, StandardCharsets.UTF_8);
        Files.write(records.resolve("lea-detainers-FY13_14_raw.txt"), comma, StandardCharsets.UTF_8);
        Files.writeString(records.resolve("README.md"), "notes beside the files are skipped\n");
        publishesTheSameCounts(redacted, 0);
    }

    private ImportReport publishesTheSameCounts(long redacted, long na) {
        return publishes(seed.size() - 1, 0, redacted, na);
    }

    /** Imports, and checks the report's counts and that the API publishes what the seed's CSV published. */
    private ImportReport publishes(long rows, long bad, long redacted, long na) {
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(rows, report.records().rows(), report.summary());
        assertEquals(bad, report.records().badRows(), report.summary());
        assertEquals(rows - bad, report.disclosure().recordsAggregated(), report.summary());
        assertEquals(0, report.records().duplicates(), report.summary());
        assertEquals(redacted, report.records().files().stream().mapToLong(ExtractReader.FileResult::redactedValues).sum(), report.summary());
        assertEquals(na, report.records().files().stream().mapToLong(ExtractReader.FileResult::markedMissingValues).sum(), report.summary());
        assertTrue(report.records().files().stream().noneMatch(f -> f.file().contains("~$") || f.file().endsWith(".md")), report.summary());
        assertTrue(report.records().unmappedValues().isEmpty(), report.summary());
        assertEquals(fiscalYears, cells(null), "fiscal-year totals");
        sameWherePublished(byType, cells("detainer_type"), "by detainer type");
        sameWherePublished(byState, cells("state"), "by state");
        return report;
    }

    /** The same cells exist in both releases, and those published in both have the same counts. */
    private static void sameWherePublished(Map<String, Long> expected, Map<String, Long> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        int compared = 0;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Long a = actual.get(e.getKey());
            if (e.getValue() >= 0 && a >= 0) {
                assertEquals(e.getValue(), a, what + " " + e.getKey());
                compared++;
            }
        }
        assertTrue(compared > 0, what + ": " + compared + " of " + expected.size() + " cells compared");
    }

    /** Fiscal-year cells of the current release (grouped by one dimension, or totals): count, or -1 when suppressed. */
    private static Map<String, Long> cells(String groupBy) {
        var request = given().queryParam("granularity", "fiscal_year").queryParam("limit", 1000);
        if (groupBy != null) {
            request = request.queryParam("group_by", groupBy);
        }
        List<Map<String, Object>> data = request.when().get("/v1/detainer-stats").then().statusCode(200).extract().jsonPath().getList("data");
        Map<String, Long> cells = new TreeMap<>();
        for (Map<String, Object> c : data) {
            String key = c.get("period_start") + (groupBy == null ? "" : " " + c.get(groupBy));
            boolean suppressed = (Boolean) c.get("suppressed");
            assertFalse(groupBy == null && suppressed, "a fiscal-year total is suppressed: " + c);
            cells.put(key, suppressed ? -1L : ((Number) c.get("count")).longValue());
        }
        return cells;
    }

    private SyntheticWorkbookWriter.Written workbook(String name, List<List<String>> rows, List<String> header, int preamble) throws IOException {
        int perSheet = (rows.size() - 1 + 1) / 2;
        SyntheticWorkbookWriter.Written w = SyntheticWorkbookWriter.write(rows.iterator(), records.resolve(name),
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

    private static String quoted(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
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

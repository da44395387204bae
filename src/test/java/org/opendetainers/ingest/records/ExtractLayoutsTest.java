package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.ingest.ImportProblem;
import org.opendetainers.release.StatAccumulator;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;
import org.opendetainers.tools.SyntheticWorkbookWriter;

/**
 * ICE's files as delivered, one test per layout the import reads, at the reader level: the first
 * 3,000 of the seed's SYNTHETIC records written by the test as each layout's workbooks (its real
 * header names, a preamble above the header, two sheets, date cells with and without a time, ICE's
 * redaction markers and NA, state names, form codes first) or text files (NPR's tab-delimited .csv
 * and comma-delimited .txt with M/D/YY dates), with an Excel lock file or a note beside them. The
 * files the import would stage are read by the import's readers and counted as the import counts
 * them; every cell of every published table (before protection) must equal the cell counted from
 * the same records in the seed's CSV, and the rows, bad rows, redacted and NA cells are each
 * file's. No database: one workbook import end to end is {@code ingest.WorkbookImportTest}.
 */
@Tag("unit")
class ExtractLayoutsTest {

    /**
     * Records of the seed written in each layout: enough for every kind of value, few enough to
     * write quickly.
     */
    private static final int RECORDS = 3_000;

    private static List<List<String>> seed;
    private static Map<String, Long> seedCells;

    @TempDir static Path csvSource;

    @TempDir Path dir;

    Path records;

    @BeforeAll
    static void theSeedsCsv() throws IOException {
        List<String> lines = SourceDirs.seedExtractLines().subList(0, RECORDS + 1);
        seed = new ArrayList<>();
        for (String line : lines) {
            seed.add(parse(line));
        }
        Files.write(
                SourceDirs.copySeedWithoutRecords(csvSource)
                        .resolve("synthetic-detainers-sample.csv"),
                lines);
        seedCells = cells(SourceDirs.countExtracts(csvSource));
        assertEquals(
                seed.size() - 1,
                seedCells.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("fiscal_year__total|"))
                        .mapToLong(Map.Entry::getValue)
                        .sum());
    }

    @BeforeEach
    void recordsFolder() throws IOException {
        records = SourceDirs.copySeedWithoutRecords(dir);
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
        SourceDirs.Extracts read =
                readsTheSameCells(seed.size() - 1, 0, w.redactedUsedCells(), w.naUsedCells());
        assertEquals(List.of("Detainers", "Detainers 2"), read.files().get(0).sheets());
    }

    @Test
    void march2026WorkbooksOf64And65ColumnsWithAnImpossibleDate() throws IOException {
        // FY23 and FY24 files lack Birth Date (64 columns); the others have 65
        int date = seed.get(0).indexOf("detainer_prepare_date");
        List<List<String>> older = new ArrayList<>(List.of(seed.get(0)));
        List<List<String>> newer = new ArrayList<>(List.of(seed.get(0)));
        for (List<String> r : seed.subList(1, seed.size())) {
            (LocalDate.parse(r.get(date)).isBefore(LocalDate.of(2019, 10, 1)) ? older : newer)
                    .add(r);
        }
        // the junk of the August 2026 release, as text in a date cell, in the second sheet of the
        // newer workbook:
        // one more row, a bad one
        int junkAt = newer.size() - 5;
        List<String> junk = new ArrayList<>(newer.get(junkAt));
        junk.set(date, "06/14/0002 03:10 PM");
        newer.add(junkAt, junk);
        SyntheticWorkbookWriter.Written a =
                workbook(
                        "2026-ICLI-00005_Detainers_FY24_20260311_Redacted.xlsx",
                        older,
                        HeaderLayouts.L2_64,
                        6);
        SyntheticWorkbookWriter.Written b =
                workbook(
                        "2026-ICLI-00005_Detainers_FY26_20260311_Redacted.xlsx",
                        newer,
                        HeaderLayouts.L2,
                        6);
        lockFile("~$2026-ICLI-00005_Detainers_FY26_20260311_Redacted.xlsx");
        SourceDirs.Extracts read =
                readsTheSameCells(
                        seed.size(),
                        1,
                        a.redactedUsedCells() + b.redactedUsedCells(),
                        a.naUsedCells() + b.naUsedCells());
        assertEquals(1, read.problems().count());
        ImportProblem problem = read.problems().kept().get(0);
        int perSheet = (newer.size() - 1 + 1) / 2;
        assertEquals(
                "records/2026-ICLI-00005_Detainers_FY26_20260311_Redacted.xlsx", problem.file());
        assertEquals("Detainers 2", problem.sheet());
        // 6 preamble rows and the header above each sheet's records
        assertEquals(7 + (junkAt - perSheet), problem.line(), problem.toString());
        assertTrue(
                problem.reason().contains("'06/14/0002 03:10 PM' is an impossible date"),
                problem.toString());
    }

    @Test
    void august2026AlphabeticalWorkbook() throws IOException {
        SyntheticWorkbookWriter.Written w =
                workbook("2026-08-07 DPR Detainers FY12-FY26.xlsx", seed, HeaderLayouts.L3, 6);
        lockFile("~$2026-08-07 DPR Detainers FY12-FY26.xlsx");
        readsTheSameCells(seed.size() - 1, 0, w.redactedUsedCells(), w.naUsedCells());
    }

    @Test
    void tracWorkbookWithAShorterPreamble() throws IOException {
        // TRAC's known headers; the columns its public code does not name are given L1's names (an
        // assumption)
        List<String> header = new ArrayList<>(HeaderLayouts.TRAC_KNOWN);
        header.addAll(
                List.of(
                        "Facility State",
                        "Facility AOR",
                        "Facility City",
                        "Gender",
                        "Citizenship Country",
                        "Birth Year",
                        "Detainer Type",
                        "Detainer Prepared Criminality",
                        "Detainer Lift Reason"));
        SyntheticWorkbookWriter.Written w =
                workbook("Redacted - FOIA  25-18038_TRAC ERO Detainers_FY17.xlsx", seed, header, 3);
        readsTheSameCells(seed.size() - 1, 0, w.redactedUsedCells(), w.naUsedCells());
    }

    @Test
    void nprTextFilesTabDelimitedCsvAndCommaDelimitedTxt() throws IOException {
        int date = seed.get(0).indexOf("detainer_prepare_date");
        // NPR's known headers; gender, citizenship, birth year and criminality are added under
        // ICE's names (an
        // assumption: NPR's public code does not read them). Without a dimension, every one of its
        // cells is
        // "unknown" and equals its margin, and the disclosure audit rightly refuses the release.
        List<String> header = new ArrayList<>(HeaderLayouts.NPR_KNOWN);
        header.addAll(
                List.of(
                        "Gender",
                        "Citizenship Country",
                        "Birth Year",
                        "Detainer Prepared Criminality"));
        List<String> tab = new ArrayList<>(List.of(String.join("\t", header)));
        List<String> comma = new ArrayList<>(List.of(String.join(",", header)));
        long redacted = 0;
        for (List<String> r : seed.subList(1, seed.size())) {
            LocalDate day = LocalDate.parse(r.get(date));
            List<String> cells = new ArrayList<>();
            for (String h : header) {
                String column = ExtractColumns.canonical(h);
                int i = seed.get(0).indexOf(column);
                String v = i < 0 ? "" : r.get(i);
                if (column.equals("detainer_prepare_date")) {
                    v =
                            day.getMonthValue()
                                    + "/"
                                    + day.getDayOfMonth()
                                    + "/"
                                    + String.format("%02d", day.getYear() % 100);
                }
                redacted += v.equals(SyntheticExtractGenerator.REDACTED) ? 1 : 0;
                cells.add(v);
            }
            if (day.getYear() % 2 == 0) {
                tab.add(String.join("\t", cells));
            } else {
                comma.add(
                        String.join(",", cells.stream().map(ExtractLayoutsTest::quoted).toList()));
            }
        }
        Files.write(records.resolve("detainersfy15_raw.csv"), tab, StandardCharsets.UTF_8);
        Files.write(
                records.resolve("lea-detainers-FY13_14_raw.txt"), comma, StandardCharsets.UTF_8);
        Files.writeString(records.resolve("README.md"), "notes beside the files are skipped\n");
        readsTheSameCells(seed.size() - 1, 0, redacted, 0);
    }

    /**
     * Reads the records folder as the import does, and checks the counts and every cell against the
     * seed's CSV.
     */
    private SourceDirs.Extracts readsTheSameCells(long rows, long bad, long redacted, long na) {
        SourceDirs.Extracts read = SourceDirs.readExtracts(dir);
        String files = read.files().toString();
        assertEquals(
                rows, read.files().stream().mapToLong(ExtractReader.FileResult::rows).sum(), files);
        assertEquals(
                bad,
                read.files().stream().mapToLong(ExtractReader.FileResult::badRows).sum(),
                files);
        assertEquals(
                rows - bad,
                read.files().stream().mapToLong(ExtractReader.FileResult::accepted).sum(),
                files);
        assertEquals(
                redacted,
                read.files().stream().mapToLong(ExtractReader.FileResult::redactedValues).sum(),
                files);
        assertEquals(
                na,
                read.files().stream()
                        .mapToLong(ExtractReader.FileResult::markedMissingValues)
                        .sum(),
                files);
        assertTrue(
                read.files().stream()
                        .noneMatch(f -> f.file().contains("~$") || f.file().endsWith(".md")),
                files);
        assertTrue(read.files().stream().noneMatch(ExtractReader.FileResult::failed), files);
        assertEquals(bad, read.problems().count(), read.problems().kept().toString());
        assertEquals(
                seedCells,
                cells(read.cells()),
                "every cell of every table, as counted from the seed's CSV");
        return read;
    }

    private static Map<String, Long> cells(StatAccumulator.Result result) {
        Map<String, Long> cells = new HashMap<>();
        for (StatCell c : result.cells()) {
            cells.put(c.table().id() + "|" + c.periodStart() + "|" + c.values(), c.count());
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

    private static String quoted(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** One line of the seed's CSV into its cells. */
    static List<String> parse(String line) {
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

package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.release.StatAccumulator;
import org.opendetainers.testing.Release2026Fixture;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticWorkbookWriter;

/**
 * A workbook of ICE's August 2026 layout (44 columns with AOR, City and State) holding what the
 * 2025–2026 files hold ({@link Release2026Fixture}: I247G, the new lift reasons, their redaction
 * markers, "Yes No" columns with text, blank AORs), read by the import's readers without a
 * database: it must count exactly what the same records count with their AOR given where the
 * facility list fills it, I247G under its own code, Judicial Review as {@code other}, and no
 * redaction marker as a value. The import end to end: {@code ingest.WorkbookImportTest}.
 */
@Tag("unit")
class Release2026WorkbookTest {

    private static final String WORKBOOK = "2026-08-07 DPR Detainers FY26.xlsx";

    private static Release2026Fixture fixture;

    @TempDir Path expectedSource;

    @TempDir Path dir;

    @BeforeAll
    static void fixture() throws IOException {
        List<List<String>> dense = new ArrayList<>();
        for (String line : SourceDirs.denseExtractLines()) {
            dense.add(ExtractLayoutsTest.parse(line));
        }
        fixture = Release2026Fixture.of(dense);
        assertTrue(fixture.i247g() > 0 && fixture.judicialReview() > 0, fixture.toString());
        assertTrue(fixture.aorFilled() > 0 && fixture.aorNotFilled() > 0, fixture.toString());
    }

    @Test
    void countsWhatTheSameRecordsCountWithTheirAorsFilledFromTheFacilityList() throws IOException {
        Files.write(
                SourceDirs.copySeedWithoutRecords(expectedSource).resolve("synthetic-2026.csv"),
                fixture.expectedLines());
        // data-seed's own facility list, when there is one, is not the fixture's
        SourceDirs.withoutSeedFacilityList(expectedSource);
        SourceDirs.Extracts expected = SourceDirs.readExtracts(expectedSource);
        assertTrue(expected.problems().isEmpty(), expected.problems().kept().toString());

        SourceDirs.copySeedWithoutRecords(dir);
        Release2026Fixture.writeFacilityList(dir);
        SyntheticWorkbookWriter.Written w = workbook();
        SourceDirs.Extracts read = SourceDirs.readExtracts(dir);
        ExtractReader.FileResult file = read.files().get(0);
        String report = read.files().toString();
        assertFalse(file.failed(), report);
        assertEquals(List.of("Detainers", "Detainers 2"), file.sheets());
        assertEquals(fixture.workbookRows().size() - 1, file.rows(), report);
        assertEquals(0, file.badRows(), report);
        assertTrue(read.problems().isEmpty(), read.problems().kept().toString());
        assertEquals(fixture.aorFilled(), file.aorFilled(), report);
        assertEquals(fixture.aorNotFilled(), file.aorNotFilled(), report);
        assertEquals(w.redactedUsedCells() + fixture.redactionMarkers(), file.redactedValues());
        assertTrue(file.ignoredColumns().contains("Final Order Yes No"), report);

        // every cell of every table: the filled records are in the AOR the file gives the others
        assertEquals(cells(expected.cells()), cells(read.cells()));
        assertEquals(fixture.i247g(), total(read.cells(), "detainer_type", "i-247g"));
        assertEquals(fixture.judicialReview(), total(read.cells(), "outcome", "other"));
        assertEquals(fixture.aorNotFilled(), total(read.cells(), "aor", "unknown"));
        assertEquals(0, total(read.cells(), "detainer_type", "unknown"));
        for (StatCell c : read.cells().cells()) {
            for (String v : c.values()) {
                assertEquals(
                        IceValues.Kind.VALUE,
                        IceValues.kind(v.equals("unknown") ? "x" : v),
                        "a redaction marker published as a value: " + c.values());
                assertFalse(v.equals("New York City") || v.equals("Los Angeles"), v);
            }
        }
    }

    @Test
    void withoutAFacilityListNoAorIsFilledAndEveryBlankIsCounted() throws IOException {
        SourceDirs.copySeedWithoutRecords(dir);
        SourceDirs.withoutSeedFacilityList(dir);
        workbook();
        SourceDirs.Extracts read = SourceDirs.readExtracts(dir);
        ExtractReader.FileResult file = read.files().get(0);
        assertEquals(0, file.aorFilled());
        assertEquals(fixture.aorFilled() + fixture.aorNotFilled(), file.aorNotFilled());
        assertEquals(
                fixture.aorFilled() + fixture.aorNotFilled(),
                total(read.cells(), "aor", "unknown"));
    }

    private SyntheticWorkbookWriter.Written workbook() throws IOException {
        List<List<String>> rows = fixture.workbookRows();
        SyntheticWorkbookWriter.Written w =
                SyntheticWorkbookWriter.write(
                        rows.iterator(),
                        dir.resolve("records").resolve(WORKBOOK),
                        new SyntheticWorkbookWriter.Options(
                                HeaderLayouts.L3, 6, rows.size() / 2, true));
        assertEquals(2, w.sheets());
        return w;
    }

    /** The fiscal-year records of one value of one dimension. */
    private static long total(StatAccumulator.Result result, String dimension, String value) {
        return result.cells().stream()
                .filter(c -> c.table().granularity() == Granularity.fiscal_year)
                .filter(c -> c.table().dimensions().equals(List.of(dimension)))
                .filter(c -> c.values().get(0).equals(value))
                .mapToLong(StatCell::count)
                .sum();
    }

    private static Map<String, Long> cells(StatAccumulator.Result result) {
        Map<String, Long> cells = new HashMap<>();
        for (StatCell c : result.cells()) {
            cells.put(c.table().id() + "|" + c.periodStart() + "|" + c.values(), c.count());
        }
        return cells;
    }
}

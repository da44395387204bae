package org.opendetainers.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.ingest.ImportProblem;
import org.opendetainers.ingest.records.HeaderLayouts;
import org.opendetainers.testing.DenseRelease;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticWorkbookWriter;

/**
 * No accidental empty or shrunken release: a records folder without a record file, a file no reader
 * accepts, a workbook whose header lacks a column that matters, and a release that loses more than
 * opendetainers.import.max-drop-share of the records each publish nothing, leave the previous
 * release served, and /v1/status says why. The release before each test is the dense fixture's
 * ({@link DenseRelease}), and the valid files beside a bad one are its records.
 */
@QuarkusTest
@ExtendWith(DenseRelease.class)
class ImportGuardTest {

    private static final String FIGURE = "nypd-detainers-received-2017-seed004";

    @Inject ImportService imports;

    @TempDir Path dir;

    Path records;
    String before;

    @BeforeEach
    void fixtureIsCurrent() throws IOException {
        records = SourceDirs.copySeedWithoutRecords(dir);
        before = currentRelease();
    }

    @Test
    void aRecordsFolderWithoutARecordFile() throws IOException {
        // what a folder looks like when the workbooks were moved away: their lock file and a note
        Files.write(records.resolve("~$ERO Detainers_LESA-STU_FINAL Release.xlsx"), new byte[165]);
        Files.writeString(records.resolve("README.md"), "ICE's workbooks go here\n");
        rejected("records/", "the records folder holds no record file");
    }

    @Test
    void aFileThatNoReaderAccepts() throws IOException {
        Files.write(
                records.resolve("synthetic-detainers.csv"),
                SourceDirs.denseExtractLines(),
                StandardCharsets.UTF_8);
        byte[] xls = new byte[512];
        System.arraycopy(
                new byte[] {
                    (byte) 0xD0,
                    (byte) 0xCF,
                    0x11,
                    (byte) 0xE0,
                    (byte) 0xA1,
                    (byte) 0xB1,
                    0x1A,
                    (byte) 0xE1
                },
                0,
                xls,
                0,
                8);
        Files.write(records.resolve("ERO Detainers FY2015.xls"), xls);
        rejected("records/ERO Detainers FY2015.xls", "legacy Excel 97-2003 (.xls) workbook");
    }

    @Test
    void aWorkbookThatIsNotOne() throws IOException {
        Files.writeString(
                records.resolve("ERO Detainers.xlsx"),
                "Detainer Prepare Date,Facility State\n2024-01-01,NEW YORK\n");
        rejected("records/ERO Detainers.xlsx", "not an Excel workbook");
    }

    @Test
    void aFileOfAnotherKind() throws IOException {
        Files.write(
                records.resolve("synthetic-detainers.csv"),
                SourceDirs.denseExtractLines(),
                StandardCharsets.UTF_8);
        Files.writeString(records.resolve("FOIA cover letter.pdf"), "%PDF-1.7\n");
        rejected("records/FOIA cover letter.pdf", "no reader accepts this file");
    }

    @Test
    void aWorkbookWithoutItsIdentifierColumnNamesTheHeaderRowFound() throws IOException {
        List<String> header = new ArrayList<>(HeaderLayouts.L3);
        header.remove("Anonymized Unique Identifier");
        List<List<String>> rows = new ArrayList<>();
        for (String line : SourceDirs.seedExtractLines().subList(0, 401)) {
            rows.add(Arrays.asList(line.split(",", -1)));
        }
        SyntheticWorkbookWriter.write(
                rows.iterator(),
                records.resolve("DPR Detainers.xlsx"),
                new SyntheticWorkbookWriter.Options(header, 6, 1000, true));
        ImportProblem p =
                rejected(
                        "records/DPR Detainers.xlsx",
                        "missing required column 'unique_id' in the header row found (sheet 'Detainers' row 7)");
        assertEquals("Detainers", p.sheet());
        assertEquals(7, p.line());
    }

    @Test
    void aShrunkenReleaseIsRejectedUnlessAllowedForTheRun() throws IOException {
        // moved 8 years earlier, so that the shrunken release, once allowed, shares no period with
        // the dense fixture's
        List<String> lines = SourceDirs.shiftedYears(SourceDirs.denseExtractLines(), 8);
        // 45 % of the fixture's records: more than half of them would vanish
        int keep = (lines.size() - 1) * 45 / 100;
        Files.write(
                records.resolve("synthetic-detainers-part.csv"),
                lines.subList(0, keep + 1),
                StandardCharsets.UTF_8);
        ImportProblem none = null;
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.rejected, report.status(), report.summary());
        assertTrue(
                report.message()
                        .contains(
                                "55.0 % fewer than the "
                                        + (lines.size() - 1)
                                        + " of the current release"),
                report.message());
        assertTrue(
                report.message().contains("opendetainers.import.max-drop-share"), report.message());
        assertEquals(
                none,
                report.problems().stream().findFirst().orElse(null),
                "the records themselves are fine");
        stillServed("max-drop-share");

        ImportReport allowed = imports.run(dir, "test", true);
        assertEquals(Status.published, allowed.status(), allowed.summary());
        assertEquals(keep, allowed.disclosure().recordsAggregated());
    }

    @Test
    void theAdminTriggerTakesAllowShrinkAsTrueOrFalseOnly() {
        given().auth()
                .oauth2("test-admin-key")
                .queryParam("allow_shrink", "yes")
                .when()
                .post("/admin/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * Asserts the import is rejected, names the file and the reason, the previous release still
     * serves, and /v1/status says why.
     */
    private ImportProblem rejected(String file, String reason) {
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.rejected, report.status(), report.summary());
        ImportProblem problem =
                report.problems().stream()
                        .filter(p -> p.reason().contains(reason))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no problem '"
                                                        + reason
                                                        + "' in "
                                                        + report.summary()));
        assertEquals(file, problem.file(), problem.toString());
        assertTrue(report.message().contains(file), report.message());
        stillServed(file);
        return problem;
    }

    private void stillServed(String why) {
        assertEquals(before, currentRelease());
        given().when().get("/v1/figures/" + FIGURE).then().statusCode(200).body("value", is(1526));
        var status = given().when().get("/v1/status").then().statusCode(200).extract().jsonPath();
        assertEquals("rejected", status.getString("last_import.status"));
        assertTrue(
                status.getString("last_import.message").contains(why),
                status.getString("last_import.message"));
        assertEquals(before, status.getString("current_release.id"));
    }

    private static String currentRelease() {
        return given().when().get("/v1/jurisdictions?limit=1").jsonPath().getString("release.id");
    }
}

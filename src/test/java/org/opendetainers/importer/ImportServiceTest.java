package org.opendetainers.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.ingest.ImportProblem;
import org.opendetainers.testing.DenseRelease;
import org.opendetainers.testing.SourceDirs;

/**
 * Imports against the real database: idempotence, atomic publication, past releases, rejection. The
 * release before each test is the dense fixture's ({@link DenseRelease}) and each import reads a
 * copy of it: what is checked here does not depend on the number of records.
 */
@QuarkusTest
@ExtendWith(DenseRelease.class)
class ImportServiceTest {

    private static final String FIGURE = "nypd-detainers-received-2017-seed004";

    @Inject ImportService imports;

    @TempDir Path dir;

    @Test
    void importingTheSameFilesAgainPublishesNothing() throws IOException {
        String current = currentRelease();
        int releases = given().when().get("/v1/releases").jsonPath().getList("data").size();
        ImportReport report = imports.run(SourceDirs.copyDense(dir), "test");
        assertEquals(Status.unchanged, report.status(), report.summary());
        assertEquals(current, report.releaseId());
        assertEquals(current, currentRelease());
        assertEquals(
                releases, given().when().get("/v1/releases").jsonPath().getList("data").size());
    }

    @Test
    void aRevisedFigureIsANewReleaseAndTheOldOneStaysReadable() throws IOException {
        String before = currentRelease();
        copyDenseWith(
                "figures.csv",
                FIGURE + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1526,",
                FIGURE + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1527,");

        // a reader starts paging on the old release
        JsonPath firstPage = given().queryParam("limit", 5).when().get("/v1/figures").jsonPath();
        String next = firstPage.getString("page.next");

        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(before, report.previousReleaseId());
        String after = currentRelease();
        assertEquals(report.releaseId(), after);
        assertNotEquals(before, after);

        given().when().get("/v1/figures/" + FIGURE).then().statusCode(200).body("value", is(1527));
        given().queryParam("release", before)
                .when()
                .get("/v1/figures/" + FIGURE)
                .then()
                .statusCode(200)
                .body("value", is(1526));
        given().when()
                .get("/v1/releases/" + after + "/changes")
                .then()
                .statusCode(200)
                .body("previous_release", is(before))
                .body(
                        "figure_values_changed.find { it.id == '" + FIGURE + "' }.previous_value",
                        is(1526));
        given().when()
                .get("/v1/releases/" + after)
                .then()
                .statusCode(200)
                .body("changes.previous_release", is(before))
                .body("changes.tables.figure.changed", hasItem(FIGURE))
                .body(
                        "changes.figure_values_changed.find { it.id == '"
                                + FIGURE
                                + "' }.previous_value",
                        is(1526))
                .body(
                        "changes.figure_values_changed.find { it.id == '" + FIGURE + "' }.value",
                        is(1527));

        // the reader's next page is still on the release it started on: no row skipped or repeated
        List<String> paged = new ArrayList<>(firstPage.getList("data.id"));
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).jsonPath();
            assertEquals(before, page.getString("release.id"));
            paged.addAll(page.getList("data.id"));
            next = page.getString("page.next");
        }
        List<String> all =
                given().queryParam("release", before)
                        .queryParam("limit", 1000)
                        .when()
                        .get("/v1/figures")
                        .jsonPath()
                        .getList("data.id");
        assertEquals(all, paged);
    }

    @Test
    void aRejectedImportPublishesNothingAndTheLastReleaseStaysLive() throws IOException {
        String before = currentRelease();
        copyDenseWith(
                "figures.csv",
                FIGURE + ",detainers_received,nyc,nypd,2017-01-01,",
                FIGURE + ",detainers_received,nyc,nypd,2017-01-32,");
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.rejected, report.status());
        assertEquals(1, report.problemCount());
        ImportProblem problem = report.problems().get(0);
        assertEquals("figures.csv", problem.file());
        assertEquals("period_start", problem.column());
        assertTrue(problem.line() > 1);
        assertEquals(before, currentRelease());
        given().when().get("/v1/figures/" + FIGURE).then().statusCode(200).body("value", is(1526));
    }

    @Test
    void aDatabaseErrorMidPublicationRollsEverythingBack() throws IOException {
        String before = currentRelease();
        long releases = given().when().get("/v1/releases").jsonPath().getList("data").size();
        // valid for the reader (a new jurisdiction, so the inputs differ), but the COPY of the
        // last table is refused by the database after every other table was written
        copyDenseWith(
                "jurisdictions.csv", "\nnyc,", "\nrollback-test,Rollback test,city,NY,,,\nnyc,");
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                var s = c.createStatement()) {
            s.execute(
                    "alter table figure add constraint test_no_1526 check (value <> 1526) not valid");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        // the import logs the database's refusal as an ERROR with its stack trace: captured here
        // (and checked), so that a passing build prints no stack trace
        Logger log = Logger.getLogger(ImportService.class.getName());
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture =
                new Handler() {
                    @Override
                    public void publish(LogRecord r) {
                        logged.add(r);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        boolean parents = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        log.addHandler(capture);
        try {
            ImportReport report = imports.run(dir, "test");
            assertEquals(Status.failed, report.status(), report.summary());
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(parents);
            try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                    var s = c.createStatement()) {
                s.execute("alter table figure drop constraint test_no_1526");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(
                logged.stream()
                        .anyMatch(
                                r ->
                                        r.getLevel().intValue() >= Level.SEVERE.intValue()
                                                && r.getThrown() != null
                                                && String.valueOf(r.getThrown())
                                                        .contains("test_no_1526")),
                "the failure is logged as an ERROR with its cause: "
                        + logged.stream()
                                .map(r -> r.getLevel() + " " + r.getMessage() + " " + r.getThrown())
                                .toList());
        assertEquals(before, currentRelease());
        assertEquals(
                releases, given().when().get("/v1/releases").jsonPath().getList("data").size());
        given().when().get("/v1/jurisdictions/rollback-test").then().statusCode(404);
    }

    @Test
    void oneImportAtATimeAcrossReplicas() throws Exception {
        copyDenseWith(
                "figures.csv",
                FIGURE + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1526,",
                FIGURE + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1527,");
        String before = currentRelease();
        // another replica's import holds the lock
        try (var c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select pg_advisory_xact_lock(hashtext('opendetainers.import'))");
            ImportReport report = imports.run(dir, "test");
            assertEquals(Status.busy, report.status(), report.summary());
            c.rollback();
        }
        assertEquals(before, currentRelease());
        assertEquals(Status.published, imports.run(dir, "test").status(), "once the lock is free");
    }

    private String currentRelease() {
        return given().when().get("/v1/jurisdictions?limit=1").jsonPath().getString("release.id");
    }

    private void copyDenseWith(String file, String from, String to) throws IOException {
        SourceDirs.copyDenseWith(dir, file, from, to);
    }
}

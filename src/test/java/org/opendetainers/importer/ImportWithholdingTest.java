package org.opendetainers.importer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.testing.SeedRelease;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * Protection never refuses a release: what the disclosure audit cannot pass is hidden or withheld,
 * the figures and policies publish, and the disclosure report, the import summary and {@code
 * /v1/status} say what was withheld, and the API answers for a withheld table that it was withheld.
 * Here a 100-record extract with the service's own settings: most of its tables are mostly cells
 * under k, and are withheld (which tables, and why, is the unit tests' matter: {@code
 * LinearAuditTest}, {@code CountyExtractTest}; this class checks what a user sees of it). It once
 * had a test profile of its own with an unreachable protection width, which cost a build and a
 * start of the application; the release it publishes is undone by {@link SeedRelease}.
 */
@QuarkusTest
@ExtendWith(SeedRelease.class)
class ImportWithholdingTest {

    @Inject ImportService imports;

    @TempDir Path dir;

    @Test
    void aReleaseThatCannotBeProtectedPublishesWhatItCan() throws Exception {
        Path records = SourceDirs.copySeedWithoutRecords(dir);
        SyntheticExtractGenerator.write(records.resolve("synthetic-detainers-100.csv"), 100, 7);

        // 100 records after the seed's 20,000: the operator allows the shrink
        ImportReport report = imports.run(dir, "test", true);

        assertEquals(Status.published, report.status(), report.summary());
        var disclosure = report.disclosure();
        assertEquals(0, disclosure.audit().exactDisclosures());
        assertEquals(0, disclosure.audit().narrowIntervals());
        assertFalse(disclosure.withheldTables().isEmpty(), report.summary());
        assertTrue(
                disclosure.withheldTables().size() < PublishedTables.all().size(),
                "some tables publish: " + report.summary());
        for (var w : disclosure.withheldTables()) {
            assertTrue(report.summary().contains("withheld: " + w.table()), report.summary());
            assertTrue(report.message().contains(w.table()), report.message());
            given().when()
                    .get("/v1/datasets")
                    .then()
                    .statusCode(200)
                    .body(
                            "data.name",
                            Matchers.not(Matchers.hasItem("detainer-stats-" + w.table())));
            var table = StatTable.fromId(w.table());
            var ask = given().queryParam("granularity", table.granularity().name());
            if (table.arity() > 0) {
                ask = ask.queryParam("group_by", String.join(",", table.dimensions()));
            }
            ask.when()
                    .get("/v1/detainer-stats")
                    .then()
                    .statusCode(404)
                    .body("detail", Matchers.containsString("withheld from release"));
        }
        String release =
                given().when().get("/v1/status").jsonPath().getString("current_release.id");
        assertEquals(report.releaseId(), release);
        assertEquals(
                disclosure.withheldTables().size(),
                given().when()
                        .get("/v1/releases/" + release)
                        .jsonPath()
                        .getList("disclosure.withheld_tables")
                        .size());
        // the curated figures and policies publish whatever the statistics do
        assertTrue(given().when().get("/v1/figures").jsonPath().getList("data").size() > 0);
        assertTrue(given().when().get("/v1/policies").jsonPath().getList("data").size() > 0);
    }
}

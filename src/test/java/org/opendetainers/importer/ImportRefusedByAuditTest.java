package org.opendetainers.importer;

import org.opendetainers.testing.SourceDirs;

import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.tools.SyntheticExtractGenerator;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A release that the disclosure audit cannot pass is refused, and nothing is published: here a
 * protection width wider than any interval the published totals leave room for.
 */
@QuarkusTest
@TestProfile(ImportRefusedByAuditTest.UnreachableWidth.class)
class ImportRefusedByAuditTest {

    public static class UnreachableWidth implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("opendetainers.anonymize.protection-width", "100000", "opendetainers.import.load-on-empty-start", "false");
        }
    }

    @Inject
    ImportService imports;

    @TempDir
    Path dir;

    @Test
    void aReleaseThatWouldLeakIsRefused() throws Exception {
        String before = given().when().get("/v1/status").jsonPath().getString("current_release.id");
        int releases = given().when().get("/v1/releases").jsonPath().getList("data").size();
        Path records = SourceDirs.copySeedWithoutRecords(dir);
        SyntheticExtractGenerator.write(records.resolve("synthetic-detainers-400.csv"), 400, 7);

        // 400 records after the seed's 20,000: the operator allows the shrink, the audit still refuses
        ImportReport report = imports.run(dir, "test", true);

        assertEquals(Status.rejected, report.status(), report.summary());
        assertTrue(report.message().contains("the disclosure audit could not be passed"), report.message());
        assertTrue(report.message().contains("nothing was published"), report.message());
        assertEquals(releases, given().when().get("/v1/releases").jsonPath().getList("data").size());
        assertEquals(before, given().when().get("/v1/status").jsonPath().getString("current_release.id"));
    }
}

package org.opendetainers.importer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.testing.SeedRelease;
import org.opendetainers.testing.SourceDirs;

/**
 * The protected statistics are reused when their inputs are unchanged (docs/import.md): a revision
 * of the curated files only publishes a new release whose statistics files are byte-identical to
 * the current release's, without protecting again; a changed record protects again. (A changed k or
 * width: {@code release.StatisticsFingerprintTest}.)
 */
@QuarkusTest
@ExtendWith(SeedRelease.class)
class StatisticsReuseTest {

    @Inject ImportService imports;

    @Inject AgroalDataSource dataSource;

    @TempDir Path dir;

    @Test
    void aCuratedOnlyRevisionPublishesByteIdenticalStatisticsWithoutProtectingAgain()
            throws Exception {
        String seed = SeedRelease.id();
        // a revision of one policy's title, as a typo fixed
        SourceDirs.copySeedWith(
                dir,
                "policies.csv",
                "2003 (Mayor Bloomberg),executive_order",
                "2003 (Mayor M. Bloomberg),executive_order");

        long t0 = System.nanoTime();
        ImportReport report = imports.run(dir, "test");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Status.published, report.status(), report.summary());
        String revised = report.releaseId();
        System.out.printf("a curated-only revision of the seed imported in %d ms%n", ms);

        Map<String, String> before = statisticsFiles(seed);
        Map<String, String> after = statisticsFiles(revised);
        assertFalse(before.isEmpty());
        assertEquals(
                before,
                after,
                "every detainer-stats file (csv, json, csv.gz) has the same SHA-256");
        assertEquals(fingerprint(seed), fingerprint(revised));
        // the disclosure report is the current release's, down to how long its protection took:
        // nothing was protected again
        assertEquals(
                given().when().get("/v1/releases/" + seed).jsonPath().getMap("disclosure"),
                given().when().get("/v1/releases/" + revised).jsonPath().getMap("disclosure"));
        given().when().get("/v1/releases/" + revised + "/changes").then().statusCode(200);
        assertEquals(
                List.of("nyc-eo-34-2003"),
                given().when()
                        .get("/v1/releases/" + revised + "/changes")
                        .jsonPath()
                        .getList("tables.policy.changed"));
        assertEquals(
                0,
                given().when()
                        .get("/v1/releases/" + revised + "/changes")
                        .jsonPath()
                        .getInt("detainer_stats.changed"));
    }

    @Test
    void aChangedRecordProtectsAgain() throws Exception {
        String seed = SeedRelease.id();
        SourceDirs.copySeedWithoutRecords(dir);
        List<String> lines = SourceDirs.seedExtractLines();
        lines.remove(lines.size() - 1);
        Files.write(dir.resolve("records/synthetic-detainers-sample.csv"), lines);

        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        String changed = report.releaseId();
        assertNotNull(fingerprint(changed));
        assertNotEquals(fingerprint(seed), fingerprint(changed), "one record less is other inputs");
        JsonPath disclosure = given().when().get("/v1/releases/" + changed).jsonPath();
        assertEquals(
                given().when()
                                .get("/v1/releases/" + seed)
                                .jsonPath()
                                .getLong("disclosure.records_aggregated")
                        - 1,
                disclosure.getLong("disclosure.records_aggregated"),
                "the report is this release's");
        assertTrue(
                disclosure.getLong("disclosure.audit.cells_audited") > 0,
                "the cells were protected and audited");
    }

    /** SHA-256 of every file of every detainer-stats data set of a release, by URL path. */
    private static Map<String, String> statisticsFiles(String release) {
        JsonPath list =
                given().queryParam("limit", 1000)
                        .queryParam("release", release)
                        .when()
                        .get("/v1/datasets")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        Map<String, String> sums = new TreeMap<>();
        for (Map<String, Object> d : list.<Map<String, Object>>getList("data")) {
            if (d.get("name").toString().startsWith("detainer-stats-")) {
                for (Map<String, Object> f : (List<Map<String, Object>>) d.get("files")) {
                    sums.put(d.get("name") + "." + f.get("format"), f.get("sha256").toString());
                }
            }
        }
        return sums;
    }

    private String fingerprint(String release) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select stats_fingerprint from release where id = ?")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), release);
                return rs.getString(1);
            }
        }
    }
}

package org.opendetainers.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A release published without files (by a version of the service before they existed) gets them at
 * the next start, and they are the very bytes its import would have written.
 */
@QuarkusTest
class CatalogBackfillTest {

    @Inject CatalogBackfill backfill;

    @Inject AgroalDataSource dataSource;

    @Inject DownloadSlots slots;

    @Test
    void aReleaseWithoutFilesGetsTheSameFilesItsImportWrote() throws Exception {
        JsonPath before = given().queryParam("limit", 1000).when().get("/v1/datasets").jsonPath();
        String release = before.getString("release.id");
        List<String> shas = before.getList("data.files.sha256.flatten()");
        assertTrue(shas.size() > 100, "files of the release: " + shas.size());

        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("dataset_chunk", "dataset_file", "dataset")) {
                try (PreparedStatement s =
                        c.prepareStatement("delete from " + table + " where release_id = ?")) {
                    s.setString(1, release);
                    s.executeUpdate();
                }
            }
        }
        given().when().get("/v1/datasets/figures.csv").then().statusCode(404);

        assertEquals(1, backfill.run(), "one release had no files");
        assertEquals(0, backfill.run(), "and now none");
        JsonPath after = given().queryParam("limit", 1000).when().get("/v1/datasets").jsonPath();
        assertEquals(before.getList("data.name"), after.getList("data.name"));
        assertEquals(
                shas,
                after.getList("data.files.sha256.flatten()"),
                "byte for byte what the import wrote");
    }

    @Test
    void downloadsBeyondTheLimitAreAskedToRetry() {
        int taken = 0;
        while (slots.tryAcquire()) {
            taken++;
        }
        try {
            assertEquals(16, taken, "opendetainers.catalog.max-concurrent-downloads");
            given().when()
                    .get("/v1/datasets/figures.csv")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json");
            // descriptions and catalogs are not downloads
            given().when().get("/v1/datasets/figures").then().statusCode(200);
        } finally {
            for (int i = 0; i < taken; i++) {
                slots.release();
            }
        }
        given().when().get("/v1/datasets/figures.csv").then().statusCode(200);
    }
}

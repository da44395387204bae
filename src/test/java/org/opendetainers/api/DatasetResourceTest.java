package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;
import org.opendetainers.testing.CsvRows;
import org.opendetainers.testing.SeedRelease;
import org.opendetainers.testing.SourceDirs;

/**
 * Bulk downloads: what the catalog lists is what is served, byte for byte, and it is what the API
 * answers.
 */
@QuarkusTest
@ExtendWith(SeedRelease.class)
class DatasetResourceTest {

    private static final List<String> CURATED =
            List.of("jurisdictions", "agencies", "sources", "measures", "policies", "figures");

    @Inject ImportService imports;

    @TempDir Path dir;

    @Test
    void theCatalogListsEveryDataSet() {
        JsonPath list =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/datasets")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<String> names = list.getList("data.name");
        assertEquals(
                CURATED, names.subList(0, CURATED.size()), "curated tables first, in load order");
        long stats = names.stream().filter(n -> n.startsWith("detainer-stats-")).count();
        assertEquals(
                given().when()
                        .get("/v1/releases/" + list.getString("release.id"))
                        .jsonPath()
                        .getLong("row_counts.stat_table"),
                stats,
                "one data set per published detainer-stats table");
        assertEquals("disclosure", names.get(names.size() - 1));
        assertEquals(names.size(), names.stream().distinct().count());
        for (Map<String, Object> d : list.<Map<String, Object>>getList("data")) {
            assertEquals("PDDL-1.0", d.get("license"));
            assertEquals(
                    3,
                    ((List<?>) d.get("files")).size(),
                    d.get("name") + " has csv, json and csv.gz");
        }
        // figures: rows, coverage and citation
        given().when()
                .get("/v1/datasets/figures")
                .then()
                .statusCode(200)
                .body(
                        "row_count",
                        is(
                                given().queryParam("limit", 1000)
                                        .when()
                                        .get("/v1/figures")
                                        .jsonPath()
                                        .getList("data")
                                        .size()))
                // ICE's FY2008 count (sum of its months) starts 2007-10-01
                .body("temporal_start", is("2007-10-01"))
                .body("how_to_cite", containsString("/v1/datasets/figures?release="));
        // paging through the list gives the same names
        List<String> paged = new ArrayList<>();
        String next = "/v1/datasets?limit=20";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).jsonPath();
            paged.addAll(page.getList("data.name"));
            next = page.getString("page.next");
        }
        assertEquals(names, paged);
    }

    @Test
    void everyFileIsServedWithTheSizeAndChecksumTheCatalogLists() throws Exception {
        JsonPath list = given().queryParam("limit", 1000).when().get("/v1/datasets").jsonPath();
        String release = list.getString("release.id");
        for (Map<String, Object> d : list.<Map<String, Object>>getList("data")) {
            byte[] csv = null;
            for (Map<String, Object> f : (List<Map<String, Object>>) d.get("files")) {
                String path = "/v1/datasets/" + d.get("name") + "." + f.get("format");
                assertEquals(
                        path + "?release=" + release,
                        f.get("url").toString().replaceFirst("^https?://[^/]+", ""));
                Response r = given().when().get(path);
                assertEquals(200, r.statusCode(), path);
                byte[] bytes = r.asByteArray();
                assertEquals(
                        ((Number) f.get("byte_size")).longValue(), bytes.length, path + " size");
                assertEquals(
                        String.valueOf(bytes.length),
                        r.header("Content-Length"),
                        path + " Content-Length");
                assertEquals(f.get("sha256"), sha256(bytes), path + " SHA-256");
                assertEquals("\"" + f.get("sha256") + "\"", r.header("ETag"), path + " ETag");
                assertEquals(
                        "attachment; filename=\"opendetainers-"
                                + d.get("name")
                                + "-"
                                + release
                                + "."
                                + f.get("format")
                                + "\"",
                        r.header("Content-Disposition"));
                assertEquals(f.get("media_type"), r.contentType(), path);
                if (f.get("format").equals("csv")) {
                    csv = bytes;
                    assertEquals(
                            ((Number) d.get("row_count")).intValue() + 1,
                            CsvRows.parse(new String(bytes, StandardCharsets.UTF_8)).size(),
                            path + ": a header and row_count rows");
                } else if (f.get("format").equals("csv.gz")) {
                    assertArrayEquals(
                            csv,
                            new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes(),
                            path + " is the CSV, gzipped");
                }
            }
        }
    }

    @Test
    void curatedDownloadsHoldExactlyWhatTheApiAnswers() {
        for (String name : CURATED) {
            String api =
                    given().queryParam("limit", 1000)
                            .queryParam("format", "csv")
                            .when()
                            .get("/v1/" + name)
                            .asString();
            String file = given().when().get("/v1/datasets/" + name + ".csv").asString();
            assertEquals(api, file, name + ".csv equals the API's CSV of all rows");
            List<Object> apiRows =
                    given().queryParam("limit", 1000)
                            .when()
                            .get("/v1/" + name)
                            .jsonPath()
                            .getList("data");
            List<Object> fileRows =
                    given().when().get("/v1/datasets/" + name + ".json").jsonPath().getList("$");
            assertEquals(apiRows, fileRows, name + ".json equals the API's data");
        }
    }

    @Test
    void statisticsDownloadsHoldExactlyWhatTheApiAnswers() {
        String api =
                given().queryParam("granularity", "fiscal_year")
                        .queryParam("group_by", "aor,outcome")
                        .queryParam("limit", 1000)
                        .queryParam("format", "csv")
                        .when()
                        .get("/v1/detainer-stats")
                        .asString();
        assertEquals(
                api,
                given().when()
                        .get("/v1/datasets/detainer-stats-fiscal_year__aor__outcome.csv")
                        .asString());

        // a table larger than one page: the pages, concatenated, are the file
        List<Object> paged = new ArrayList<>();
        String next =
                "/v1/detainer-stats?granularity=fiscal_year&group_by=citizenship_country,outcome&limit=1000";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).jsonPath();
            paged.addAll(page.getList("data"));
            next = page.getString("page.next");
        }
        assertTrue(
                paged.size() > 1000,
                "fiscal_year__citizenship_country__outcome spans pages: " + paged.size());
        assertEquals(
                paged,
                given().when()
                        .get(
                                "/v1/datasets/detainer-stats-fiscal_year__citizenship_country__outcome.json")
                        .jsonPath()
                        .getList("$"));
    }

    @Test
    void theDisclosureReportAddsUpToTheRelease() {
        String release = given().when().get("/v1/datasets").jsonPath().getString("release.id");
        JsonPath disclosure = given().when().get("/v1/releases/" + release).jsonPath();
        List<Map<String, Object>> rows =
                given().when().get("/v1/datasets/disclosure.json").jsonPath().getList("$");
        long cells = rows.stream().mapToLong(r -> ((Number) r.get("cells")).longValue()).sum();
        long published =
                rows.stream().mapToLong(r -> ((Number) r.get("cells_published")).longValue()).sum();
        long suppressed =
                rows.stream()
                        .mapToLong(r -> ((Number) r.get("cells_suppressed")).longValue())
                        .sum();
        assertEquals(disclosure.getLong("disclosure.cells"), cells);
        assertEquals(disclosure.getLong("disclosure.cells_published"), published);
        assertEquals(
                disclosure.getLong("disclosure.suppressed_primary")
                        + disclosure.getLong("disclosure.suppressed_complementary"),
                suppressed);
        assertEquals(disclosure.getLong("row_counts.detainer_stat"), cells);
    }

    @Test
    void rangesResumeADownload() {
        byte[] whole = given().when().get("/v1/datasets/sources.csv").asByteArray();
        Response part =
                given().header("Range", "bytes=100-1099").when().get("/v1/datasets/sources.csv");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-1099/" + whole.length, part.header("Content-Range"));
        assertEquals("1000", part.header("Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 1100), part.asByteArray());

        Response tail =
                given().header("Range", "bytes=" + (whole.length - 10) + "-")
                        .when()
                        .get("/v1/datasets/sources.csv");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(
                Arrays.copyOfRange(whole, whole.length - 10, whole.length), tail.asByteArray());
        Response suffix =
                given().header("Range", "bytes=-25").when().get("/v1/datasets/sources.csv");
        assertArrayEquals(
                Arrays.copyOfRange(whole, whole.length - 25, whole.length), suffix.asByteArray());
        Response beyond =
                given().header("Range", "bytes=100-99999999")
                        .when()
                        .get("/v1/datasets/sources.csv");
        assertArrayEquals(Arrays.copyOfRange(whole, 100, whole.length), beyond.asByteArray());

        // a range across a chunk boundary of a file over 1 MiB
        String big = "/v1/datasets/detainer-stats-fiscal_year__citizenship_country__outcome.json";
        byte[] bigWhole = given().when().get(big).asByteArray();
        int boundary =
                ConfigProvider.getConfig()
                        .getValue("opendetainers.catalog.chunk-size", Integer.class);
        assertTrue(bigWhole.length > boundary + 10, "the file spans chunks: " + bigWhole.length);
        assertArrayEquals(
                Arrays.copyOfRange(bigWhole, boundary - 10, boundary + 10),
                given().header("Range", "bytes=" + (boundary - 10) + "-" + (boundary + 9))
                        .when()
                        .get(big)
                        .asByteArray());

        given().header("Range", "bytes=" + whole.length + "-")
                .when()
                .get("/v1/datasets/sources.csv")
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + whole.length)
                .contentType("application/problem+json");
        // a stale If-Range, several ranges, or a malformed one: the whole file
        String etag = given().when().get("/v1/datasets/sources.csv").header("ETag");
        given().header("Range", "bytes=0-9")
                .header("If-Range", "\"0000\"")
                .when()
                .get("/v1/datasets/sources.csv")
                .then()
                .statusCode(200);
        given().header("Range", "bytes=0-9")
                .header("If-Range", etag)
                .when()
                .get("/v1/datasets/sources.csv")
                .then()
                .statusCode(206);
        given().header("Range", "bytes=0-9,20-29")
                .when()
                .get("/v1/datasets/sources.csv")
                .then()
                .statusCode(200);
        given().header("Range", "lines=1-2")
                .when()
                .get("/v1/datasets/sources.csv")
                .then()
                .statusCode(200);
        // conditional requests and HEAD
        given().header("If-None-Match", etag)
                .when()
                .get("/v1/datasets/sources.csv")
                .then()
                .statusCode(304);
        Response head = given().when().head("/v1/datasets/sources.csv");
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(whole.length), head.header("Content-Length"));
        assertEquals(etag, head.header("ETag"));
    }

    @Test
    void theCatalogsDescribeTheSameFiles() {
        JsonPath list = given().queryParam("limit", 1000).when().get("/v1/datasets").jsonPath();
        String release = list.getString("release.id");
        JsonPath dataPackage =
                given().when()
                        .get("/v1/datapackage.json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("tabular-data-package", dataPackage.getString("profile"));
        assertEquals(release, dataPackage.getString("version"));
        assertEquals("PDDL-1.0", dataPackage.getString("licenses[0].name"));
        assertEquals(
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/sources")
                        .jsonPath()
                        .getList("data")
                        .size(),
                dataPackage.getList("sources").size());
        assertEquals(list.getList("data.name"), dataPackage.getList("resources.name"));
        for (Map<String, Object> d : list.<Map<String, Object>>getList("data")) {
            Map<String, Object> csv = ((List<Map<String, Object>>) d.get("files")).get(0);
            String name = (String) d.get("name");
            assertEquals(
                    "sha256:" + csv.get("sha256"),
                    dataPackage.getString("resources.find { it.name == '" + name + "' }.hash"));
            assertEquals(
                    ((Number) csv.get("byte_size")).longValue(),
                    dataPackage.getLong("resources.find { it.name == '" + name + "' }.bytes"));
            assertEquals(
                    csv.get("url"),
                    dataPackage.getString("resources.find { it.name == '" + name + "' }.path"));
        }
        assertEquals(
                List.of("id"),
                dataPackage.getList("resources.find { it.name == 'figures' }.schema.primaryKey"));
        assertEquals(
                "integer",
                dataPackage.getString(
                        "resources.find { it.name == 'figures' }.schema.fields.find { it.name == 'value' }.type"));

        JsonPath dcat =
                given().when().get("/v1/data.json").then().statusCode(200).extract().jsonPath();
        assertEquals(list.getList("data").size(), dcat.getList("dataset").size());
        assertEquals(
                3 * list.getList("data").size(),
                dcat.getList("dataset.distribution.flatten()").size());
        assertTrue(dcat.<String>getList("dataset.accessLevel").stream().allMatch("public"::equals));
        String figures =
                dcat.getString(
                        "dataset.find { it.identifier.endsWith('/v1/datasets/figures') }.distribution[0].downloadURL");
        assertTrue(figures.endsWith("/v1/datasets/figures.csv?release=" + release), figures);

        String etag = given().when().get("/v1/datapackage.json").header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/v1/datapackage.json")
                .then()
                .statusCode(304);
        given().queryParam("release", "1999-01-01")
                .when()
                .get("/v1/data.json")
                .then()
                .statusCode(404);
    }

    @Test
    void unknownDataSetsAndParametersAreProblems() {
        given().when()
                .get("/v1/datasets/nothing.csv")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .get("/v1/datasets/nothing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/v1/datasets/figures.xlsx").then().statusCode(404);
        given().queryParam("release", "1999-01-01")
                .when()
                .get("/v1/datasets/figures.csv")
                .then()
                .statusCode(404);
        given().queryParam("fromat", "csv")
                .when()
                .get("/v1/datasets/figures.csv")
                .then()
                .statusCode(400)
                .body("parameter", is("fromat"));
    }

    @Test
    void aPastReleaseStaysDownloadableByteForByteAfterANewerImport() throws Exception {
        JsonPath before = given().queryParam("limit", 1000).when().get("/v1/datasets").jsonPath();
        String old = before.getString("release.id");
        byte[] oldFigures =
                given().queryParam("release", old)
                        .when()
                        .get("/v1/datasets/figures.csv")
                        .asByteArray();
        String oldSha =
                before.getString(
                        "data.find { it.name == 'figures' }.files.find { it.format == 'csv' }.sha256");

        SourceDirs.copySeed(dir);
        String figure =
                "nypd-detainers-received-2017-seed004,detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,";
        String text = Files.readString(dir.resolve("figures.csv"));
        Files.writeString(
                dir.resolve("figures.csv"), text.replace(figure + "1526,", figure + "1527,"));
        try {
            ImportReport report = imports.run(dir, "test");
            assertEquals(ImportReport.Status.published, report.status(), report.summary());
            String now = report.releaseId();

            byte[] again =
                    given().queryParam("release", old)
                            .when()
                            .get("/v1/datasets/figures.csv")
                            .asByteArray();
            assertArrayEquals(oldFigures, again, "the old release's file, byte for byte");
            assertEquals(oldSha, sha256(again));
            given().queryParam("release", old)
                    .when()
                    .get("/v1/datasets/figures.csv")
                    .then()
                    .header("Cache-Control", "public, max-age=31536000, immutable");
            byte[] current = given().when().get("/v1/datasets/figures.csv").asByteArray();
            assertNotEquals(sha256(oldFigures), sha256(current));
            assertTrue(new String(current, StandardCharsets.UTF_8).contains(",1527,"));

            JsonPath after =
                    given().queryParam("limit", 1000).when().get("/v1/datasets").jsonPath();
            assertEquals(
                    now,
                    after.getString("data.find { it.name == 'figures' }.last_changed_release"));
            String jurisdictionsChanged =
                    before.getString(
                            "data.find { it.name == 'jurisdictions' }.last_changed_release");
            // jurisdictions' rows carry no release-specific text, so their file is unchanged
            assertEquals(
                    jurisdictionsChanged,
                    after.getString(
                            "data.find { it.name == 'jurisdictions' }.last_changed_release"));
        } finally {
            SeedRelease.restore();
        }
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;
import org.opendetainers.testing.SeedRelease;
import org.opendetainers.testing.SourceDirs;

/**
 * The one read path keeps whole answers in memory, keyed by release: what a user of a cached
 * service checks. An answer of one release is never served for another; a new release switches
 * unpinned answers at once and leaves pinned ones byte-identical; the cache stays within its byte
 * bound; a pointer moved by another instance is seen within the poll. The seed's release is made
 * current again after each test ({@link SeedRelease}). That the cache stays within its byte bound
 * and that a conditional request is answered with the database gone are tested on the packaged jar,
 * where a small cache and a dropped database need no test profile ({@code PointerRefreshIT}).
 */
@QuarkusTest
@ExtendWith(SeedRelease.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadPathTest {

    private static final String FIGURE = "nypd-detainers-received-2017-seed004";
    private static final String FIGURES =
            "/v1/figures?jurisdiction=nyc&agency=nypd&measure=detainers_received";

    @Inject ImportService imports;

    @Inject AgroalDataSource dataSource;

    @TempDir static Path dir;

    private static String releaseA;
    private static String releaseB;

    @Test
    @Order(1)
    void aNewReleaseSwitchesUnpinnedAnswersAndLeavesPinnedOnesByteIdentical() throws Exception {
        imports.run(SourceDirs.SEED, "test");
        Response before = get(FIGURES);
        releaseA = before.header("OpenDetainers-Release");
        byte[] pinnedBefore = get(FIGURES + "&release=" + releaseA).asByteArray();
        assertArrayEquals(
                before.asByteArray(),
                get(FIGURES).asByteArray(),
                "a repeated read is the same answer");

        ImportReport report =
                imports.run(
                        SourceDirs.copySeedWith(
                                dir,
                                "figures.csv",
                                FIGURE
                                        + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1526,",
                                FIGURE
                                        + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1527,"),
                        "test");
        assertEquals(ImportReport.Status.published, report.status(), report.summary());
        releaseB = report.releaseId();

        Response after = get(FIGURES);
        assertEquals(
                releaseB,
                after.header("OpenDetainers-Release"),
                "the unpinned read switched at once");
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(1527, value(after), "the answer is release B's, never release A's");
        assertEquals(releaseB, after.jsonPath().getString("release.id"));
        Response pinnedAfter = get(FIGURES + "&release=" + releaseA);
        assertArrayEquals(
                pinnedBefore, pinnedAfter.asByteArray(), "the pinned read is byte-identical");
        assertEquals(1526, value(pinnedAfter));
    }

    @Test
    @Order(2)
    void aCachedAnswerFromTheEventLoopIsTheSameAnswer() {
        double before = servedFromEventLoop();
        for (String url :
                List.of(
                        "/v1/measures?limit=2",
                        "/v1/detainer-stats?granularity=fiscal_year&limit=3&format=csv",
                        "/v1/figures?limit=2")) {
            Response first =
                    given().header("Origin", "https://example.org")
                            .urlEncodingEnabled(false)
                            .when()
                            .get(url);
            Response second =
                    given().header("Origin", "https://example.org")
                            .urlEncodingEnabled(false)
                            .when()
                            .get(url);
            assertEquals(200, first.statusCode());
            assertArrayEquals(first.asByteArray(), second.asByteArray(), url);
            assertEquals(
                    headers(first),
                    headers(second),
                    url + ": the same headers, whichever path answered");
            Response notModified =
                    given().header("If-None-Match", first.header("ETag"))
                            .urlEncodingEnabled(false)
                            .when()
                            .get(url);
            assertEquals(304, notModified.statusCode());
            assertEquals(first.header("ETag"), notModified.header("ETag"));
            assertEquals(first.header("Last-Modified"), notModified.header("Last-Modified"));
        }
        // an Accept header the route leaves to Quarkus REST: the pre-matching filter answers from
        // memory, the same way
        String browser = "application/json, text/plain, */*";
        Response viaResource =
                given().header("Accept", browser).when().get("/v1/jurisdictions?limit=3");
        Response viaFilter =
                given().header("Accept", browser).when().get("/v1/jurisdictions?limit=3");
        assertArrayEquals(viaResource.asByteArray(), viaFilter.asByteArray());
        assertEquals(headers(viaResource), headers(viaFilter));
        given().header("Accept", browser)
                .header("If-None-Match", viaResource.header("ETag"))
                .when()
                .get("/v1/jurisdictions?limit=3")
                .then()
                .statusCode(304)
                .header("ETag", viaResource.header("ETag"));
        // a page's next link (a cursor) is answered from memory too, once read
        String next = get("/v1/figures?limit=2").jsonPath().getString("page.next");
        assertArrayEquals(get(next).asByteArray(), get(next).asByteArray());
        assertTrue(
                servedFromEventLoop() - before >= 7,
                "the second reads and the 304s came from the event loop");
    }

    private static Map<String, String> headers(Response r) {
        Map<String, String> h = new TreeMap<>();
        r.headers()
                .forEach(
                        header -> {
                            String name = header.getName().toLowerCase(Locale.ROOT);
                            if (!name.equals("date") && !name.equals("ratelimit")) {
                                h.put(name, header.getValue());
                            }
                        });
        return h;
    }

    private static double servedFromEventLoop() {
        String metrics = given().when().get("/q/metrics").asString();
        var m =
                Pattern.compile("opendetainers_api_answers_event_loop_total(\\{[^}]*})? ([0-9.E]+)")
                        .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    @Test
    @Order(4)
    void aPointerMovedByAnotherInstanceIsSeenWithinThePoll() throws Exception {
        // another replica's import moves the shared pointer: this instance never published it
        movePointer(releaseA);
        try {
            awaitCurrent(releaseA);
        } finally {
            movePointer(releaseB);
        }
    }

    /**
     * Reads until the unpinned answer comes from {@code release}; fails after 5 s, the most
     * staleness allowed.
     */
    private static void awaitCurrent(String release) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String seen = null;
        while (System.nanoTime() < deadline && !release.equals(seen)) {
            Thread.sleep(100);
            seen = get(FIGURES).header("OpenDetainers-Release");
        }
        assertEquals(release, seen, "the pointer moved elsewhere is seen within 5 s");
    }

    private static int value(Response figures) {
        return figures.jsonPath().getInt("data.find { it.id == '" + FIGURE + "' }.value");
    }

    private static Response get(String url) {
        Response r = given().urlEncodingEnabled(false).when().get(url);
        assertEquals(200, r.statusCode(), url + ": " + r.asString());
        return r;
    }

    private void movePointer(String release) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("update current_release set release_id = '" + release + "'");
        }
    }
}

package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.SourceDirs;

/**
 * Two instances of the packaged service on one database, as two replicas in production. A third
 * process (the import command, as the Kubernetes CronJob runs it) publishes a new release; both
 * instances, neither of which published it, must answer from it within the poll of the pointer (at
 * most 5 s of staleness), and their cached answers of the old release must not outlive it. The
 * source is the dense fixture ({@link SourceDirs#copyDense}: data-seed's curated files with 1,800
 * records), not the seed's 20,000 records: what is tested is the pointer, not the import's size.
 *
 * <p>Then what the read path's memory promises, on the same two processes: the second instance,
 * given a cache of 300,000 bytes, stays within it under a flood of distinct queries and counts its
 * hits, misses and evictions; and once the database is dropped, the first instance still answers a
 * conditional request (304) and a repeated read from memory. (These two were in {@code
 * ReadPathTest}, which needed a test profile of its own for them: a small cache, and a datasource
 * it closed.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PointerRefreshIT {

    static final long CACHE_BYTES = 300_000;

    private static final String FIGURE = "nypd-detainers-received-2017-seed004";
    private static final String FIGURES =
            "/v1/figures?jurisdiction=nyc&agency=nypd&measure=detainers_received";

    static ItDatabase db;
    static RunningJar a;
    static RunningJar b;

    @TempDir static Path work;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = ItDatabase.create("pointer_it_", work);
        Path dense = SourceDirs.copyDense(Files.createDirectories(work.resolve("dense")));
        List<String> jvm = List.of("-Xmx256m", "-Dopendetainers.import.source=" + dense);
        a = RunningJar.serve(db, work, "instance-a", jvm);
        // the first instance publishes the fixture, as it would the seed
        a.waitFor("/q/health/ready", Duration.ofMinutes(3));
        List<String> smallCache = new ArrayList<>(jvm);
        smallCache.add("-Dopendetainers.api.cache-bytes=" + CACHE_BYTES);
        b = RunningJar.serve(db, work, "instance-b", smallCache);
        b.waitFor("/q/health/ready", Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        for (RunningJar instance : new RunningJar[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesServeANewReleaseWithinFiveSeconds() throws Exception {
        String first = release(a.get(FIGURES));
        assertEquals(first, release(b.get(FIGURES)), "both instances serve the first release");
        assertEquals(1526, value(b.get(FIGURES)));

        Path revised =
                SourceDirs.copyDenseWith(
                        Files.createDirectories(work.resolve("revised")),
                        "figures.csv",
                        FIGURE
                                + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1526,",
                        FIGURE
                                + ",detainers_received,nyc,nypd,2017-01-01,2017-12-31,calendar,1527,");
        RunningJar.Result imported =
                RunningJar.command(db, work, List.of("import", "--source", revised.toString()));
        assertEquals(0, imported.exitCode(), imported.output());
        long published = System.nanoTime();

        String second = null;
        for (RunningJar instance : new RunningJar[] {a, b}) {
            HttpResponse<String> answer = awaitNewRelease(instance, first, published);
            second = release(answer);
            assertNotEquals(first, second);
            assertEquals(
                    1527,
                    value(answer),
                    "the answer is the new release's, not a cached one of the old");
            assertEquals(
                    200,
                    instance.get(FIGURES + "&release=" + first).statusCode(),
                    "the old release stays readable");
            assertEquals(1526, value(instance.get(FIGURES + "&release=" + first)));
        }
        assertEquals(
                second,
                json.readTree(b.get("/v1/status").body()).at("/current_release/id").asText());
    }

    @Test
    @Order(2)
    void theByteBoundHoldsUnderAFloodOfDistinctQueries() throws Exception {
        for (int limit = 1; limit <= 300; limit++) {
            HttpResponse<String> answer =
                    b.get("/v1/detainer-stats?granularity=month&limit=" + limit);
            assertEquals(200, answer.statusCode(), answer.body());
        }
        b.get("/v1/figures?limit=2");
        b.get("/v1/figures?limit=2");
        String metrics = b.get("/q/metrics").body();
        double bytes =
                metric(metrics, "opendetainers_api_cache_bytes\\{cache=\"api-responses\"[^}]*}");
        assertTrue(
                bytes > 0 && bytes <= CACHE_BYTES,
                "cache holds " + bytes + " bytes, bound " + CACHE_BYTES);
        for (String result : List.of("hit", "miss")) {
            assertTrue(
                    metric(
                                    metrics,
                                    "cache_gets_total\\{cache=\"api-responses\",result=\""
                                            + result
                                            + "\"[^}]*}")
                            > 0,
                    result + "s counted");
        }
        assertTrue(
                metric(metrics, "cache_evictions_total\\{cache=\"api-responses\"[^}]*}") > 0,
                "evictions counted");
    }

    @Test
    @Order(3)
    void aConditionalReadNeedsNoDatabase() throws Exception {
        HttpResponse<String> unpinned = a.get(FIGURES);
        String release = release(unpinned);
        String pinnedUrl = FIGURES + "&release=" + release;
        String pinned = a.get(pinnedUrl).headers().firstValue("ETag").orElseThrow();
        String etag = unpinned.headers().firstValue("ETag").orElseThrow();
        String cached = a.get(FIGURES).body();

        db.drop();
        assertFalse(
                a.get("/q/health/ready").statusCode() == 200,
                "the instance reports the database gone");

        HttpResponse<String> notModified = a.get(FIGURES, Map.of("If-None-Match", etag));
        assertEquals(304, notModified.statusCode(), notModified.body());
        assertEquals(release, release(notModified));
        assertEquals(304, a.get(pinnedUrl, Map.of("If-None-Match", pinned)).statusCode());
        HttpResponse<String> again = a.get(FIGURES);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(cached, again.body(), "a cached answer is served without the database");
    }

    /** The value of the first Prometheus sample whose name and labels match {@code series}. */
    private static double metric(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private HttpResponse<String> awaitNewRelease(RunningJar instance, String old, long since)
            throws Exception {
        while (true) {
            HttpResponse<String> answer = instance.get(FIGURES);
            assertEquals(200, answer.statusCode(), answer.body());
            long seconds = (System.nanoTime() - since) / 1_000_000_000L;
            if (!old.equals(release(answer))) {
                System.out.printf(
                        "instance on port %d serves the new release %.1f s after the import ended%n",
                        instance.port, (System.nanoTime() - since) / 1e9);
                return answer;
            }
            assertTrue(seconds < 5, "still the old release 5 s after the import ended");
            Thread.sleep(100);
        }
    }

    private static String release(HttpResponse<String> answer) {
        return answer.headers().firstValue("OpenDetainers-Release").orElseThrow();
    }

    private int value(HttpResponse<String> answer) throws Exception {
        for (var f : json.readTree(answer.body()).get("data")) {
            if (f.get("id").asText().equals(FIGURE)) {
                return f.get("value").asInt();
            }
        }
        throw new AssertionError("no figure " + FIGURE + " in " + answer.body());
    }
}

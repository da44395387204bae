package org.opendetainers.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendetainers.catalog.CatalogPublisher;
import org.opendetainers.ingest.CuratedData;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.testing.SourceDirs;

/**
 * The publishing core on its own, without the importer around it: writing a release's rows, moving
 * the current-release pointer, and rolling back. What an operator relies on: nothing is visible
 * before the commit, the pointer moves only with it, and a failure leaves the previous release
 * live.
 */
@QuarkusTest
class PublishingCoreTest {

    @Inject ReleasePublisher publisher;

    @Inject CatalogPublisher catalog;

    @Inject Releases releases;

    @Inject AgroalDataSource dataSource;

    @Test
    void aReleaseIsWrittenInOneTransactionAndTheReadsSwitchWithThePointer() throws Exception {
        String before = releases.refresh().map(Releases.Header::id).orElse(null);
        CuratedData data =
                new CuratedDataReader(LocalDate.now(ZoneOffset.UTC)).read(SourceDirs.SEED);
        String id;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Releases.Current previous = Releases.current(c);
            ReleasePublisher.Published published =
                    publisher.publish(
                            c,
                            data,
                            null,
                            null,
                            "core-test-" + System.nanoTime(),
                            Map.of(),
                            previous,
                            OffsetDateTime.now(ZoneOffset.UTC));
            id = published.releaseId();
            assertEquals(data.figures().size(), published.rowCounts().get("figure"));
            catalog.publish(c, id);
            // written, not committed: no other connection sees the release, and the pointer has not
            // moved
            assertEquals(0, count("select count(*) from release where id = '" + id + "'"));
            Releases.makeCurrent(c, id);
            assertEquals(before, releases.refresh().map(Releases.Header::id).orElse(null));
            c.commit();
        }
        try {
            assertEquals(id, releases.refresh().orElseThrow().id());
            given().when()
                    .get("/v1/figures?limit=1")
                    .then()
                    .statusCode(200)
                    .header("OpenDetainers-Release", id)
                    .body("release.id", is(id));
            given().when()
                    .get("/v1/datasets/figures")
                    .then()
                    .statusCode(200)
                    .body("row_count", is(data.figures().size()));
        } finally {
            // the other tests read the seed release, with its statistics: point back to it
            if (before != null) {
                try (Connection c = dataSource.getConnection()) {
                    Releases.makeCurrent(c, before);
                }
                releases.refresh();
            }
        }
    }

    @Test
    void aFailureBeforeTheCommitLeavesNothingAndThePreviousReleaseLive() throws Exception {
        String before = releases.refresh().orElseThrow().id();
        long releasesBefore = count("select count(*) from release");
        CuratedData data =
                new CuratedDataReader(LocalDate.now(ZoneOffset.UTC)).read(SourceDirs.SEED);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ReleasePublisher.Published published =
                    publisher.publish(
                            c,
                            data,
                            null,
                            null,
                            "core-test-" + System.nanoTime(),
                            Map.of(),
                            Releases.current(c),
                            OffsetDateTime.now(ZoneOffset.UTC));
            Releases.makeCurrent(c, published.releaseId());
            // the files of a release that is not there cannot be written: the database refuses, the
            // caller rolls back
            SQLException refused =
                    assertThrows(
                            SQLException.class,
                            () -> {
                                try (PreparedStatement s =
                                        c.prepareStatement(
                                                "insert into dataset_file (release_id, name, format, media_type, byte_size, sha256, chunk_size) values ('no-such-release', 'x', 'csv', 'text/csv', 0, '', 1)")) {
                                    s.executeUpdate();
                                }
                            });
            assertNotEquals(null, refused.getSQLState());
            c.rollback();
        }
        assertEquals(releasesBefore, count("select count(*) from release"));
        assertEquals(before, releases.refresh().orElseThrow().id());
        given().when()
                .get("/v1/figures?limit=1")
                .then()
                .statusCode(200)
                .header("OpenDetainers-Release", before);
    }

    @Test
    void theNextReleaseOfADayGetsASuffix() throws Exception {
        String day = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString();
        CuratedData data =
                new CuratedDataReader(LocalDate.now(ZoneOffset.UTC)).read(SourceDirs.SEED);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long sameDay =
                    count(
                            c,
                            "select count(*) from release where id = '"
                                    + day
                                    + "' or id like '"
                                    + day
                                    + "-%'");
            String id =
                    publisher
                            .publish(
                                    c,
                                    data,
                                    null,
                                    null,
                                    "core-test-" + System.nanoTime(),
                                    Map.of(),
                                    Releases.current(c),
                                    OffsetDateTime.now(ZoneOffset.UTC))
                            .releaseId();
            assertEquals(sameDay == 0 ? day : day + "-" + (sameDay + 1), id);
            assertTrue(id.startsWith(day));
            c.rollback();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

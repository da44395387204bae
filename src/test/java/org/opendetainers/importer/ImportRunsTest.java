package org.opendetainers.importer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The latest finished run, which the home page and {@code /v1/status} show on every request, is kept
 * in memory for two seconds: a run finished by another process (inserted here with SQL, as the import
 * CronJob's would be) shows within that time, and a change this instance makes shows at once.
 */
@QuarkusTest
class ImportRunsTest {

    @Inject
    ImportRuns runs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLatestFinishedRunIsKeptTwoSecondsAndDroppedByALocalChange() throws Exception {
        runs.markInterrupted(-1); // starts from a fresh read (no run is running in this test's application)
        Optional<Long> before = runs.latestFinished().map(ImportRuns.Run::id);
        long other = insertFinishedRun();
        try {
            assertEquals(before, runs.latestFinished().map(ImportRuns.Run::id), "kept: no query within two seconds");
            Thread.sleep(ImportRuns.LATEST_KEPT_NANOS / 1_000_000 + 100);
            assertEquals(Optional.of(other), runs.latestFinished().map(ImportRuns.Run::id), "read again after two seconds");

            long next = insertFinishedRun();
            assertEquals(Optional.of(other), runs.latestFinished().map(ImportRuns.Run::id), "kept again");
            runs.markInterrupted(-1); // a change by this instance (an import taking the lock)
            assertEquals(Optional.of(next), runs.latestFinished().map(ImportRuns.Run::id), "dropped at once by a local change");
        } finally {
            sql("delete from import_run where trigger = 'another-process'");
        }
    }

    private long insertFinishedRun() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into import_run (trigger, source, started_at, finished_at, status) "
                        + "values ('another-process', 'test', now(), now(), 'unchanged') returning id");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }
}

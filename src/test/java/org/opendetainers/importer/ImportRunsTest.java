package org.opendetainers.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendetainers.ingest.ImportProblems;

/**
 * The latest finished run, which the home page and {@code /v1/status} show on every request, is
 * kept in memory for two seconds: a run finished by another process (inserted here with SQL, as the
 * import CronJob's would be) shows within that time, and a change this instance makes shows at
 * once.
 */
@QuarkusTest
class ImportRunsTest {

    @Inject ImportRuns runs;

    @Inject AgroalDataSource dataSource;

    @Test
    void theLatestFinishedRunIsKeptTwoSecondsAndDroppedByALocalChange() throws Exception {
        finishALocalRun(); // starts from a fresh read
        Optional<Long> before = runs.latestFinished().map(ImportRuns.Run::id);
        long other = insertFinishedRun();
        try {
            assertEquals(
                    before,
                    runs.latestFinished().map(ImportRuns.Run::id),
                    "kept: no query within two seconds");
            Thread.sleep(ImportRuns.LATEST_KEPT_NANOS / 1_000_000 + 100);
            assertEquals(
                    Optional.of(other),
                    runs.latestFinished().map(ImportRuns.Run::id),
                    "read again after two seconds");

            insertFinishedRun();
            assertEquals(
                    Optional.of(other),
                    runs.latestFinished().map(ImportRuns.Run::id),
                    "kept again");
            long local = finishALocalRun(); // a run this instance finishes
            assertEquals(
                    Optional.of(local),
                    runs.latestFinished().map(ImportRuns.Run::id),
                    "dropped at once by a local run");
        } finally {
            sql("delete from import_run where trigger in ('another-process', 'import-runs-test')");
        }
    }

    /**
     * A run started and finished by this instance, as an import ends when another holds the lock.
     */
    private long finishALocalRun() {
        OffsetDateTime now = OffsetDateTime.now();
        long id = runs.start("import-runs-test", "test", now);
        runs.finish(
                id,
                ImportReport.busy(
                        new ImportReport.Run("import-runs-test", "test", now, System.nanoTime()),
                        Map.of(),
                        new ImportProblems()),
                now);
        return id;
    }

    private long insertFinishedRun() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into import_run (trigger, source, started_at, finished_at, status) "
                                        + "values ('another-process', 'test', now(), now(), 'unchanged') returning id");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }
}

package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendetainers.db.CopyTable;

/**
 * The two-thread staging of one file: every record handed over is counted once, in order, with the
 * file's synthetic mark; every record with an identifier is COPYed (file, line, hash, minute,
 * detail hash) and offered to the duplicate filter, across many batches; a failure on the counting
 * thread reaches the reading thread; a reader that fails stops the pipeline without waiting.
 * (Against the test database, in a transaction that is rolled back.)
 */
@QuarkusTest
class StagingPipelineTest {

    private static final List<String> COLUMNS =
            List.of("file_no", "line_no", "id_hash", "prepared_minute", "detail_hash");

    @Inject AgroalDataSource dataSource;

    @Test
    void everyRecordIsCountedAndEveryIdentifierStagedAcrossBatches() throws SQLException {
        int n = 10_000; // about five batches
        List<DetainerRecord> counted = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> synthetic = Collections.synchronizedList(new ArrayList<>());
        RecordCounter counter =
                new RecordCounter() {
                    @Override
                    public void add(DetainerRecord record, boolean s) {
                        counted.add(record);
                        synthetic.add(s);
                    }

                    @Override
                    public void remove(DetainerRecord record) {
                        throw new AssertionError("staging never removes");
                    }
                };
        DuplicateCandidates duplicates = new DuplicateCandidates();
        List<DetainerRecord> sent = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("truncate staging.detainer_identifier");
            }
            try (CopyTable copy = CopyTable.into(c, "staging.detainer_identifier", COLUMNS);
                    StagingPipeline pipeline =
                            new StagingPipeline(3, true, copy, counter, duplicates)) {
                for (int i = 0; i < n; i++) {
                    DetainerRecord r = record(i);
                    sent.add(r);
                    // every tenth record has no identifier; records 20 and 21 share one
                    Long hash = i % 10 == 9 ? null : (i == 21 ? 20L : (long) i);
                    pipeline.accept(i + 2, hash, 1_000_000L + i, r);
                }
                pipeline.finish();
            }
            assertEquals(sent, counted, "each record counted once, in order");
            assertTrue(synthetic.stream().allMatch(s -> s), "with the file's synthetic mark");
            try (Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery(
                                    "select count(*), min(file_no), max(file_no), min(line_no), max(line_no), "
                                            + "count(distinct detail_hash), sum(prepared_minute - 1000000 - line_no + 2) from staging.detainer_identifier")) {
                rs.next();
                assertEquals(
                        n - n / 10, rs.getLong(1), "one staged row per record with an identifier");
                assertEquals(3, rs.getInt(2));
                assertEquals(3, rs.getInt(3));
                assertEquals(2, rs.getLong(4));
                assertEquals(n, rs.getLong(5), "the last record with an identifier, at its line");
                assertEquals(2, rs.getLong(6), "two kinds of detainer at one facility");
                assertEquals(0, rs.getLong(7), "each row with its own minute");
            }
            assertTrue(
                    duplicates.candidates().contains(20L),
                    "the repeated identifier is a duplicate candidate");
            assertEquals(
                    StagingPipeline.detailHash(record(0)),
                    StagingPipeline.detailHash(record(2)),
                    "same type and facility");
            c.rollback();
        }
    }

    @Test
    void aFailureWhileCountingReachesTheReader() throws SQLException {
        RecordCounter failing =
                new RecordCounter() {
                    @Override
                    public void add(DetainerRecord record, boolean synthetic) {
                        throw new IllegalStateException("counter full");
                    }

                    @Override
                    public void remove(DetainerRecord record) {}
                };
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (CopyTable copy = CopyTable.into(c, "staging.detainer_identifier", COLUMNS);
                    StagingPipeline pipeline =
                            new StagingPipeline(
                                    0, false, copy, failing, new DuplicateCandidates())) {
                pipeline.accept(2, 1L, 0, record(0));
                IllegalStateException e =
                        assertThrows(IllegalStateException.class, pipeline::finish);
                assertEquals("counter full", e.getMessage());
            } catch (SQLException ignored) {
                // the COPY of no row may end either way; the failure above is what counts
            }
            c.rollback();
        }
    }

    @Test
    void aReaderThatFailsStopsThePipelineWithoutFinishing() throws SQLException {
        List<DetainerRecord> counted = Collections.synchronizedList(new ArrayList<>());
        RecordCounter counter =
                new RecordCounter() {
                    @Override
                    public void add(DetainerRecord record, boolean synthetic) {
                        counted.add(record);
                    }

                    @Override
                    public void remove(DetainerRecord record) {}
                };
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (CopyTable copy = CopyTable.into(c, "staging.detainer_identifier", COLUMNS);
                    StagingPipeline pipeline =
                            new StagingPipeline(
                                    0, false, copy, counter, new DuplicateCandidates())) {
                pipeline.accept(2, 1L, 0, record(0));
                // the reader throws here: close() without finish()
            }
            assertTrue(
                    System.nanoTime() - t0 < 5_000_000_000L, "close() did not wait for more rows");
            assertTrue(counted.size() <= 1, "the batch not handed over is dropped");
            c.rollback();
        }
    }

    private static DetainerRecord record(int i) {
        return new DetainerRecord(
                LocalDate.of(2020, 1, 1).plusDays(i % 300),
                "ice",
                "f1",
                "nyc-aor",
                "NY",
                "M",
                "25-34",
                "MX",
                i % 2 == 0 ? "I-247A" : "I-203",
                "unknown",
                "removed");
    }
}

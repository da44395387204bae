package org.opendetainers.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.opendetainers.ingest.ImportReport.Status;
import org.opendetainers.release.ReleasePublisher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one import: checksums the inputs, validates them, and publishes them as one release in
 * one transaction, under a PostgreSQL advisory lock so that only one import runs at a time
 * across all replicas. Anything short of a commit publishes nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final AgroalDataSource dataSource;
    private final ReleasePublisher publisher;
    private final Clock clock;

    public ImportService(AgroalDataSource dataSource, ReleasePublisher publisher) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
    }

    public ImportReport run(Path source) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        long t0 = System.nanoTime();
        String where = source.toString();
        Map<String, String> checksums;
        CuratedData data;
        try {
            checksums = checksums(source);
            data = new CuratedDataReader(LocalDate.now(clock)).read(source);
        } catch (ImportRejectedException e) {
            return log(new ImportReport(Status.rejected, where, started, ms(t0), null, null, null, null,
                    e.problemCount(), e.problems(), "the input was rejected; the current release stays live"));
        } catch (IOException e) {
            return log(new ImportReport(Status.rejected, where, started, ms(t0), null, null, null, null, 1,
                    List.of(new ImportProblem(where, 0, null, "cannot read: " + e.getMessage())),
                    "the input was rejected; the current release stays live"));
        }
        String inputChecksum = inputChecksum(checksums);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c)) {
                    c.rollback();
                    return log(new ImportReport(Status.busy, where, started, ms(t0), null, null, checksums, null, 0,
                            List.of(), "another import is running"));
                }
                ReleasePublisher.Current current = publisher.current(c);
                if (current != null && current.inputChecksum().equals(inputChecksum)) {
                    c.rollback();
                    return log(new ImportReport(Status.unchanged, where, started, ms(t0), current.id(), current.id(),
                            checksums, null, 0, List.of(), "inputs unchanged since release " + current.id()));
                }
                ReleasePublisher.Published published = publisher.publish(c, data, inputChecksum, checksums, current,
                        OffsetDateTime.now(clock));
                c.commit();
                return log(new ImportReport(Status.published, where, started, ms(t0), published.releaseId(),
                        current == null ? null : current.id(), checksums, published.rowCounts(), 0, List.of(), null));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("import failed", e);
            return log(new ImportReport(Status.failed, where, started, ms(t0), null, null, checksums, null, 0, List.of(),
                    "the import failed and published nothing: " + e.getMessage()));
        }
    }

    /** Whether any release has been published. */
    public boolean hasRelease() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from current_release");
             ResultSet rs = s.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the current release", e);
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_xact_lock(hashtext('opendetainers.import'))");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** SHA-256 of every curated file, by file name. */
    static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String file : CuratedDataReader.FILES) {
            Path path = dir.resolve(file);
            if (Files.isRegularFile(path)) {
                sums.put(file, sha256(path));
            }
        }
        return sums;
    }

    static String sha256(Path path) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String inputChecksum(Map<String, String> checksums) {
        MessageDigest digest = newDigest();
        checksums.forEach((file, sum) -> digest.update((file + " " + sum + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static ImportReport log(ImportReport report) {
        if (report.succeeded()) {
            LOG.info(report.summary());
        } else {
            LOG.warn(report.summary());
        }
        return report;
    }
}

package org.opendetainers.importer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.catalog.CatalogPublisher;
import org.opendetainers.config.AnonymizeConfig;
import org.opendetainers.config.ImportConfig;
import org.opendetainers.db.ImportLock;
import org.opendetainers.importer.ImportReport.Records;
import org.opendetainers.ingest.ImportProblem;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.ImportRejectedException;
import org.opendetainers.ingest.records.RecordStaging;
import org.opendetainers.release.DetainerStats;
import org.opendetainers.release.Disclosure;
import org.opendetainers.release.ReleasePublisher;
import org.opendetainers.release.Releases;
import org.opendetainers.release.StatAccumulator;

/**
 * Runs one import, as {@code docs/import.md} lists its steps: read and validate the inputs; take
 * the import lock; stop if the inputs are unchanged; stage the record-level extracts; pass the
 * record gates; count and protect the statistics; write the release, its open-data files and the
 * current-release pointer; commit. Everything happens in one transaction under a PostgreSQL
 * advisory lock, so only one import runs at a time across all replicas and anything short of the
 * commit publishes nothing: a rejected, failed or killed import leaves the last release live, and
 * its staging rows vanish with its transaction.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** Phase timings, logged apart from the report (which the import command prints itself). */
    private static final Logger TIMING = Logger.getLogger("org.opendetainers.ingest.timing");

    private final AgroalDataSource dataSource;
    private final ReleasePublisher publisher;
    private final CatalogPublisher catalog;
    private final Releases releases;
    private final ImportRuns runs;
    private final ImportConfig config;
    private final AnonymizeConfig anonymize;
    private final RecordGates gates;
    private final Clock clock = Clock.systemUTC();

    public ImportService(
            AgroalDataSource dataSource,
            ReleasePublisher publisher,
            CatalogPublisher catalog,
            Releases releases,
            ImportRuns runs,
            ImportConfig config,
            AnonymizeConfig anonymize) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.catalog = catalog;
        this.releases = releases;
        this.runs = runs;
        this.config = config;
        this.anonymize = anonymize;
        this.gates = new RecordGates(config);
    }

    /** Imports the configured source directory. */
    public ImportReport run(String trigger) {
        return run(Path.of(config.source()), trigger);
    }

    public ImportReport run(Path source, String trigger) {
        return run(source, trigger, false);
    }

    /**
     * {@code allowShrink}: publish even a release that loses more than max-drop-share of the
     * records (one run).
     */
    public ImportReport run(Path source, String trigger, boolean allowShrink) {
        return start(source, trigger, allowShrink).task().get();
    }

    /**
     * An import recorded as running, and the task that runs it (for the admin trigger, in the
     * background).
     */
    public record Started(long runId, Supplier<ImportReport> task) {}

    /** Records a run of the configured source; the returned task performs it. */
    public Started start(String trigger) {
        return start(trigger, false);
    }

    /** As {@link #start(String)}; {@code allowShrink} as in {@link #run(Path, String, boolean)}. */
    public Started start(String trigger, boolean allowShrink) {
        return start(Path.of(config.source()), trigger, allowShrink);
    }

    private Started start(Path source, String trigger, boolean allowShrink) {
        ImportReport.Run run =
                new ImportReport.Run(
                        trigger, source.toString(), OffsetDateTime.now(clock), System.nanoTime());
        long runId = runs.start(trigger, source.toString(), run.startedAt());
        Supplier<ImportReport> task =
                () -> {
                    ImportReport report;
                    try {
                        report = log(importFrom(source, run, runId, allowShrink));
                    } catch (RuntimeException e) {
                        LOG.error("import failed", e);
                        report = ImportReport.failed(run, null, new ImportProblems(), e);
                    }
                    runs.finish(runId, report, OffsetDateTime.now(clock));
                    return report;
                };
        return new Started(runId, task);
    }

    private ImportReport importFrom(
            Path source, ImportReport.Run run, long runId, boolean allowShrink) {
        ImportProblems problems = new ImportProblems();
        Inputs inputs;
        try {
            long tc = System.nanoTime();
            inputs = Inputs.read(source, LocalDate.now(clock), problems);
            TIMING.infof(
                    "inputs read and %d files checksummed in %d ms",
                    inputs.checksums().size(), ms(tc));
        } catch (ImportRejectedException e) {
            return ImportReport.rejected(run, e.problemCount(), e.problems());
        } catch (IOException e) {
            return ImportReport.rejected(
                    run,
                    1,
                    List.of(
                            new ImportProblem(
                                    source.toString(), 0, null, "cannot read: " + e.getMessage())));
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ImportReport report =
                        publishInTransaction(c, inputs, run, runId, problems, allowShrink);
                if (report.status() == ImportReport.Status.published) {
                    long tCommit = System.nanoTime();
                    c.commit();
                    TIMING.infof("committed in %d ms", ms(tCommit));
                    releases.refresh();
                } else {
                    c.rollback();
                }
                return report;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("import failed", e);
            return ImportReport.failed(run, inputs.checksums(), problems, e);
        }
    }

    /** The steps inside the transaction; the caller commits only a published report. */
    private ImportReport publishInTransaction(
            Connection c,
            Inputs inputs,
            ImportReport.Run run,
            long runId,
            ImportProblems problems,
            boolean allowShrink)
            throws SQLException, IOException {
        int k = anonymize.minCell();
        int width = anonymize.width();
        // k and the protection width change what is published from the same files, so they are part
        // of the inputs
        String inputChecksum =
                inputs.checksum(
                        "opendetainers.anonymize.min-cell="
                                + k
                                + (width == AuditedSuppressor.defaultWidth(k)
                                        ? ""
                                        : ",protection-width=" + width));
        if (!ImportLock.tryLock(c)) {
            return ImportReport.busy(run, inputs.checksums(), problems);
        }
        runs.markInterrupted(runId);
        Releases.Current current = Releases.current(c);
        String previous = current == null ? null : current.id();
        if (current != null && current.inputChecksum().equals(inputChecksum)) {
            return ImportReport.unchanged(run, current.id(), inputs.checksums(), problems);
        }

        tuneTransaction(c);
        StatAccumulator counts = new StatAccumulator();
        RecordStaging.Staged staged =
                RecordStaging.stage(
                        c,
                        inputs.source(),
                        inputs.mappings(),
                        LocalDate.now(clock),
                        problems,
                        counts);
        Records records =
                new Records(
                        staged.files(),
                        staged.rows(),
                        staged.accepted(),
                        staged.badRows(),
                        staged.duplicates(),
                        staged.unmapped(),
                        ImportReport.AorFill.of(inputs.mappings().facilityAors(), staged.files()));
        String rejection = gates.rejection(staged, problems);
        if (rejection == null && current != null) {
            rejection =
                    ReleaseSizeGuard.rejection(
                            ReleaseSizeGuard.recordsOf(c, current.id()),
                            current.id(),
                            staged.accepted(),
                            config.maxDropShare(),
                            allowShrink);
        }
        if (rejection != null) {
            return ImportReport.rejected(
                    run, previous, inputs.checksums(), records, problems, rejection);
        }

        long tCells = System.nanoTime();
        DetainerStats.Cells cells = null;
        Disclosure disclosure = null;
        ReleasePublisher.Statistics statistics = ReleasePublisher.Statistics.protect(null, null);
        if (staged.rows() > 0) {
            StatAccumulator.Result counted = counts.result();
            String fingerprint =
                    DetainerStats.fingerprint(
                            counted,
                            staged.rows(),
                            staged.accepted(),
                            staged.badRows(),
                            staged.duplicates(),
                            staged.unmapped(),
                            k,
                            width);
            // the same cells, k, width and protection code as the current release: its protected
            // cells and disclosure report are what protecting again would publish
            if (current != null && fingerprint.equals(current.statsFingerprint())) {
                disclosure = publisher.disclosure(c, current.id());
            }
            if (disclosure != null) {
                statistics = ReleasePublisher.Statistics.reuse(current.id(), fingerprint);
                TIMING.infof(
                        "statistics unchanged: the protected cells of %s are reused", current.id());
            } else {
                // protection never refuses: what it cannot protect is withheld and listed in the
                // disclosure report
                cells =
                        DetainerStats.compute(
                                counted,
                                k,
                                width,
                                current == null
                                        ? DetainerStats.Previous.NONE
                                        : DetainerStats.previous(c, current.id()));
                statistics = ReleasePublisher.Statistics.protect(cells, fingerprint);
            }
        }
        if (disclosure == null) {
            disclosure = Disclosure.of(k, staged, cells);
        }

        long tPublish = System.nanoTime();
        ReleasePublisher.Published published =
                publisher.publishWith(
                        c,
                        inputs.data(),
                        statistics,
                        disclosure,
                        inputChecksum,
                        inputs.checksums(),
                        current,
                        OffsetDateTime.now(clock));
        // the downloads are written before the pointer moves, in the same transaction
        catalog.publish(c, published.releaseId());
        Releases.makeCurrent(c, published.releaseId());
        try (Statement s = c.createStatement()) {
            s.execute("truncate staging.detainer_identifier");
        }
        TIMING.infof(
                "cells counted and suppressed in %d ms; release written in %d ms",
                (tPublish - tCells) / 1_000_000, ms(tPublish));
        return ImportReport.published(
                run,
                published.releaseId(),
                previous,
                inputs.checksums(),
                published.rowCounts(),
                records,
                disclosure,
                problems);
    }

    private static void tuneTransaction(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local work_mem = '256MB'");
            // a killed importer's backend notices the lost client within a second, even mid-query,
            // and rolls back, releasing the lock
            s.execute("set local client_connection_check_interval = '1s'");
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

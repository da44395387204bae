package org.opendetainers.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.anonymize.LinearAudit;
import org.opendetainers.config.AnonymizeConfig;
import org.opendetainers.config.ImportConfig;
import org.opendetainers.ingest.ImportReport.Disclosure;
import org.opendetainers.ingest.ImportReport.Records;
import org.opendetainers.ingest.ImportReport.Status;
import org.opendetainers.ingest.records.RecordStaging;
import org.opendetainers.release.DetainerStats;
import org.opendetainers.release.ReleasePublisher;
import org.opendetainers.release.StatAccumulator;

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
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs one import: checksums the inputs, validates the curated files and mappings, stages the
 * record-level extracts, aggregates and suppresses them, and publishes everything as one
 * release in one transaction, under a PostgreSQL advisory lock so that only one import runs
 * at a time across all replicas. Anything short of the commit publishes nothing: a rejected,
 * failed or killed import leaves the last release live, and its staging rows vanish with its
 * transaction.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Phase timings, logged apart from the report (which the import command prints itself). */
    private static final Logger TIMING = Logger.getLogger("org.opendetainers.ingest.timing");
    /** Takes the import lock for the transaction, or answers false when another holds it. */
    public static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('opendetainers.import'))";

    private final AgroalDataSource dataSource;
    private final ReleasePublisher publisher;
    private final ImportRuns runs;
    private final ImportConfig config;
    private final AnonymizeConfig anonymize;
    private final Clock clock = Clock.systemUTC();

    public ImportService(AgroalDataSource dataSource, ReleasePublisher publisher, ImportRuns runs, ImportConfig config,
                         AnonymizeConfig anonymize) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.runs = runs;
        this.config = config;
        this.anonymize = anonymize;
    }

    /** Imports the configured source directory. */
    public ImportReport run(String trigger) {
        return run(Path.of(config.source()), trigger);
    }

    public ImportReport run(Path source, String trigger) {
        return run(source, trigger, false);
    }

    /** {@code allowShrink}: publish even a release that loses more than max-drop-share of the records (one run). */
    public ImportReport run(Path source, String trigger, boolean allowShrink) {
        return start(source, trigger, allowShrink).task().get();
    }

    /** An import recorded as running, and the task that runs it (for the admin trigger, in the background). */
    public record Started(long runId, Supplier<ImportReport> task) {
    }

    /** Records a run of the configured source; the returned task performs it. */
    public Started start(String trigger) {
        return start(trigger, false);
    }

    /** As {@link #start(String)}; {@code allowShrink} as in {@link #run(Path, String, boolean)}. */
    public Started start(String trigger, boolean allowShrink) {
        return start(Path.of(config.source()), trigger, allowShrink);
    }

    private Started start(Path source, String trigger, boolean allowShrink) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        long runId = runs.start(trigger, source.toString(), started);
        Supplier<ImportReport> task = () -> {
            ImportReport report;
            try {
                report = log(importFrom(source, trigger, started, System.nanoTime(), runId, allowShrink));
            } catch (RuntimeException e) {
                LOG.error("import failed", e);
                report = new ImportReport(Status.failed, trigger, source.toString(), started, 0, null, null, null, null,
                        null, null, 0, List.of(), "the import failed and published nothing: " + e.getMessage());
            }
            runs.finish(runId, report, OffsetDateTime.now(clock));
            return report;
        };
        return new Started(runId, task);
    }

    private ImportReport importFrom(Path source, String trigger, OffsetDateTime started, long t0, long runId, boolean allowShrink) {
        String where = source.toString();
        int k = anonymize.minCell();
        int width = anonymize.width();
        Map<String, String> checksums;
        CuratedData data;
        Mappings mappings;
        ImportProblems problems = new ImportProblems();
        try {
            if (!Files.isDirectory(source)) {
                throw new IOException("no such directory: " + source.toAbsolutePath());
            }
            long tc = System.nanoTime();
            checksums = checksums(source);
            TIMING.infof("checksums of %d input files in %d ms", checksums.size(), ms(tc));
            data = new CuratedDataReader(LocalDate.now(clock)).read(source);
            Set<String> agencies = new HashSet<>();
            data.agencies().forEach(a -> agencies.add(a.id()));
            mappings = Mappings.read(source, agencies, problems);
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems);
            }
        } catch (ImportRejectedException e) {
            return rejected(trigger, where, started, t0, null, e.problemCount(), e.problems(), null);
        } catch (IOException e) {
            return rejected(trigger, where, started, t0, null, 1,
                    List.of(new ImportProblem(where, 0, null, "cannot read: " + e.getMessage())), null);
        }
        // k changes what is published from the same files, so it is part of the inputs
        String inputChecksum = inputChecksum(checksums, "opendetainers.anonymize.min-cell=" + k
                + (width == AuditedSuppressor.defaultWidth(k) ? "" : ",protection-width=" + width));

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c)) {
                    c.rollback();
                    return report(Status.busy, trigger, where, started, t0, null, null, checksums, null, null, null,
                            problems, "another import is running; nothing was done");
                }
                runs.markInterrupted(runId);
                ReleasePublisher.Current current = publisher.current(c);
                if (current != null && current.inputChecksum().equals(inputChecksum)) {
                    c.rollback();
                    return report(Status.unchanged, trigger, where, started, t0, current.id(), current.id(), checksums,
                            null, null, null, problems, "inputs unchanged since release " + current.id() + "; nothing published");
                }
                try (Statement s = c.createStatement()) {
                    s.execute("set local work_mem = '256MB'");
                    // a killed importer's backend notices the lost client within a second, even mid-query,
                    // and rolls back, releasing the lock
                    s.execute("set local client_connection_check_interval = '1s'");
                }
                StatAccumulator counts = new StatAccumulator();
                RecordStaging.Staged staged = RecordStaging.stage(c, source, mappings, LocalDate.now(clock), problems, counts);
                Records records = new Records(staged.files(), staged.rows(), staged.accepted(), staged.badRows(),
                        staged.duplicates(), staged.unmapped());
                String rejection = rejection(staged, problems);
                if (rejection == null && current != null) {
                    rejection = ReleaseSizeGuard.rejection(ReleaseSizeGuard.recordsOf(c, current.id()), current.id(),
                            staged.accepted(), config.maxDropShare(), allowShrink);
                }
                if (rejection != null) {
                    c.rollback();
                    return report(Status.rejected, trigger, where, started, t0, null, current == null ? null : current.id(),
                            checksums, null, records, null, problems, rejection + "; nothing was published, the current release stays live");
                }
                long tCells = System.nanoTime();
                DetainerStats.Cells cells;
                try {
                    cells = staged.rows() == 0 ? null : DetainerStats.compute(counts.result(), k, width,
                            current == null ? DetainerStats.Previous.NONE : DetainerStats.previous(c, current.id()));
                } catch (AuditedSuppressor.ProtectionFailedException e) {
                    c.rollback();
                    return report(Status.rejected, trigger, where, started, t0, null, current == null ? null : current.id(),
                            checksums, null, records, null, problems, "the disclosure audit could not be passed (k=" + k
                                    + ", protection width " + width + "): " + e.getMessage()
                                    + "; nothing was published, the current release stays live");
                }
                Disclosure disclosure = disclosure(k, staged, cells);
                long tPublish = System.nanoTime();
                ReleasePublisher.Published published = publisher.publish(c, data, cells, disclosure, inputChecksum,
                        checksums, current, OffsetDateTime.now(clock));
                TIMING.infof("cells counted and suppressed in %d ms; release written in %d ms", (tPublish - tCells) / 1_000_000, ms(tPublish));
                try (Statement s = c.createStatement()) {
                    s.execute("truncate staging.detainer_identifier");
                }
                long tCommit = System.nanoTime();
                c.commit();
                TIMING.infof("staging emptied and committed in %d ms", ms(tCommit));
                return report(Status.published, trigger, where, started, t0, published.releaseId(),
                        current == null ? null : current.id(), checksums, published.rowCounts(), records, disclosure,
                        problems, null);
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("import failed", e);
            return report(Status.failed, trigger, where, started, t0, null, null, checksums, null, null, null, problems,
                    "the import failed and published nothing: " + e.getMessage());
        }
    }

    /** Why staged records cannot be published, or null. */
    private String rejection(RecordStaging.Staged staged, ImportProblems problems) {
        if (staged.failed()) {
            return "a record file was rejected" + problems.kept().stream().filter(p -> p.line() == 0 || p.reason().startsWith("missing required"))
                    .findFirst().or(() -> problems.kept().stream().findFirst()).map(p -> " (" + p + ")").orElse("");
        }
        String unmapped = unmappedRejection(staged.unmapped(), staged.accepted() + staged.duplicates(), config.maxUnmappedShare());
        if (unmapped != null) {
            return unmapped;
        }
        long bad = staged.badRows() + staged.duplicates();
        if (staged.rows() > 0 && bad > config.maxBadShare() * staged.rows()) {
            return String.format("%d of %d record rows are bad (%.2f %%), more than the %.2f %% allowed (opendetainers.import.max-bad-share)",
                    bad, staged.rows(), 100.0 * bad / staged.rows(), 100 * config.maxBadShare());
        }
        return null;
    }

    /**
     * Why the values without a mapping are too many, or null: per dimension, the records whose
     * value no mapping table knows, as a share of the records mapped, against {@code maxShare}.
     */
    static String unmappedRejection(Map<String, Long> unmapped, long records, double maxShare) {
        if (records == 0) {
            return null;
        }
        List<String> reasons = new java.util.ArrayList<>();
        for (Map.Entry<String, String> dimension : Mappings.DIMENSIONS.entrySet()) {
            String prefix = dimension.getKey() + ": ";
            Map<String, Long> values = new TreeMap<>();
            unmapped.forEach((key, n) -> {
                if (key.startsWith(prefix)) {
                    values.put(key.substring(prefix.length()), n);
                }
            });
            long count = values.values().stream().mapToLong(Long::longValue).sum();
            if (count > maxShare * records) {
                StringBuilder r = new StringBuilder();
                r.append(dimension.getKey()).append(": ").append(count).append(" of ").append(records)
                        .append(" records (").append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * count / records))
                        .append(" %) have a value without a mapping in ").append(dimension.getValue()).append(": ");
                r.append(String.join(", ", values.entrySet().stream().map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")").toList()));
                reasons.add(r.toString());
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        return "too many values without a mapping, more than " + String.format(java.util.Locale.ROOT, "%.2f", 100 * maxShare)
                + " % of the records in a dimension (opendetainers.import.max-unmapped-share); add them to the mapping table or correct the extract. "
                + String.join("; ", reasons);
    }

    private static Disclosure disclosure(int k, RecordStaging.Staged staged, DetainerStats.Cells cells) {
        Map<String, Long> dropped = new LinkedHashMap<>();
        dropped.put("invalid", staged.badRows());
        dropped.put("duplicate", staged.duplicates());
        if (cells == null) {
            return new Disclosure(k, staged.rows(), 0, dropped, 0, 0, 0, 0, 0, 0, new TreeMap<>(staged.unmapped()), null, null);
        }
        AuditedSuppressor.Report p = cells.protection();
        LinearAudit.Result a = p.audit();
        List<String> relations = new ArrayList<>(List.of(
                "each cell is the sum of the cells of the table with one more dimension (margins along each dimension)",
                "each quarter, year and fiscal year is the sum of its months, and of its quarters, where both are published",
                "each suppressed cell counts at least 1 (a published row counts at least one record; an absent row is zero)"));
        for (var h : cells.hierarchies()) {
            relations.add("hierarchy " + h.fine() + " → " + h.coarse() + ": each " + h.coarse() + " cell is the sum of its " + h.fine() + " cells");
        }
        if (cells.knownFromPrevious() > 0) {
            relations.add("cells published with the same count by the previous release are known (" + cells.knownFromPrevious() + " cells)");
        }
        ImportReport.Audit audit = new ImportReport.Audit(LinearAudit.SOLVER, relations, a.width(), a.cellsAudited(), a.relations(),
                a.constraints(), a.exact().size(), a.narrow().size(), a.narrowestWidth(), a.lpSolves(), a.millis(), p.rounds(), p.millis());
        ImportReport.Utility utility = new ImportReport.Utility(round(p.cellShareHiddenBefore()), round(p.cellShareHidden()),
                round(p.recordShareHiddenBefore()), round(p.recordShareHidden()));
        long primary = p.lineRule().primary();
        long complementary = p.suppressed() - primary;
        return new Disclosure(k, staged.rows(), staged.accepted(), dropped, cells.tables().size(), p.cells(),
                p.cells() - p.suppressed(), primary, complementary, p.secondary(), new TreeMap<>(staged.unmapped()), audit, utility);
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
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
        try (PreparedStatement s = c.prepareStatement(LOCK); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** SHA-256 of every input file (curated, mappings, records), by path relative to the source. */
    static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String file : CuratedDataReader.FILES) {
            Path path = dir.resolve(file);
            if (Files.isRegularFile(path)) {
                sums.put(file, sha256(path));
            }
        }
        for (String file : Mappings.FILES) {
            Path path = dir.resolve(file);
            if (Files.isRegularFile(path)) {
                sums.put(file, sha256(path));
            }
        }
        for (Path path : RecordStaging.files(dir)) {
            sums.put(RecordStaging.DIR + "/" + path.getFileName(), sha256(path));
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

    static String inputChecksum(Map<String, String> checksums, String settings) {
        MessageDigest digest = newDigest();
        checksums.forEach((file, sum) -> digest.update((file + " " + sum + "\n").getBytes(StandardCharsets.UTF_8)));
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport rejected(String trigger, String where, OffsetDateTime started, long t0, Records records,
                                  long count, List<ImportProblem> problems, String previous) {
        return new ImportReport(Status.rejected, trigger, where, started, ms(t0), null, previous, null, null, records,
                null, count, problems, "the input was rejected; nothing was published, the current release stays live");
    }

    private static ImportReport report(Status status, String trigger, String where, OffsetDateTime started, long t0,
                                       String release, String previous, Map<String, String> checksums,
                                       Map<String, Long> rowCounts, Records records, Disclosure disclosure,
                                       ImportProblems problems, String message) {
        return new ImportReport(status, trigger, where, started, ms(t0), release, previous, checksums, rowCounts, records,
                disclosure, problems.count(), problems.kept(), message);
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

package org.opendetainers.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The log of import attempts ({@code import_run}), written outside the import's transaction so that
 * a rejected or failed import is recorded too. A run left {@code running} by a killed process is
 * marked {@code interrupted} by the next import that takes the lock.
 */
@ApplicationScoped
public class ImportRuns {

    /**
     * How long the latest finished run is answered from memory: the home page and {@code
     * /v1/status} show it on every request. A run this instance finishes shows at once; one
     * finished by another process (the import CronJob, another replica) within this time, the
     * staleness the release pointer's poll already allows.
     */
    static final long LATEST_KEPT_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    /**
     * Bumped by every change this instance makes to the runs: a kept answer older than it is
     * dropped.
     */
    private final AtomicLong changes = new AtomicLong();

    private volatile Kept latest;

    private record Kept(Optional<Run> run, long changes, long at) {}

    public ImportRuns(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** One import attempt. {@code report} is null while it runs. */
    public record Run(
            long id,
            String trigger,
            String source,
            OffsetDateTime startedAt,
            @Schema(nullable = true) OffsetDateTime finishedAt,
            String status,
            @Schema(nullable = true) String releaseId,
            @Schema(
                            nullable = true,
                            description =
                                    "What the import did; null while it runs and in listings.")
                    ImportReport report) {}

    long start(String trigger, String source, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into import_run (trigger, source, started_at, status) values (?, ?, ?, 'running') returning id")) {
            s.setString(1, trigger);
            s.setString(2, source);
            s.setObject(3, at);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the import run", e);
        }
    }

    /**
     * Called by the import holding the lock: any other run still marked running died with its
     * process.
     */
    void markInterrupted(long except) {
        changes.incrementAndGet();
        update(
                "update import_run set status = 'interrupted', finished_at = coalesce(finished_at, now()) "
                        + "where status = 'running' and id <> ?",
                except);
    }

    void finish(long id, ImportReport report, OffsetDateTime at) {
        changes.incrementAndGet();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "update import_run set finished_at = ?, status = ?, release_id = ?, report = ?::jsonb where id = ?")) {
            s.setObject(1, at);
            s.setString(2, report.status().name());
            s.setString(
                    3,
                    report.status() == ImportReport.Status.published ? report.releaseId() : null);
            s.setString(4, json.writeValueAsString(report));
            s.setLong(5, id);
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record the end of import run " + id, e);
        }
    }

    public List<Run> recent(int limit, Long before) {
        String sql =
                "select id, trigger, source, started_at, finished_at, status, release_id, null from import_run "
                        + (before == null ? "" : "where id < ? ")
                        + "order by id desc limit ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (before != null) {
                s.setLong(i++, before);
            }
            s.setInt(i, limit);
            return runs(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Run> get(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select id, trigger, source, started_at, finished_at, status, release_id, report from import_run where id = ?")) {
            s.setLong(1, id);
            return runs(s).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The latest finished run, if any; its report holds only the report's {@code message}. Kept in
     * memory for {@link #LATEST_KEPT_NANOS} unless this instance changes the runs meanwhile.
     */
    public Optional<Run> latestFinished() {
        Kept kept = latest;
        long now = System.nanoTime();
        if (kept != null
                && kept.changes() == changes.get()
                && now - kept.at() < LATEST_KEPT_NANOS) {
            return kept.run();
        }
        long before = changes.get();
        Optional<Run> run = queryLatestFinished();
        if (changes.get() == before) {
            latest = new Kept(run, before, now);
        }
        return run;
    }

    private Optional<Run> queryLatestFinished() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select id, trigger, source, started_at, finished_at, status, release_id, "
                                        + "jsonb_build_object('message', report->'message') from import_run "
                                        + "where finished_at is not null order by id desc limit 1")) {
            return runs(s).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Run> runs(PreparedStatement s) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String report = rs.getString(8);
                try {
                    runs.add(
                            new Run(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getObject(4, OffsetDateTime.class),
                                    rs.getObject(5, OffsetDateTime.class),
                                    rs.getString(6),
                                    rs.getString(7),
                                    report == null
                                            ? null
                                            : json.readValue(report, ImportReport.class)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return runs;
    }

    private void update(String sql, long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

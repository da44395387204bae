package org.opendetainers.release;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;
import org.opendetainers.domain.Release;

/**
 * The one store of releases: which is current, one by id, and the one a read names (or the current
 * one). Releases never change once published, so each is read from the database once and kept in
 * memory as a {@link Header} (never the large {@code changes} or {@code disclosure} columns).
 *
 * <p>The current-release pointer is kept in memory too. This instance refreshes it the moment it
 * publishes ({@link #refresh()} after the import commits); other replicas see a new release within
 * {@code opendetainers.api.release-poll} (2 s by default), when a short poll of the one-row pointer
 * table notices it moved.
 */
@ApplicationScoped
public class Releases {

    private static final Logger LOG = Logger.getLogger(Releases.class);
    private static final String SELECT = "select id, seq, published_at from release";

    /** What a read needs to know of a release: its id, sequence and publication time. */
    public record Header(String id, long seq, OffsetDateTime publishedAt) {

        public static Header of(Release r) {
            return new Header(r.id, r.seq, r.publishedAt);
        }
    }

    /**
     * The pointer as the importer reads it inside its transaction: the live release, its input
     * checksum and the fingerprint of its protected statistics (null: none, or published before
     * fingerprints were kept).
     */
    public record Current(String id, String inputChecksum, String statsFingerprint) {}

    private final AgroalDataSource dataSource;
    private final ConcurrentMap<String, Header> byId = new ConcurrentHashMap<>();
    private volatile Optional<Header> current;

    public Releases(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The current release, if any was published (from memory after the first call). */
    public Optional<Header> current() {
        Optional<Header> c = current;
        if (c == null) {
            c = refresh();
        }
        return c;
    }

    /** One release by id (from memory after the first time it is found). */
    public Optional<Header> byId(String id) {
        Header h = byId.get(id);
        if (h != null) {
            return Optional.of(h);
        }
        Optional<Header> found = query(SELECT + " where id = ?", id);
        found.ifPresent(r -> byId.put(r.id(), r));
        return found;
    }

    /**
     * The current release if this instance has read the pointer already; never reads the database.
     */
    public Optional<Header> currentInMemory() {
        Optional<Header> c = current;
        return c == null ? Optional.empty() : c;
    }

    /** One release if this instance has it in memory; never reads the database. */
    public Optional<Header> inMemory(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The release named, or the current one when {@code id} is null. */
    public Optional<Header> named(String id) {
        return id == null ? current() : byId(id);
    }

    /**
     * Reads the pointer again; called after this instance publishes, and by the poll. One refresh
     * at a time: otherwise a poll that read the pointer before a publication (or a move by another
     * replica) committed could store its older answer after the newer one, and this instance would
     * serve the previous release until the next poll.
     */
    public synchronized Optional<Header> refresh() {
        Optional<Header> c =
                query(SELECT + " where id = (select release_id from current_release)", null);
        c.ifPresent(r -> byId.put(r.id(), r));
        Optional<Header> before = current;
        current = c;
        if (before != null && !before.map(Header::id).equals(c.map(Header::id))) {
            LOG.infof("current release is now %s", c.map(Header::id).orElse("none"));
        }
        return c;
    }

    @Scheduled(
            every = "${opendetainers.api.release-poll:2s}",
            delayed = "${opendetainers.api.release-poll:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("release pointer poll failed: %s", e.getMessage());
        }
    }

    /**
     * The live release and its input checksum, read in the importer's transaction; null when none.
     */
    public static Current current(Connection c) throws SQLException {
        try (PreparedStatement s =
                        c.prepareStatement(
                                "select r.id, r.input_checksum, r.stats_fingerprint from current_release p join release r on r.id = p.release_id");
                ResultSet rs = s.executeQuery()) {
            return rs.next()
                    ? new Current(rs.getString(1), rs.getString(2), rs.getString(3))
                    : null;
        }
    }

    /**
     * Moves the pointer to {@code id} in the caller's transaction; readers see it when the caller
     * commits.
     */
    public static void makeCurrent(Connection c, String id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        """
                insert into current_release (singleton, release_id) values (true, ?)
                on conflict (singleton) do update set release_id = excluded.release_id""")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    private Optional<Header> query(String sql, String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setString(1, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(
                                new Header(
                                        rs.getString(1),
                                        rs.getLong(2),
                                        rs.getObject(3, OffsetDateTime.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read releases", e);
        }
    }
}

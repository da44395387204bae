package org.opendetainers.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.opendetainers.devdb.PrivateCluster;

/**
 * A fresh database for an integration test that runs the packaged jar: on the server of the PG*
 * variables when set (as CI's second pass), else on an embedded PostgreSQL in {@code work} ({@link
 * PrivateCluster}: the clone's password, no socket).
 */
record ItDatabase(
        String url,
        String admin,
        String name,
        String user,
        String password,
        EmbeddedPostgres embedded)
        implements AutoCloseable {

    static ItDatabase create(String prefix, Path work) throws IOException, SQLException {
        String database = prefix + System.nanoTime();
        Map<String, String> env = System.getenv();
        ItDatabase db;
        String admin;
        if (env.containsKey("PGHOST") || env.containsKey("PGPORT")) {
            String base = "jdbc:postgresql://localhost:" + env.getOrDefault("PGPORT", "5432") + "/";
            String user = env.getOrDefault("PGUSER", "postgres");
            admin = base + env.getOrDefault("PGDATABASE", user);
            db =
                    new ItDatabase(
                            base + database,
                            admin,
                            database,
                            user,
                            env.getOrDefault("PGPASSWORD", ""),
                            null);
        } else {
            EmbeddedPostgres embedded =
                    PrivateCluster.start(work.resolve("pg"), PrivateCluster.TEST_SETTINGS);
            String user = PrivateCluster.SUPERUSER;
            admin = embedded.getJdbcUrl(user, "postgres");
            db =
                    new ItDatabase(
                            embedded.getJdbcUrl(user, database),
                            admin,
                            database,
                            user,
                            PrivateCluster.password(),
                            embedded);
        }
        db.execute("create database " + database);
        return db;
    }

    /**
     * Drops the database, ending its sessions: the database is gone for every process that used it
     * (on a shared server as on the embedded one).
     */
    void drop() throws SQLException {
        execute("drop database " + name + " with (force)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(admin, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}

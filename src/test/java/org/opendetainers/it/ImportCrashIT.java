package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * The packaged application's import command, killed with SIGKILL in the middle of an import, leaves
 * no partial release, no lock and no staging rows; the next run completes. Runs after packaging
 * (failsafe), against PG* variables' server when set, else an embedded PostgreSQL.
 */
class ImportCrashIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    static ItDatabase db;
    static String url;
    static String user;
    static String password;

    @TempDir static Path work;

    @BeforeAll
    static void database() throws Exception {
        db = ItDatabase.create("crash_it_", work);
        url = db.url();
        user = db.user();
        password = db.password();
    }

    @AfterAll
    static void stop() throws IOException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aKilledImportPublishesNothingAndTheNextOneCompletes() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after packaging: " + JAR);
        // a first release from the curated files alone
        Path curated = work.resolve("curated");
        SourceDirs.copySeedCuratedOnly(curated);
        assertEquals(0, importCommand(curated).waitFor(), "first import");
        String first = currentRelease();

        // an extract big enough that its staging COPY is still running when 100,000 rows have
        // passed (the COPY streams the file as it is read and parsed, about 80,000 rows a second
        // here, so 200,000 rows are left, more than 2 s; its progress is polled every 20 ms), and
        // small enough that the next, complete import of it does not dominate the integration
        // tests (800,000 rows before: 65 s for this class at a load of 3)
        Path big = work.resolve("big");
        Path records = SourceDirs.copySeedWithoutRecords(big);
        SyntheticExtractGenerator.write(records.resolve("synthetic-crash.csv"), 300_000, 7);

        Process victim = importCommand(big);
        // kill it in the middle of staging: after 100,000 rows of its COPY, before it can finish
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (copiedRows() < 100_000) {
            assertTrue(victim.isAlive(), "the import ended before it was killed");
            assertTrue(System.nanoTime() < deadline, "the import never reached its staging COPY");
            Thread.sleep(20);
        }
        assertTrue(advisoryLocks() > 0, "the import holds its lock");
        assertEquals("running", latestRunStatus());
        victim.destroyForcibly(); // SIGKILL
        victim.waitFor();

        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (advisoryLocks() > 0) {
            assertTrue(System.nanoTime() < deadline, "the killed import's lock was never released");
            Thread.sleep(100);
        }
        assertEquals(first, currentRelease(), "no partial release");
        assertEquals(1, count("select count(*) from release"));
        assertEquals(0, count("select count(*) from detainer_stat"));
        assertEquals(0, count("select count(*) from staging.detainer_identifier"));

        Process next = importCommand(big);
        assertEquals(0, next.waitFor(), "the next import completes");
        String second = currentRelease();
        assertTrue(!second.equals(first));
        assertTrue(
                count("select count(*) from detainer_stat where release_id = '" + second + "'")
                        > 0);
        assertEquals(0, count("select count(*) from staging.detainer_identifier"));
        assertEquals(
                1,
                count("select count(*) from import_run where status = 'interrupted'"),
                "the killed run is marked interrupted");
    }

    @Test
    void theImportCommandExitsNonZeroWhenItPublishesNothingNew() throws Exception {
        Path broken = work.resolve("broken");
        Path records = SourceDirs.copySeedWithoutRecords(broken);
        Files.writeString(
                records.resolve("synthetic-broken.csv"),
                "detainer_prepare_date,facility_state\n2017-01-01,NY\n");
        Process run = importCommand(broken);
        assertEquals(1, run.waitFor(), "a rejected import exits 1");
        Process usage = importCommand(broken, "--sauce");
        assertEquals(2, usage.waitFor(), "a wrong argument exits 2");
    }

    private Process importCommand(Path source, String... extra) throws IOException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "java",
                                RunningJar.QUICK_JIT,
                                "-Xmx512m",
                                "-jar",
                                JAR.toString(),
                                "import",
                                "--source",
                                source.toString()));
        command.addAll(List.of(extra));
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(
                                work.resolve("import-" + System.nanoTime() + ".log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", user);
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", password);
        return pb.start();
    }

    private static String currentRelease() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select release_id from current_release")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String latestRunStatus() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select status from import_run order by id desc limit 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Rows the running import's COPY into staging has processed so far (PostgreSQL 14+). */
    private static long copiedRows() throws SQLException {
        return count(
                "select coalesce(max(tuples_processed), 0) from pg_stat_progress_copy "
                        + "where relid = 'staging.detainer_identifier'::regclass");
    }

    private static long advisoryLocks() throws SQLException {
        return count(
                "select count(*) from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

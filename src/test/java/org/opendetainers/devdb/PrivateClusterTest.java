package org.opendetainers.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of dev mode and tests is its user's alone: over TCP a connection without
 * the clone's password, or with a wrong one, is refused; the password file and its directory are
 * the user's alone; there is no socket in the temporary directory; a cluster made by the library's
 * default (trust) is converted before it listens; and, when the test runs as root, the user {@code
 * nobody} can neither log in with {@code psql} nor read the password.
 */
@Tag("database")
class PrivateClusterTest {

    @TempDir static Path work;
    static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws IOException {
        pg = PrivateCluster.start(work.resolve("pg"), PrivateCluster.TEST_SETTINGS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() throws Exception {
        for (String host : List.of("localhost", "127.0.0.1")) {
            String url = "jdbc:postgresql://" + host + ":" + pg.getPort() + "/postgres";
            SQLException none =
                    assertThrows(
                            SQLException.class,
                            () -> DriverManager.getConnection(url, "postgres", null).close());
            assertTrue(none.getMessage().contains("password"), none.getMessage());
            SQLException wrong =
                    assertThrows(
                            SQLException.class,
                            () -> DriverManager.getConnection(url, "postgres", "postgres").close());
            assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
            try (Connection c =
                            DriverManager.getConnection(
                                    url, "postgres", PrivateCluster.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select current_user")) {
                assertTrue(rs.next());
                assertEquals("postgres", rs.getString(1));
            }
        }
    }

    @Test
    void thePasswordFileAndItsDirectoryAreTheUsersAlone() throws Exception {
        Path file = PrivateCluster.passwordFile();
        String me = System.getProperty("user.name");
        assertEquals(me, Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals("rw-------", mode(file));
        assertEquals(me, Files.getOwner(file.getParent(), LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals("rwx------", mode(file.getParent()));
        assertTrue(
                PrivateCluster.password().length() >= 32, "a password of at least 32 characters");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateCluster.password();
        assertEquals("rw-------", mode(file), "a password file opened to others is closed again");
    }

    @Test
    void noSocketInTheTemporaryDirectoryAndLoopbackOnly() throws Exception {
        for (String dir : List.of(System.getProperty("java.io.tmpdir"), "/tmp")) {
            Path socket = Path.of(dir, ".s.PGSQL." + pg.getPort());
            assertFalse(Files.exists(socket, LinkOption.NOFOLLOW_LINKS), socket + " exists");
        }
        assertEquals("", show("unix_socket_directories"));
        assertEquals("localhost", show("listen_addresses"));
        assertEquals("off", show("fsync"));
    }

    @Test
    void anotherUserCannotLogIn() throws Exception {
        assumeRootWithRunuser();
        Optional<Path> psql = onPath("psql");
        assumeTrue(psql.isPresent(), "no psql on the PATH");
        Result r =
                asNobody(
                        psql.get().toString(),
                        "-X",
                        "-w",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(pg.getPort()),
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-c",
                        "select 1");
        assertNotEquals(0, r.exit(), r.output());
        assertTrue(
                r.output().contains("no password supplied")
                        || r.output().contains("password authentication failed"),
                r.output());
    }

    @Test
    void anotherUserCannotReadThePassword() throws Exception {
        assumeRootWithRunuser();
        String password = PrivateCluster.password();
        Result r = asNobody("cat", PrivateCluster.passwordFile().toString());
        assertNotEquals(0, r.exit(), "nobody read the password file");
        assertTrue(r.output().contains("Permission denied"), r.output());
        assertFalse(r.output().contains(password));
    }

    @Test
    void aClusterOfTheOldTrustSetupIsConvertedBeforeItListens(@TempDir Path old) throws Exception {
        Path data = old.resolve("pg");
        Path pgDir = unpackedBinaries();
        // made as the library made it (initdb -A trust -U postgres -E UTF-8), never started here
        PrivateCluster.run(
                List.of(
                        pgDir.resolve("bin/initdb").toString(),
                        "-A",
                        "trust",
                        "-U",
                        "postgres",
                        "-D",
                        data.toString(),
                        "-E",
                        "UTF-8"),
                null);
        assertTrue(
                Files.readString(data.resolve("pg_hba.conf"))
                        .lines()
                        .anyMatch(l -> !l.startsWith("#") && l.endsWith("trust")),
                "the old cluster trusts every local user");
        PrivateCluster.run(
                List.of(
                        pgDir.resolve("bin/postgres").toString(),
                        "--single",
                        "-D",
                        data.toString(),
                        "postgres"),
                "create table kept (x int);\ninsert into kept values (42);\n");

        try (EmbeddedPostgres converted =
                PrivateCluster.start(data, PrivateCluster.TEST_SETTINGS)) {
            assertEquals(PrivateCluster.HBA, Files.readString(data.resolve("pg_hba.conf")));
            String url = "jdbc:postgresql://127.0.0.1:" + converted.getPort() + "/postgres";
            assertThrows(
                    SQLException.class,
                    () -> DriverManager.getConnection(url, "postgres", null).close());
            try (Connection c =
                            DriverManager.getConnection(
                                    url, "postgres", PrivateCluster.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select x from kept")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1), "the old cluster's data is kept");
            }
        }
    }

    private static String show(String setting) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show " + setting)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(
                Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static Path unpackedBinaries() throws IOException {
        try (Stream<Path> dirs = Files.list(EmbeddedBinaries.base().resolve("binaries"))) {
            return dirs.filter(
                            d ->
                                    d.getFileName().toString().startsWith("PG-")
                                            && Files.isExecutable(d.resolve("bin/initdb")))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static void assumeRootWithRunuser() {
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "not root: no other user to switch to");
        assumeTrue(onPath("runuser").isPresent(), "no runuser");
    }

    private static Optional<Path> onPath(String program) {
        List<String> dirs =
                new ArrayList<>(
                        List.of(
                                System.getenv()
                                        .getOrDefault("PATH", "")
                                        .split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin"));
        return dirs.stream()
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs a command as the user {@code nobody}, without any libpq setting of the caller's. */
    private static Result asNobody(String... command) throws IOException, InterruptedException {
        List<String> all =
                new ArrayList<>(
                        List.of(onPath("runuser").orElseThrow().toString(), "-u", "nobody", "--"));
        all.addAll(List.of(command));
        return run(all, null);
    }

    record Result(int exit, String output) {}

    private static Result run(List<String> command, String input)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).directory(new File("/"));
        Map<String, String> env = pb.environment();
        new ArrayList<>(env.keySet()).stream().filter(k -> k.startsWith("PG")).forEach(env::remove);
        env.put("HOME", "/nonexistent");
        Process p = pb.start();
        try (var stdin = p.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not end: " + command);
        return new Result(p.exitValue(), output);
    }
}

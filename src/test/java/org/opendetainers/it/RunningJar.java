package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar, run as a process against an {@link ItDatabase}: the shared fixture of the
 * integration tests that need the real service (the working directory is the project, whose {@code
 * data-seed/} is imported on an empty database).
 */
final class RunningJar implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /**
     * The JIT option of the jars these tests start to check what the service does, not how fast: C1
     * only. Each start, a few requests or an import, and the end are short runs for which C2
     * compiles for nothing; the JIT's threads took most of a start's CPU (docs/benchmarks.md). Not
     * used where a test measures the JVM the image runs (AotCacheIT) or its memory
     * (DatasetDownloadIT).
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private final Process process;
    private final Path log;
    final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Serves on a free port, with {@link #QUICK_JIT} and {@code jvm} options; its output goes to
     * {@code work/name.log}.
     */
    static RunningJar serve(ItDatabase db, Path work, String name, List<String> jvm)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", QUICK_JIT));
        command.addAll(jvm);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", JAR.toString()));
        Path log = work.resolve(name + ".log");
        return new RunningJar(start(db, command, log), log, port);
    }

    /**
     * Serves with a whole command line (e.g. the image's entry point, with its paths moved into
     * {@code work}) and {@code -Dquarkus.http.port} added after {@code java}.
     */
    static RunningJar serveCommand(ItDatabase db, Path work, String name, List<String> commandLine)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(commandLine);
        command.add(1, "-Dquarkus.http.port=" + port);
        Path log = work.resolve(name + ".log");
        return new RunningJar(start(db, command, log), log, port);
    }

    /**
     * Runs a command of the jar (e.g. {@code import --source DIR}) to its end; returns its exit
     * code and output.
     */
    static Result command(ItDatabase db, Path work, List<String> args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("java", QUICK_JIT, "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(args);
        Path log = work.resolve("command-" + System.nanoTime() + ".log");
        Process p = start(db, command, log);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the command ended: " + args);
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {}

    private static Process start(ItDatabase db, List<String> command, Path log) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after packaging: " + JAR);
        assertTrue(
                command.stream().anyMatch(a -> a.endsWith("quarkus-run.jar")),
                "a command of the jar: " + command);
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", db.url());
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", db.user());
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        return pb.start();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    /** A GET of {@code path} with request headers. */
    HttpResponse<String> get(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until {@code path} answers 200; fails with the service's log when it ends or the time
     * is up.
     */
    void waitFor(String path, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            assertTrue(
                    process.isAlive(),
                    () -> "the service ended while waiting for " + path + ":\n" + log());
            try {
                if (get(path).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertTrue(
                    System.nanoTime() < deadline,
                    () -> path + " did not answer 200 within " + timeout + ":\n" + log());
            Thread.sleep(250);
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the service (SIGTERM, then SIGKILL after 60 s). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

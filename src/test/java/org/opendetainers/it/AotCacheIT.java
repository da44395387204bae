package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.DockerfileLines;
import org.opendetainers.testing.SourceDirs;

/**
 * The image's ahead-of-time cache (Java 25), by the lines of {@code src/main/docker/Dockerfile.jvm}
 * that make and use it, run here as written with a JDK 25 ({@link Jdk25}), {@code /deployments}
 * moved into a temporary folder that holds a copy of {@code target/quarkus-app} (file times kept,
 * as {@code COPY} keeps them), and the image's {@code JDK_JAVA_OPTIONS}:
 *
 * <ul>
 *   <li>the training {@code RUN} line ({@code aot-train}) makes the cache on the application's real
 *       start: a release imported and published (here the dense fixture's), a restart against it,
 *       the first reads;
 *   <li>the {@code ENTRYPOINT}, with {@code -XX:AOTMode=on} (the JVM then refuses to start rather
 *       than run without the cache), serves that release, and thousands of the application's
 *       classes come from the cache;
 *   <li>a cache used with other JVM options (compact object headers) is refused; so is a cache made
 *       before a jar changed, on a JDK 25.0.4 or later (25.0.3 and earlier check no jar:
 *       JDK-8377932): why the image copies the application's files from the training stage, with
 *       the cache.
 * </ul>
 *
 * How much faster the restart is, is measured by {@code bin/benchmark-api}, not here.
 */
class AotCacheIT {

    private static final String FROM_CACHE = "source: shared objects file";

    @TempDir Path work;

    /** The image's /deployments, with the cache the RUN line made: once for all tests. */
    @TempDir static Path image;

    static Path java;
    static Path deployments;
    static ItDatabase db;
    static Result made;

    @BeforeAll
    static void theRunLineTrainsTheCache() throws Exception {
        java = Jdk25.java();
        deployments = deployments(image);
        db = ItDatabase.create("aot_it_", image);
        // the first start publishes the dense fixture (1,800 records) rather than the seed's
        // 20,000: what is tested is where the classes come from, not the import
        Path dense = SourceDirs.copyDense(Files.createDirectories(image.resolve("dense")));
        DockerfileLines.TrainingRun run =
                DockerfileLines.trainingRun(dockerfile())
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "the Dockerfile trains the cache with RUN aot-train CACHE"));
        ProcessBuilder pb =
                new ProcessBuilder(
                                "bash",
                                DockerfileLines.TRAINING_SCRIPT.toAbsolutePath().toString(),
                                moved(run.cache()))
                        .directory(deployments.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA", java.toString());
        env.put("JDK_JAVA_OPTIONS", String.join(" ", imageOptions()));
        env.put("AOT_TRAIN_PORT", String.valueOf(RunningJar.freePort()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.url());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("OPENDETAINERS_IMPORT_SOURCE", dense.toString());
        made = run(pb, image.resolve("train.log"), 600);
    }

    @AfterAll
    static void dropTheDatabase() throws IOException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theImageTrainsItsCacheOnARealStartAndStartsFromIt() throws Exception {
        assertEquals(0, made.exitCode(), "the RUN line ends well:\n" + made.output());
        Path cache = Path.of(moved(cacheOfTheImage()));
        assertTrue(Files.size(cache) > 10_000_000, "a cache of the start's classes");

        Path classes = work.resolve("classes.log");
        List<String> entry = entryPoint();
        entry.addAll(1, List.of("-XX:AOTMode=on", "-Xlog:class+load:file=" + classes));
        try (RunningJar app = RunningJar.serveCommand(db, work, "entry-point", entry)) {
            app.waitFor("/q/health/ready", Duration.ofMinutes(3));
            assertEquals(
                    200,
                    app.get("/v1/figures?jurisdiction=nyc&agency=nypd&measure=detainers_received")
                            .statusCode());
            long fromCache;
            try (Stream<String> lines = Files.lines(classes)) {
                fromCache =
                        lines.filter(l -> l.contains(FROM_CACHE) && l.contains("org.hibernate."))
                                .count();
            }
            assertTrue(
                    fromCache > 1000,
                    "Hibernate's classes come from the cache, not from their jars: " + fromCache);
        }
    }

    @Test
    void aCacheMadeWithOtherJvmOptionsIsRefused() throws Exception {
        assertEquals(0, made.exitCode(), made.output());
        // the entry point with compact object headers (a JVM option that pods could add to
        // JAVA_TOOL_OPTIONS): the layout of objects and classes differs from the cache's
        List<String> other = entryPoint();
        other.addAll(1, List.of("-XX:AOTMode=on", "-XX:+UseCompactObjectHeaders"));
        other.add("--help");
        Result refused = run(new ProcessBuilder(other), work.resolve("options.log"), 180);
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Unable to use AOT cache"), refused.output());
    }

    @Test
    void aCacheMadeBeforeAJarChangedIsRefused() throws Exception {
        assertEquals(0, made.exitCode(), made.output());
        // JDK 25 before 25.0.4 checks no jar of the class path against the cache (JDK-8377932,
        // "AOT cache is not rejected when JAR file has changed"): a cache and its jars must come
        // from the same image build, which the Dockerfile's rule checks
        Runtime.Version jdk = Jdk25.version(java);
        assumeTrue(
                jdk.compareTo(Runtime.Version.parse("25.0.4")) >= 0,
                "JDK " + jdk + " does not refuse a cache whose jars changed (JDK-8377932)");
        // a jar of the class path changes (one entry added) after the cache was made, in the
        // folder it was made in; it is put back afterwards, for the other tests
        Path jar = deployments.resolve("quarkus-run.jar");
        byte[] before = Files.readAllBytes(jar);
        FileTime time = Files.getLastModifiedTime(jar);
        Result refused;
        try {
            try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                Files.writeString(zip.getPath("changed.txt"), "changed after the cache was made");
            }
            List<String> strict = entryPoint();
            strict.addAll(1, List.of("-XX:AOTMode=on"));
            strict.add("--help");
            refused = run(new ProcessBuilder(strict), work.resolve("stale.log"), 180);
        } finally {
            Files.write(jar, before);
            Files.setLastModifiedTime(jar, time);
        }
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Unable to use AOT cache"), refused.output());
    }

    private static String dockerfile() throws IOException {
        return Files.readString(DockerfileLines.DOCKERFILE);
    }

    private static String cacheOfTheImage() throws IOException {
        return DockerfileLines.trainingRun(dockerfile()).orElseThrow().cache();
    }

    /** The JDK_JAVA_OPTIONS of the image's last stage (the training stage has the same). */
    private static List<String> imageOptions() throws IOException {
        List<DockerfileLines.Stage> stages = DockerfileLines.stages(dockerfile());
        return DockerfileLines.jdkJavaOptions(stages.get(stages.size() - 1).text());
    }

    /**
     * The entry point, moved, with the JDK 25 for {@code java} and the image's JDK_JAVA_OPTIONS
     * after it.
     */
    private static List<String> entryPoint() throws IOException {
        List<String> args =
                DockerfileLines.entryPoint(dockerfile())
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "the Dockerfile has an ENTRYPOINT in exec form"));
        assertEquals("java", args.get(0), "the entry point runs the image's java: " + args);
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(imageOptions());
        args.stream().skip(1).map(AotCacheIT::moved).forEach(command::add);
        return command;
    }

    /**
     * A copy of target/quarkus-app with its file times, as the image's /deployments, without a
     * cache.
     */
    private static Path deployments(Path dir) throws IOException {
        Path target =
                SourceDirs.copyTree(
                        RunningJar.JAR.getParent(),
                        dir.resolve("deployments"),
                        StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(target.resolve("app.aot"));
        return target;
    }

    private static String moved(String arg) {
        return arg.replace("/deployments", deployments.toAbsolutePath().toString());
    }

    private static Result run(ProcessBuilder pb, Path log, int seconds)
            throws IOException, InterruptedException {
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("PG") || k.equals("JAVA_TOOL_OPTIONS"));
        Process p = pb.start();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "ended: " + pb.command());
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {}
}

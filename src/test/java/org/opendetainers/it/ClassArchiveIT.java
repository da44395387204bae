package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.DockerfileLines;
import org.opendetainers.testing.SourceDirs;

/**
 * The image's AppCDS archive, by the two lines of {@code src/main/docker/Dockerfile.jvm} that make
 * and use it, run here as written (with {@code /deployments} moved into a temporary folder that
 * holds a copy of {@code target/quarkus-app}, file times kept, as {@code COPY} keeps them):
 *
 * <ul>
 *   <li>the {@code RUN} line makes the archive without a database, as an image build must;
 *   <li>the {@code ENTRYPOINT}, with {@code -Xshare:on} (the JVM then refuses to start rather than
 *       run without the archive), serves a release (of the dense fixture, imported at its first
 *       start), and thousands of the application's classes come from the archive;
 *   <li>an archive made before a jar changed is refused: why the line comes after the last {@code
 *       COPY} of the application.
 * </ul>
 *
 * How much faster the restart is, is measured by {@code bin/benchmark-api}, not here.
 */
class ClassArchiveIT {

    private static final String TOP_LAYER = "source: shared objects file (top)";

    @TempDir Path work;

    /** The image's /deployments, with the archive the RUN line made: once for both tests. */
    @TempDir static Path image;

    static Path deployments;
    static Result made;

    @BeforeAll
    static void theRunLineMakesTheArchive() throws Exception {
        deployments = deployments(image);
        made = run(make(deployments), image.resolve("make.log"));
    }

    @Test
    void theImageMakesItsArchiveWithoutADatabaseAndStartsFromIt() throws Exception {
        assertEquals(0, made.exitCode(), "the RUN line ends well:\n" + made.output());
        assertTrue(
                Files.size(deployments.resolve("app-cds.jsa")) > 10_000_000,
                "an archive of the start-up classes");

        Path classes = work.resolve("classes.log");
        List<String> entry = new ArrayList<>(entryPoint(deployments));
        // the first start publishes the dense fixture (1,800 records) rather than the seed's
        // 20,000: what is tested is where the classes come from, not the import
        Path dense = SourceDirs.copyDense(Files.createDirectories(work.resolve("dense")));
        entry.addAll(
                1,
                List.of(
                        "-Xshare:on",
                        "-Xlog:class+load:file=" + classes,
                        "-Dopendetainers.import.source=" + dense));
        try (ItDatabase db = ItDatabase.create("archive_it_", work);
                RunningJar app = RunningJar.serveCommand(db, work, "entry-point", entry)) {
            app.waitFor("/q/health/ready", Duration.ofMinutes(3));
            assertEquals(
                    200,
                    app.get("/v1/figures?jurisdiction=nyc&agency=nypd&measure=detainers_received")
                            .statusCode());
            long fromArchive;
            try (Stream<String> lines = Files.lines(classes)) {
                fromArchive =
                        lines.filter(l -> l.contains(TOP_LAYER) && l.contains("org.hibernate."))
                                .count();
            }
            assertTrue(
                    fromArchive > 1000,
                    "Hibernate's classes come from the archive, not from their jars: "
                            + fromArchive);
        }
    }

    @Test
    void anArchiveMadeBeforeAJarChangedIsRefused() throws Exception {
        assertEquals(0, made.exitCode(), made.output());
        // the jar changes after the archive was made, in the folder it was made in (the archive
        // records the jars' paths, so a copy elsewhere would be refused for another reason); its
        // time is put back afterwards, for the other test
        Path jar = deployments.resolve("quarkus-run.jar");
        FileTime before = Files.getLastModifiedTime(jar);
        Result refused;
        try {
            Files.setLastModifiedTime(jar, FileTime.fromMillis(before.toMillis() + 60_000));
            List<String> strict = new ArrayList<>(entryPoint(deployments));
            strict.addAll(1, List.of("-Xshare:on"));
            strict.add("--help");
            refused = run(strict, work.resolve("stale.log"));
        } finally {
            Files.setLastModifiedTime(jar, before);
        }
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Unable to use shared archive"), refused.output());
    }

    /**
     * A copy of target/quarkus-app with its file times, as the image's /deployments, without an
     * archive.
     */
    private static Path deployments(Path dir) throws IOException {
        Path target =
                SourceDirs.copyTree(
                        RunningJar.JAR.getParent(),
                        dir.resolve("deployments"),
                        StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(target.resolve("app-cds.jsa"));
        return target;
    }

    private static List<String> make(Path deployments) throws IOException {
        DockerfileLines.ArchiveRun run =
                DockerfileLines.archiveRun(Files.readString(DockerfileLines.DOCKERFILE))
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "the Dockerfile makes the archive with java -XX:ArchiveClassesAtExit"));
        return run.command().stream().map(a -> moved(a, deployments)).toList();
    }

    private static List<String> entryPoint(Path deployments) throws IOException {
        List<String> args =
                DockerfileLines.entryPoint(Files.readString(DockerfileLines.DOCKERFILE))
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "the Dockerfile has an ENTRYPOINT in exec form"));
        return args.stream().map(a -> moved(a, deployments)).toList();
    }

    private static String moved(String arg, Path deployments) {
        return arg.replace("/deployments", deployments.toAbsolutePath().toString());
    }

    private static Result run(List<String> command, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment()
                .keySet()
                .removeIf(
                        k ->
                                k.startsWith("PG")
                                        || k.startsWith("QUARKUS_")
                                        || k.equals("JAVA_TOOL_OPTIONS"));
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "ended: " + command);
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {}
}

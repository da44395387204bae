package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java 25 JDK that runs the image (the build compiles for, and may run on, Java 17): {@code
 * JAVA25_HOME} when set (.ci/run sets it), else a JDK 25 in {@code /usr/lib/jvm} (where these
 * machines keep a Temurin 25 beside the default 17). Without one, a test that needs it is skipped
 * on a developer's machine and fails in CI ({@code CI=true} or {@code JAVA25_HOME} set).
 */
final class Jdk25 {

    private Jdk25() {}

    /** The {@code java} launcher of the JDK 25, or the test is skipped (failed in CI). */
    static Path java() {
        String home = System.getenv("JAVA25_HOME");
        if (home != null && !home.isBlank()) {
            Path java = Path.of(home, "bin", "java");
            assertTrue(
                    isJdk25(Path.of(home)) && Files.isExecutable(java),
                    "JAVA25_HOME is not a JDK 25: " + home);
            return java;
        }
        Optional<Path> found = find(Path.of("/usr/lib/jvm"));
        if (found.isPresent()) {
            return found.get().resolve("bin/java");
        }
        String message =
                "no JDK 25 (JAVA25_HOME, or /usr/lib/jvm): the image runs Java 25 and its AOT cache";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message + "; skipped outside CI");
        throw new AssertionError("unreachable");
    }

    /** The version of the JDK whose launcher is {@code java} (from its {@code release} file). */
    static Runtime.Version version(Path java) throws IOException {
        return Files.readAllLines(java.getParent().getParent().resolve("release")).stream()
                .filter(l -> l.startsWith("JAVA_VERSION=\""))
                .map(l -> Runtime.Version.parse(l.substring(14, l.length() - 1)))
                .findFirst()
                .orElseThrow(
                        () -> new IOException("no JAVA_VERSION in the release file of " + java));
    }

    private static Optional<Path> find(Path jvms) {
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(Jdk25::isJdk25)
                    .filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isJdk25(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .anyMatch(l -> l.startsWith("JAVA_VERSION=\"25"));
        } catch (IOException e) {
            return false;
        }
    }
}

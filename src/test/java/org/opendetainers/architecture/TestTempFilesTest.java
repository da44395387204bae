package org.opendetainers.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Tests make their temporary folders and files with JUnit's {@code @TempDir}, which deletes them,
 * not with {@code Files.createTempDirectory} or {@code createTempFile}, whose results stay behind
 * (a copy of {@code data-seed} did, after every run of {@code MappingsKeyTest}).
 */
@Tag("unit")
class TestTempFilesTest {

    private static final List<String> CALLS =
            List.of("createTemp" + "Directory(", "createTemp" + "File(");

    @Test
    void testsMakeTheirTemporaryFilesWithTempDir() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files =
                Stream.of("src/test/java", "src/it/java")
                        .map(Path::of)
                        .flatMap(TestTempFilesTest::walk)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (CALLS.stream().anyMatch(line::contains)) {
                        found.add(file + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertTrue(
                found.isEmpty(),
                "temporary files a test does not delete (use @TempDir):\n"
                        + String.join("\n", found));
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.opendetainers.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;

/**
 * For the tests of the import's contract ({@code @ExtendWith(DenseRelease.class)}, after {@code
 * QuarkusTest}): before each test the release of the dense fixture ({@link
 * SourceDirs#denseExtractLines}: data-seed's curated files and mappings with 1,800 dense records)
 * is current, so that an import a test makes from a copy of it is compared with a release of the
 * same size and periods; after each test the seed's release is current again ({@link
 * SeedRelease#restore}), as every other class expects. The fixture is imported once per test
 * database, next to the seed's release (it is smaller than the seed's, so that one import is
 * allowed to shrink; its records are 16 years earlier, so the two share no period).
 */
public final class DenseRelease implements BeforeEachCallback, AfterEachCallback {

    /** Where the fixture's source is written for its one import (in the build's folder). */
    private static final Path SOURCE = Path.of("target", "dense-fixture");

    private static volatile String dense;

    /** The dense fixture's release id in this JVM's test database (imports it the first time). */
    public static synchronized String id() {
        String id = dense;
        if (id == null || !SeedRelease.exists(id)) {
            SeedRelease.restore();
            try {
                deleteTree(SOURCE);
                SourceDirs.copyDense(Files.createDirectories(SOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ImportReport report =
                    Arc.container().instance(ImportService.class).get().run(SOURCE, "test", true);
            assertTrue(
                    report.status() == ImportReport.Status.published
                            || report.status() == ImportReport.Status.unchanged,
                    report.summary());
            id = report.releaseId();
            assertNotNull(id, report.summary());
            dense = id;
        }
        return id;
    }

    /**
     * Makes the dense fixture's release current, for a single test of a class that keeps the seed's
     * ({@link SeedRelease} moves the pointer back after it).
     */
    public static void makeCurrent() {
        SeedRelease.makeCurrent(id());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        makeCurrent();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SeedRelease.restore();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package org.opendetainers.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of {@link Layers} fails on a deliberate violation: the same rules, rooted at {@code
 * architecture.fixture}, a small tree of classes that break them on purpose.
 */
@Tag("unit")
class LayersViolationTest {

    private static final Layers FIXTURE = new Layers("org.opendetainers.architecture.fixture");
    private static final JavaClasses CLASSES =
            new ClassFileImporter().importPackages(FIXTURE.root());

    @Test
    void anUpwardImportBreaksTheLayers() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> FIXTURE.layers().check(CLASSES));
        assertTrue(
                e.getMessage()
                        .contains(
                                "fixture.release.PublishesUpward.reads> has type <org.opendetainers.architecture.fixture.api.Reads>"),
                e.getMessage());
    }

    @Test
    void oneEntryPointImportingAnotherBreaksTheLayers() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> FIXTURE.layers().check(CLASSES));
        assertTrue(
                e.getMessage()
                        .contains(
                                "fixture.pages.CallsAdmin.trigger> has type <org.opendetainers.architecture.fixture.admin.Trigger>"),
                e.getMessage());
    }

    @Test
    void aCycleBetweenPackagesIsFound() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> FIXTURE.noCycles().check(CLASSES));
        assertTrue(
                e.getMessage().contains("Cycle detected: Slice db -> ")
                        && e.getMessage()
                                .contains(
                                        "fixture.ingest.Reader.rows> has type <org.opendetainers.architecture.fixture.db.Rows>"),
                e.getMessage());
    }

    @Test
    void aPackageWithoutPackageInfoIsFound(@TempDir Path src) throws IOException {
        Path stated = Files.createDirectories(src.resolve("org/example/stated"));
        Files.writeString(stated.resolve("A.java"), "package org.example.stated; class A {}");
        Files.writeString(
                stated.resolve("package-info.java"), "/** Role. */ package org.example.stated;");
        Path silent = Files.createDirectories(src.resolve("org/example/silent"));
        Files.writeString(silent.resolve("B.java"), "package org.example.silent; class B {}");
        assertEquals(List.of("org.example.silent"), ArchitectureTest.packagesWithoutRole(src));
    }
}

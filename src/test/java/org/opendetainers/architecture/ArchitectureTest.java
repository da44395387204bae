package org.opendetainers.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opendetainers.architecture.Layers.RULES;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.MainClasses;

/**
 * The packages' one-way order ({@link Layers}), checked on the compiled production classes. {@link
 * LayersViolationTest} shows that each rule fails on a deliberate violation.
 */
@Tag("unit")
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = MainClasses.get().that(resideInAPackage(RULES.root() + ".."));
    }

    @Test
    void dependenciesFollowTheLayers() {
        RULES.layers().check(production);
    }

    @Test
    void noCyclesBetweenPackages() {
        RULES.noCycles().check(production);
    }

    /** Every package states its role and what it may import, in its package-info.java. */
    @Test
    void everyPackageStatesItsRole() throws IOException {
        assertEquals(
                List.of(),
                packagesWithoutRole(Path.of("src/main/java")),
                "packages without a package-info.java");
    }

    /** The packages under {@code sourceRoot} that hold classes but no package-info.java. */
    static List<String> packagesWithoutRole(Path sourceRoot) throws IOException {
        try (Stream<Path> dirs = Files.walk(sourceRoot)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
                    .map(d -> sourceRoot.relativize(d).toString().replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(
                    f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

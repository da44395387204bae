package org.opendetainers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every test class is in exactly one tier (docs/testing.md): a {@code @QuarkusTest}, a plain class
 * tagged {@code unit} (no Quarkus, no database: {@code ./mvnw test -Punit}), a plain class tagged
 * {@code database} (it starts a database of its own, so it runs with the {@code @QuarkusTest}
 * tier), or an integration test on the packaged jar ({@code *IT}). A plain test class without a tag
 * would run in no tier but the full build. A {@code @QuarkusTest} that drives Chromium is tagged
 * {@code browser}, and one that runs under a test profile of its own (another start of the
 * application, to test how the service follows its settings: limits, the admin API switched off) is
 * tagged {@code settings}, so that CI's second pass can leave them out.
 */
@Tag("unit")
class TestTiersTest {

    private static final String QUARKUS_TEST = "io.quarkus.test.junit.QuarkusTest";

    private static final String TEST_PROFILE = "io.quarkus.test.junit.TestProfile";

    /** The class of the pages' Chromium, as a test class file names it. */
    private static final String BROWSER = "org/opendetainers/pages/Browser";

    private static final Set<String> TEST_ANNOTATIONS =
            Set.of(
                    "org.junit.jupiter.api.Test",
                    "org.junit.jupiter.params.ParameterizedTest",
                    "org.junit.jupiter.api.RepeatedTest",
                    "org.junit.jupiter.api.TestFactory");

    @Test
    void everyTestClassIsInOneTier() throws Exception {
        Path root = Path.of("target/test-classes");
        List<String> wrong = new ArrayList<>();
        int unit = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("org/opendetainers"))) {
            files =
                    walk.filter(
                                    p ->
                                            p.toString().endsWith(".class")
                                                    && !p.getFileName().toString().contains("$"))
                            .toList();
        }
        for (Path file : files) {
            String name =
                    root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            if (name.startsWith("org.opendetainers.client.")
                    || name.contains(".fixture.")
                    || name.endsWith("IT")) {
                continue;
            }
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            boolean hasTests =
                    Arrays.stream(c.getDeclaredMethods())
                            .anyMatch(
                                    m ->
                                            Arrays.stream(m.getAnnotations())
                                                    .anyMatch(
                                                            a ->
                                                                    TEST_ANNOTATIONS.contains(
                                                                            a.annotationType()
                                                                                    .getName())));
            if (!hasTests) {
                continue;
            }
            // read from the class file: in the unit tier Quarkus' JUnit classes are not on the
            // class path,
            // and reflection leaves out an annotation whose class is missing
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            boolean quarkus = bytes.contains("L" + QUARKUS_TEST.replace('.', '/') + ";");
            Tag tagged = c.getAnnotation(Tag.class);
            String tag = tagged == null ? null : tagged.value();
            boolean profile = bytes.contains("L" + TEST_PROFILE.replace('.', '/') + ";");
            if (quarkus && bytes.contains(BROWSER) && !"browser".equals(tag)) {
                wrong.add(name + ": drives Chromium (" + BROWSER + ") without @Tag(\"browser\")");
            } else if (quarkus && profile != "settings".equals(tag)) {
                wrong.add(
                        name
                                + (profile
                                        ? ": runs under a test profile of its own without @Tag(\"settings\")"
                                        : ": tagged settings without a test profile of its own"));
            } else if (quarkus
                    && tag != null
                    && !"browser".equals(tag)
                    && !"settings".equals(tag)) {
                // "browser" marks the @QuarkusTest classes that drive Chromium (CI's second
                // pass leaves them out); any other tag would move a class out of its tier
                wrong.add(name + ": a @QuarkusTest tagged " + tag);
            } else if (!quarkus && !"unit".equals(tag) && !"database".equals(tag)) {
                wrong.add(
                        name
                                + ": a plain test class needs @Tag(\"unit\") (or \"database\" when it starts one)");
            }
            unit += "unit".equals(tag) ? 1 : 0;
        }
        assertEquals(List.of(), wrong);
        assertTrue(unit > 20, unit + " unit test classes found in " + root.toAbsolutePath());
    }
}

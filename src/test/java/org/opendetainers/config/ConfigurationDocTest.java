package org.opendetainers.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.MainClasses;

/**
 * Every setting of the service is documented in {@code docs/configuration.md}: each property of
 * every {@code @ConfigMapping} interface (found in the compiled classes, names as SmallRye derives
 * them: kebab case, nested groups as a path), each {@code @ConfigProperty}, and each {@code
 * ${opendetainers.…}} expression of the sources, must appear in the first column of one of its
 * tables.
 */
@Tag("unit")
class ConfigurationDocTest {

    static final Path DOC = Path.of("docs/configuration.md");
    private static final Pattern EXPRESSION =
            Pattern.compile("\\$\\{(opendetainers\\.[a-z0-9.-]+)");

    @Test
    void everyPropertyIsDocumented() throws IOException {
        Set<String> documented = documented(Files.readString(DOC));
        List<String> missing = new ArrayList<>();
        for (String property : properties()) {
            if (!documented.contains(property)) {
                missing.add(property);
            }
        }
        assertTrue(
                missing.isEmpty(),
                "not documented in " + DOC + " (add a row to its table): " + missing);
    }

    /**
     * Reading the table: a cell of the first column, e.g. {@code `a.b.c` / `d`}, documents a.b.c
     * and a.b.d.
     */
    @Test
    void theTableIsReadAsItIsWritten() {
        assertTrue(
                documented("| `opendetainers.api.default-limit` / `max-limit` | `100` |\n")
                        .containsAll(
                                List.of(
                                        "opendetainers.api.default-limit",
                                        "opendetainers.api.max-limit")));
        assertTrue(
                documented("| `quarkus.datasource.jdbc.url`, `.username` | — |\n")
                        .contains("quarkus.datasource.jdbc.username"));
        assertTrue(
                !documented("| `a.b` | `opendetainers.api.x` is named in another column |\n")
                        .contains("opendetainers.api.x"));
    }

    /** The properties the code reads. */
    static Set<String> properties() throws IOException {
        Set<String> properties = new TreeSet<>();
        for (JavaClass c : MainClasses.get()) {
            if (c.isAnnotatedWith(ConfigMapping.class)) {
                Class<?> mapping = c.reflect();
                mapping(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, properties);
            }
            c.getFields().stream()
                    .filter(f -> f.isAnnotatedWith(ConfigProperty.class))
                    .forEach(
                            f ->
                                    properties.add(
                                            f.getAnnotationOfType(ConfigProperty.class).name()));
            c.getConstructors()
                    .forEach(
                            k ->
                                    k.getParameters().stream()
                                            .filter(p -> p.isAnnotatedWith(ConfigProperty.class))
                                            .forEach(
                                                    p ->
                                                            properties.add(
                                                                    p.getAnnotationOfType(
                                                                                    ConfigProperty
                                                                                            .class)
                                                                            .name())));
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EXPRESSION.matcher(Files.readString(source));
                while (m.find()) {
                    properties.add(m.group(1));
                }
            }
        }
        assertTrue(
                properties.size() > 20,
                "found too few properties, is the scan broken? " + properties);
        return properties;
    }

    private static void mapping(String prefix, Class<?> type, Set<String> properties) {
        for (Method m : type.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0) {
                continue;
            }
            String name =
                    m.isAnnotationPresent(WithName.class)
                            ? m.getAnnotation(WithName.class).value()
                            : kebab(m.getName());
            String path =
                    m.isAnnotationPresent(WithParentName.class) ? prefix : prefix + "." + name;
            Class<?> returned = m.getReturnType();
            if (returned.isInterface() && returned.getName().startsWith("org.opendetainers.")) {
                mapping(path, returned, properties);
            } else {
                properties.add(path);
            }
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * The names in the first column of the tables: the first in full, the next ones relative to it
     * (its last part replaced).
     */
    static Set<String> documented(String markdown) {
        Set<String> names = new TreeSet<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String cell = line.substring(1, line.indexOf('|', 1));
            Matcher m = code.matcher(cell);
            String first = null;
            while (m.find()) {
                String name = m.group(1).trim();
                if (first == null) {
                    first = name;
                    names.add(name);
                } else {
                    String parent =
                            first.contains(".")
                                    ? first.substring(0, first.lastIndexOf('.') + 1)
                                    : "";
                    names.add(parent + name.replaceFirst("^\\.", ""));
                }
            }
        }
        return names;
    }
}

package org.opendetainers.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its simple name and imports it; a fully-qualified name in code (outside
 * imports, comments and strings) is allowed only where the file declares a type of the same simple
 * name, which would hide the import (the nested {@code Page} records of the views).
 */
@Tag("unit")
class ImportedNamesTest {

    private static final Pattern FULL_NAME =
            Pattern.compile(
                    "(?<![\\w.\"])((?:java|javax|jakarta|org|io|com|net)(?:\\.[a-z_][a-z0-9_]*)+)\\.([A-Z]\\w*)");
    private static final Pattern DECLARED =
            Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");

    @Test
    void theSourcesImportTheNamesTheyUse() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "src/it/java", "bench")) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String v : violations(Files.readString(file))) {
                        found.add(file + ": " + v);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aFullNameInCodeIsFoundAndOneInACommentOrStringIsNot() {
        String source =
                """
                package x;
                /** See {@link java.util.List}. */
                class A {
                    // java.util.Map is fine here
                    String s = "java.util.Set";
                    java.util.List<String> names;
                    record Page(org.example.Page page) {}
                }
                """;
        assertEquals(List.of("6: java.util.List"), violations(source));
    }

    static List<String> violations(String source) {
        Set<String> declared = new HashSet<>();
        Matcher d = DECLARED.matcher(source);
        while (d.find()) {
            declared.add(d.group(1));
        }
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        boolean inComment = false;
        boolean inTextBlock = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.contains("\"\"\"")) {
                // a line that opens or closes a text block (an odd number of delimiters)
                if (line.split("\"\"\"", -1).length % 2 == 0) {
                    inTextBlock = !inTextBlock;
                }
                continue;
            }
            if (inTextBlock) {
                continue;
            }
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("*")
                    || line.startsWith("//")
                    || line.startsWith("import ")
                    || line.startsWith("package ")) {
                continue;
            }
            int comment = line.indexOf("//");
            String code =
                    STRING.matcher(comment < 0 ? line : line.substring(0, comment))
                            .replaceAll("\"\"");
            Matcher m = FULL_NAME.matcher(code);
            while (m.find()) {
                if (!declared.contains(m.group(2))) {
                    found.add((i + 1) + ": " + m.group(0));
                }
            }
        }
        return found;
    }
}

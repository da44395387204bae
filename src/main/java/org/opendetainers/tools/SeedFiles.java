package org.opendetainers.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Writing the converters' rows into {@code data-seed/} files: one CSV convention for all. */
final class SeedFiles {

    /** A row's cells in the order of {@code columns}; the row must name exactly those columns. */
    static String row(List<String> columns, Map<String, Object> values) {
        if (!values.keySet().equals(new LinkedHashSet<>(columns))) {
            throw new IllegalStateException(
                    "columns " + values.keySet() + " differ from " + columns);
        }
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
            cells.add(csv(values.get(c)));
        }
        return String.join(",", cells);
    }

    /** Writes a whole file: the header, then the rows. */
    static void write(Path path, List<String> columns, List<Map<String, Object>> rows)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(String.join(",", columns) + "\n");
            for (Map<String, Object> r : rows) {
                w.write(row(columns, r) + "\n");
            }
        }
    }

    /**
     * Replaces the rows of sources.csv whose id starts with {@code prefix} by {@code rows}, keeping
     * every other row where it is (the new rows go where the first old one was, else at the end).
     */
    static void replaceSources(
            Path path, List<String> columns, String prefix, List<Map<String, Object>> rows)
            throws IOException {
        List<String> out = new ArrayList<>();
        int at = -1;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.startsWith(prefix)) {
                at = at < 0 ? out.size() : at;
            } else {
                out.add(line);
            }
        }
        List<String> fresh = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            fresh.add(row(columns, r));
        }
        out.addAll(at < 0 ? out.size() : at, fresh);
        Files.write(path, out, StandardCharsets.UTF_8);
    }

    /** One RFC 4180 cell: blank for null, quoted when it holds a comma, quote or newline. */
    static String csv(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private SeedFiles() {}
}

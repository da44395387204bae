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

/**
 * Lines of the curated CSV files that the converters write: a row from its values by column name
 * (which must be exactly the file's columns), and the problems file of a converter.
 */
final class CuratedCsv {

    /** The header of a converter's problems file. */
    static final String PROBLEMS_HEADER = "file,row,column,value,reason";

    /** One line (no line end) of the values {@code v}, in the order of {@code columns}. */
    static String line(Map<String, Object> v, List<String> columns) {
        if (!v.keySet().equals(new LinkedHashSet<>(columns))) {
            throw new IllegalStateException("columns differ from " + columns);
        }
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
            cells.add(csv(v.get(c)));
        }
        return String.join(",", cells);
    }

    /**
     * A problems file: its header, then one line per problem (file, row, column, value, reason).
     */
    static void writeProblems(Path path, List<List<Object>> problems) throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(PROBLEMS_HEADER + "\n");
            for (List<Object> p : problems) {
                List<String> cells = new ArrayList<>();
                p.forEach(cell -> cells.add(csv(cell)));
                w.write(String.join(",", cells) + "\n");
            }
        }
    }

    /** A whole file: the header, then one line per row of values by column name. */
    static void write(Path path, List<String> columns, List<Map<String, Object>> rows)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(String.join(",", columns) + "\n");
            for (Map<String, Object> r : rows) {
                w.write(line(r, columns) + "\n");
            }
        }
    }

    /**
     * Replaces the lines of a curated file (sources.csv) whose id starts with {@code prefix} by
     * {@code fresh}, keeping every other line where it is: the new lines go where the first old one
     * was, else at the end. Converting again thus leaves the file as it was.
     */
    static void replaceLines(Path path, String prefix, List<String> fresh) throws IOException {
        List<String> out = new ArrayList<>();
        int at = -1;
        for (String l : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (l.startsWith(prefix)) {
                at = at < 0 ? out.size() : at;
            } else {
                out.add(l);
            }
        }
        out.addAll(at < 0 ? out.size() : at, fresh);
        Files.write(path, out, StandardCharsets.UTF_8);
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line end; null is empty. */
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

    private CuratedCsv() {}
}

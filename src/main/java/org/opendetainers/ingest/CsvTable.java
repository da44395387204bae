package org.opendetainers.ingest;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams the rows of one RFC 4180 CSV file, each with the line it starts on, checking the header
 * against the columns the file must have. Bytes that are not UTF-8 are a problem of the file,
 * reported with the line where decoding stopped.
 */
public final class CsvTable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTable() {}

    /** A data row: its line in the file and its cells by column name (trimmed, blank → null). */
    public record Line(long line, Map<String, String> cells) {}

    /**
     * Reads {@code in} as the file {@code file}, reporting problems to {@code problems}. Columns
     * not in {@code columns} are a problem (a misspelled column would otherwise be silently lost);
     * a missing column rejects the file without reading its rows.
     */
    public static void read(
            String file,
            InputStream in,
            List<String> columns,
            ImportProblems problems,
            Consumer<Line> rows) {
        read(file, in, columns, Set.of(), problems, rows);
    }

    /**
     * As {@link #read(String, InputStream, List, ImportProblems, Consumer)}, where the columns in
     * {@code optional} may be absent (columns added to a file later: an absent one reads as blank).
     */
    public static void read(
            String file,
            InputStream in,
            List<String> columns,
            Set<String> optional,
            ImportProblems problems,
            Consumer<Line> rows) {
        read(file, in, columns, optional, false, problems, rows);
    }

    /**
     * Reads a file that other readers read too, by column name: only the columns in {@code needed}
     * must be there, and any other column is allowed (and handed over, unchecked).
     */
    public static void readColumns(
            String file,
            InputStream in,
            List<String> needed,
            ImportProblems problems,
            Consumer<Line> rows) {
        read(file, in, needed, Set.of(), true, problems, rows);
    }

    private static void read(
            String file,
            InputStream in,
            List<String> columns,
            Set<String> optional,
            boolean othersAllowed,
            ImportProblems problems,
            Consumer<Line> rows) {
        Reader reader =
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT));
        long line = 0;
        try (CsvParser parser = MAPPER.getFactory().createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema());
            List<String> header = null;
            CsvRecords records = new CsvRecords(parser);
            List<String> cells = new ArrayList<>();
            while (records.next(cells)) {
                line = records.line();
                if (header == null) {
                    header = header(file, line, cells, columns, optional, othersAllowed, problems);
                    if (header == null) {
                        return;
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    problems.add(
                            file,
                            line,
                            null,
                            "expected " + header.size() + " fields, found " + cells.size());
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = cells.get(i).strip();
                    byName.put(header.get(i), value.isEmpty() ? null : value);
                }
                rows.accept(new Line(line, byName));
            }
            if (header == null) {
                problems.add(file, 0, null, "the file is empty: a header row is required");
            }
        } catch (CharacterCodingException e) {
            problems.add(
                    file,
                    Math.max(line, 1),
                    null,
                    "the file is not valid UTF-8 (after line " + line + ")");
        } catch (IOException e) {
            problems.add(
                    file,
                    Math.max(line, 1),
                    null,
                    "not readable as CSV: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static List<String> header(
            String file,
            long line,
            List<String> cells,
            List<String> columns,
            Set<String> optional,
            boolean othersAllowed,
            ImportProblems problems) {
        List<String> header = new ArrayList<>();
        for (String cell : cells) {
            String name = cell.strip();
            if (!name.isEmpty() && name.charAt(0) == '\uFEFF') {
                name = name.substring(1);
            }
            header.add(name);
        }
        boolean ok = true;
        for (String required : columns) {
            if (!header.contains(required) && !optional.contains(required)) {
                problems.add(file, line, required, "missing column '" + required + "'");
                ok = false;
            }
        }
        for (String name : header) {
            if (!othersAllowed && !columns.contains(name)) {
                problems.add(
                        file,
                        line,
                        name,
                        "unknown column '"
                                + name
                                + "' (expected: "
                                + String.join(", ", columns)
                                + ")");
                ok = false;
            }
        }
        return ok ? header : null;
    }
}

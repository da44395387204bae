package org.opendetainers.representation;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes rows of a representation as RFC 4180 CSV (CRLF line ends, header row), with the same field
 * names as the JSON: nested objects become dotted columns ({@code provisions.max_hold_hours}),
 * lists are joined with {@code ;}, and null is an empty field.
 *
 * <p>The API's CSV answers and the bulk downloads ({@link org.opendetainers.catalog}) are both
 * written here, and the downloads' Table Schemas are built from the same {@link #columns}, so the
 * three cannot drift apart.
 */
@ApplicationScoped
public class TableWriter {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final ObjectMapper json;
    private final Map<Class<?>, List<Column>> columns = new ConcurrentHashMap<>();

    public TableWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One CSV column of a representation: its path in the JSON object, its Java type, and the
     * record component (or accessor) it comes from, whose annotations describe it.
     */
    public record Column(List<String> path, JavaType type, AnnotatedMember member) {
        public String name() {
            return String.join(".", path);
        }
    }

    /**
     * The CSV columns of a representation, in its JSON property order, nested records flattened.
     */
    public List<Column> columns(Class<?> type) {
        return columns.computeIfAbsent(type, t -> paths(json.constructType(t), List.of()));
    }

    public String csv(Class<?> type, List<?> rows) {
        return write(columns(type).stream().map(Column::path).toList(), rows);
    }

    /** CSV of rows (records or maps) with the given top-level columns, in that order. */
    public String csv(List<String> columnNames, List<?> rows) {
        return write(columnNames.stream().map(List::of).toList(), rows);
    }

    /** A CSV writer of rows of {@code type} onto {@code out}; writes the header row at once. */
    public Rows rows(Class<?> type, Writer out) {
        return new Rows(columns(type).stream().map(Column::path).toList(), out);
    }

    /** A CSV writer of rows with the given top-level columns onto {@code out}. */
    public Rows rows(List<String> columnNames, Writer out) {
        return new Rows(columnNames.stream().map(List::of).toList(), out);
    }

    /** Writes CSV rows one at a time, holding none of them. */
    public final class Rows implements AutoCloseable {
        private final List<List<String>> paths;
        private final SequenceWriter writer;

        private Rows(List<List<String>> paths, Writer out) {
            this.paths = paths;
            try {
                this.writer = CSV.writerFor(String[].class).with(SCHEMA).writeValues(out);
                writer.write(paths.stream().map(p -> String.join(".", p)).toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes a row given as its cells' text, in column order (null for an empty field): the
         * fast path for large tables, whose callers produce the text {@link #write(Object)} would.
         */
        public void writeCells(String[] cells) {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    cells[i] = "";
                }
            }
            try {
                writer.write(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void write(Object row) {
            JsonNode node = json.valueToTree(row);
            String[] cells = new String[paths.size()];
            for (int i = 0; i < cells.length; i++) {
                // an empty field, never a dropped one: Jackson's CSV writer skips null array
                // elements
                String cell = cell(node, paths.get(i));
                cells[i] = cell == null ? "" : cell;
            }
            try {
                writer.write(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Flushes the rows written; the underlying writer stays open. */
        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String write(List<List<String>> paths, List<?> rows) {
        StringWriter out = new StringWriter();
        try (Rows writer = new Rows(paths, out)) {
            rows.forEach(writer::write);
        }
        return out.toString();
    }

    /** Column paths of a type, in its JSON property order, descending into nested records. */
    private List<Column> paths(JavaType type, List<String> prefix) {
        BeanDescription description = json.getSerializationConfig().introspect(type);
        List<Column> paths = new ArrayList<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(property.getName());
            JavaType propertyType = property.getPrimaryType();
            if (propertyType.getRawClass().isRecord()) {
                paths.addAll(paths(propertyType, path));
            } else {
                paths.add(new Column(List.copyOf(path), propertyType, property.getPrimaryMember()));
            }
        }
        return paths;
    }

    private static String cell(JsonNode row, List<String> path) {
        JsonNode node = row;
        for (String name : path) {
            node = node == null ? null : node.get(name);
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            return String.join(";", items);
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}

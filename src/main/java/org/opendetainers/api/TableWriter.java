package org.opendetainers.api;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes rows of a representation as RFC 4180 CSV (CRLF line ends, header row), with the same
 * field names as the JSON: nested objects become dotted columns ({@code provisions.max_hold_hours}),
 * lists are joined with {@code ;}, and null is an empty field.
 */
@ApplicationScoped
public class TableWriter {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final ObjectMapper json;
    private final Map<Class<?>, List<List<String>>> columns = new ConcurrentHashMap<>();

    public TableWriter(ObjectMapper json) {
        this.json = json;
    }

    public String csv(Class<?> type, List<?> rows) {
        return write(columns.computeIfAbsent(type, t -> paths(json.constructType(t), List.of())), rows);
    }

    /** CSV of rows (records or maps) with the given top-level columns, in that order. */
    public String csv(List<String> columnNames, List<?> rows) {
        return write(columnNames.stream().map(List::of).toList(), rows);
    }

    private String write(List<List<String>> paths, List<?> rows) {
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            writer.write(paths.stream().map(p -> String.join(".", p)).toArray(String[]::new));
            for (Object row : rows) {
                JsonNode node = json.valueToTree(row);
                String[] cells = new String[paths.size()];
                for (int i = 0; i < cells.length; i++) {
                    // an empty field, never a dropped one: Jackson's CSV writer skips null array elements
                    String cell = cell(node, paths.get(i));
                    cells[i] = cell == null ? "" : cell;
                }
                writer.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Column paths of a type, in its JSON property order, descending into nested records. */
    private List<List<String>> paths(JavaType type, List<String> prefix) {
        BeanDescription description = json.getSerializationConfig().introspect(type);
        List<List<String>> paths = new ArrayList<>();
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
                paths.add(List.copyOf(path));
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

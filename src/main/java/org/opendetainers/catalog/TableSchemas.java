package org.opendetainers.catalog;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.representation.TableWriter;

/**
 * Frictionless Table Schemas (https://specs.frictionlessdata.io/table-schema/) of the CSV files,
 * built from the same columns {@link TableWriter} writes: names, types, descriptions (the
 * representation's OpenAPI descriptions), constraints, primary and foreign keys.
 */
final class TableSchemas {

    private TableSchemas() {}

    /** A foreign key: {@code field} holds an {@code id} of data set {@code resource}. */
    record ForeignKey(String field, String resource) {}

    static ObjectNode of(
            ObjectMapper json,
            List<TableWriter.Column> columns,
            List<String> primaryKey,
            List<ForeignKey> foreignKeys) {
        ObjectNode schema = json.createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        for (TableWriter.Column column : columns) {
            fields.add(field(json, column, primaryKey.contains(column.name())));
        }
        ArrayNode pk = schema.putArray("primaryKey");
        primaryKey.forEach(pk::add);
        if (!foreignKeys.isEmpty()) {
            ArrayNode fks = schema.putArray("foreignKeys");
            for (ForeignKey fk : foreignKeys) {
                ObjectNode node = fks.addObject();
                node.put("fields", fk.field());
                node.putObject("reference").put("resource", fk.resource()).put("fields", "id");
            }
        }
        // the CSV writes null as an empty field
        schema.putArray("missingValues").add("");
        return schema;
    }

    private static ObjectNode field(
            ObjectMapper json, TableWriter.Column column, boolean inPrimaryKey) {
        Schema annotation =
                column.member() == null ? null : column.member().getAnnotation(Schema.class);
        JavaType type = column.type();
        Class<?> raw = type.getRawClass();
        ObjectNode field = json.createObjectNode();
        field.put("name", column.name());
        String description = annotation == null ? "" : annotation.description();
        ObjectNode constraints = json.createObjectNode();
        if (raw == LocalDate.class) {
            field.put("type", "date");
        } else if (raw == OffsetDateTime.class) {
            field.put("type", "datetime");
        } else if (raw == long.class
                || raw == Long.class
                || raw == int.class
                || raw == Integer.class) {
            field.put("type", "integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            field.put("type", "boolean");
            field.putArray("trueValues").add("true");
            field.putArray("falseValues").add("false");
        } else if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            field.put("type", "number");
        } else if (type.isCollectionLikeType() || raw.isArray()) {
            field.put("type", "string");
            description +=
                    (description.isEmpty() ? "" : " ")
                            + "In CSV, the values are separated by \";\"; an empty field is an empty list.";
        } else {
            field.put("type", "string");
            if (raw.isEnum()) {
                ArrayNode values = constraints.putArray("enum");
                Arrays.stream(raw.getEnumConstants()).map(Object::toString).forEach(values::add);
            }
        }
        if (!description.isEmpty()) {
            field.put("description", description);
        }
        boolean nullable = annotation != null && annotation.nullable();
        boolean list = type.isCollectionLikeType() || raw.isArray();
        if (inPrimaryKey || (!nullable && !list)) {
            constraints.put("required", true);
        }
        if (annotation != null && annotation.examples().length > 0 && !list) {
            String example = annotation.examples()[0];
            String fieldType = field.get("type").asText();
            if (fieldType.equals("integer") && example.matches("-?\\d{1,18}")) {
                field.put("example", Long.parseLong(example));
            } else if (fieldType.equals("boolean") && example.matches("true|false")) {
                field.put("example", Boolean.parseBoolean(example));
            } else {
                field.put("example", example);
            }
        }
        if (!constraints.isEmpty()) {
            field.set("constraints", constraints);
        }
        return field;
    }
}

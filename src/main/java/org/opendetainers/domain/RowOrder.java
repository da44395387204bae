package org.opendetainers.domain;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order of a list of published rows, declared once on its entity ({@link Figure#ORDER}, {@link
 * Policy#ORDER}, {@link ReleaseScoped#BY_ID}) and read by every place that lists them: the API's
 * query (JPQL, by property) and the data set's download (SQL, by column), so a page and a file list
 * the rows the same way.
 *
 * @param entity the entity whose fields are named
 * @param properties its fields, most significant first, each ascending (nulls last, PostgreSQL's
 *     default)
 */
public record RowOrder(Class<?> entity, List<String> properties) {

    public RowOrder {
        properties = List.copyOf(properties);
        for (String p : properties) {
            field(entity, p);
        }
    }

    public static RowOrder of(Class<?> entity, String... properties) {
        return new RowOrder(entity, List.of(properties));
    }

    /** The properties, for a JPQL {@code order by} (or Panache's {@code Sort}). */
    public String jpql() {
        return String.join(", ", properties);
    }

    /** The columns of the properties, for an SQL {@code order by}. */
    public String sql() {
        return properties.stream()
                .map(
                        p -> {
                            Column column = field(entity, p).getAnnotation(Column.class);
                            return column == null || column.name().isEmpty() ? p : column.name();
                        })
                .collect(Collectors.joining(", "));
    }

    /**
     * The field, declared by the entity or a superclass (Panache makes the public fields of an
     * entity private).
     */
    private static Field field(Class<?> entity, String property) {
        for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(property);
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            }
        }
        throw new IllegalArgumentException(entity.getSimpleName() + " has no field " + property);
    }
}

package org.opendetainers.anonymize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A published cross-tabulation: a time granularity by zero, one or two dimensions.
 *
 * <p>{@code dimensions} are in the canonical order of {@link Dimension}. The id is the granularity
 * followed by the dimensions, joined with two underscores, or by {@code total} when there is no
 * dimension: {@code month__total}, {@code year__aor}, {@code year__aor__outcome}. Create tables
 * with {@link #of}; the canonical constructor only accepts canonical arguments.
 *
 * @param id the table id, as described above
 * @param granularity the time granularity
 * @param dimensions 0, 1 or 2 distinct dimension names, in canonical order
 */
public record StatTable(String id, Granularity granularity, List<String> dimensions) {

    /** The separator between the parts of an id. */
    public static final String SEPARATOR = "__";

    /** The id part standing for "no dimension". */
    public static final String TOTAL = "total";

    /** The most dimensions a table may have. */
    public static final int MAX_DIMENSIONS = 2;

    /**
     * Validates a table.
     *
     * @throws IllegalArgumentException if a dimension is unknown or repeated, there are more than
     *     {@value #MAX_DIMENSIONS}, they are not in canonical order, or {@code id} is not the id of
     *     the granularity and dimensions
     */
    public StatTable {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(dimensions, "dimensions");
        dimensions = List.copyOf(dimensions);
        List<String> canonical = canonical(dimensions);
        if (!canonical.equals(dimensions)) {
            throw new IllegalArgumentException(
                    "dimensions " + dimensions + " are not in canonical order " + canonical);
        }
        String expected = idOf(granularity, dimensions);
        if (!expected.equals(id)) {
            throw new IllegalArgumentException(
                    "table id '" + id + "' should be '" + expected + "'");
        }
    }

    /**
     * The table of {@code granularity} by {@code dimensions}, given in any order.
     *
     * @throws IllegalArgumentException if a dimension is unknown or repeated, or there are more
     *     than {@value #MAX_DIMENSIONS}
     */
    public static StatTable of(Granularity granularity, List<String> dimensions) {
        Objects.requireNonNull(granularity, "granularity");
        List<String> dims = canonical(dimensions);
        return new StatTable(idOf(granularity, dims), granularity, dims);
    }

    /**
     * The table with the given id, the inverse of {@link #id()}.
     *
     * @throws IllegalArgumentException if {@code id} is not a valid table id
     */
    public static StatTable fromId(String id) {
        Objects.requireNonNull(id, "id");
        String[] parts = id.split(SEPARATOR, -1);
        Granularity g = Granularity.parse(parts[0]);
        List<String> dims =
                parts.length == 2 && parts[1].equals(TOTAL)
                        ? List.of()
                        : List.of(parts).subList(1, parts.length);
        if (dims.isEmpty() && parts.length != 2) {
            throw new IllegalArgumentException(
                    "table id '" + id + "' has no dimensions and no '" + TOTAL + "'");
        }
        return new StatTable(id, g, dims);
    }

    /** The number of dimensions, 0, 1 or 2. */
    public int arity() {
        return dimensions.size();
    }

    @Override
    public String toString() {
        return id;
    }

    private static String idOf(Granularity granularity, List<String> dims) {
        return granularity.name()
                + SEPARATOR
                + (dims.isEmpty() ? TOTAL : String.join(SEPARATOR, dims));
    }

    private static List<String> canonical(List<String> dimensions) {
        Objects.requireNonNull(dimensions, "dimensions");
        if (dimensions.size() > MAX_DIMENSIONS) {
            throw new IllegalArgumentException(
                    "at most " + MAX_DIMENSIONS + " dimensions, got " + dimensions);
        }
        List<String> all = Dimension.NAMES;
        for (String d : dimensions) {
            if (!all.contains(d)) {
                throw new IllegalArgumentException(
                        "unknown dimension '" + d + "'; allowed: " + String.join(", ", all));
            }
        }
        if (new HashSet<>(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("repeated dimension in " + dimensions);
        }
        List<String> sorted = new ArrayList<>(dimensions);
        sorted.sort(Comparator.comparingInt(all::indexOf));
        return List.copyOf(sorted);
    }
}

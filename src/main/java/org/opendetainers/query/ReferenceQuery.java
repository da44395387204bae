package org.opendetainers.query;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Listings of a release's reference data (jurisdictions, agencies, measures, sources), answered
 * from memory ({@link Reference}): the rows are kept in the database's order by id, and a page
 * starts after the row whose id the cursor names.
 */
public final class ReferenceQuery {

    private ReferenceQuery() {}

    /**
     * The rows that pass {@code filter}, after the row with id {@code afterId} (null: from the
     * first), at most {@code max}.
     */
    public static <T> List<T> page(
            List<T> rows, Function<T, String> id, Predicate<T> filter, String afterId, int max) {
        int start = 0;
        if (afterId != null) {
            start = rows.size();
            for (int i = 0; i < rows.size(); i++) {
                if (id.apply(rows.get(i)).equals(afterId)) {
                    start = i + 1;
                    break;
                }
                if (id.apply(rows.get(i)).compareTo(afterId) > 0) {
                    // an id no row has (a hand-made cursor): continue from the first id after it
                    start = i;
                    break;
                }
            }
        }
        return rows.subList(start, rows.size()).stream().filter(filter).limit(max).toList();
    }

    /** A filter on one field that passes everything when {@code value} is null. */
    public static <T> Predicate<T> equal(Function<T, ?> field, Object value) {
        return row -> value == null || value.equals(field.apply(row));
    }
}

package org.opendetainers.query;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendetainers.domain.RowOrder;

/** The where clause and order of a query over the rows of one release (JPQL, for Panache). */
public final class PublishedRows {

    private PublishedRows() {}

    /** A query's where clause, built from optional filters. */
    public static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Parameters params = new Parameters();

        public Where(String release) {
            conditions.add("releaseId = :release");
            params.and("release", release);
        }

        /** Adds {@code condition} with its named parameter when {@code value} is not null. */
        public Where and(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.and(name, value);
            }
            return this;
        }

        public Where and(String condition, Map<String, Object> values) {
            conditions.add(condition);
            values.forEach(params::and);
            return this;
        }

        public String query() {
            return String.join(" and ", conditions);
        }

        public Parameters params() {
            return params;
        }
    }

    /** Panache's sort for a list's declared order. */
    public static Sort by(RowOrder order) {
        List<String> properties = order.properties();
        Sort sort = Sort.by(properties.get(0));
        for (int i = 1; i < properties.size(); i++) {
            sort = sort.and(properties.get(i));
        }
        return sort;
    }
}

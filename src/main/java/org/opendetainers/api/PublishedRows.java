package org.opendetainers.api;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Queries over the rows of one release. */
@ApplicationScoped
public class PublishedRows {

    private final EntityManager em;

    public PublishedRows(EntityManager em) {
        this.em = em;
    }

    /** Ids of an entity's rows in a release, to check filter values against. */
    public Set<String> ids(Class<?> entity, String release) {
        return new TreeSet<>(em.createQuery("select e.id from " + entity.getSimpleName() + " e where e.releaseId = :r", String.class)
                .setParameter("r", release).getResultList());
    }

    /** All rows of an entity in a release, by id (reference tables: jurisdictions, agencies, measures, sources). */
    public <T> List<T> all(Class<T> entity, String release) {
        return em.createQuery("select e from " + entity.getSimpleName() + " e where e.releaseId = :r order by e.id", entity)
                .setParameter("r", release).getResultList();
    }

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

    public static Sort by(String... columns) {
        Sort sort = Sort.by(columns[0]);
        for (int i = 1; i < columns.length; i++) {
            sort = sort.and(columns[i]);
        }
        return sort;
    }
}

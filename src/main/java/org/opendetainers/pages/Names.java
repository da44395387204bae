package org.opendetainers.pages;

import jakarta.enterprise.context.ApplicationScoped;
import org.opendetainers.api.PublishedRows;
import org.opendetainers.representation.AgencyView;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.MeasureView;
import org.opendetainers.representation.SourceView;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.Measure;
import org.opendetainers.domain.Release;
import org.opendetainers.domain.Source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The reference rows of a release (jurisdictions, agencies, measures, sources) as the API describes them, by id. */
@ApplicationScoped
public class Names {

    private final PublishedRows rows;

    public Names(PublishedRows rows) {
        this.rows = rows;
    }

    /** The reference rows of one release. */
    public record Of(Map<String, JurisdictionView> jurisdictions, Map<String, AgencyView> agencies,
                     Map<String, MeasureView> measures, Map<String, SourceView> sources) {

        public String jurisdiction(String id) {
            JurisdictionView j = id == null ? null : jurisdictions.get(id);
            return j == null ? id : j.name();
        }

        public String agency(String id) {
            AgencyView a = id == null ? null : agencies.get(id);
            return a == null ? id : a.name();
        }

        public String measure(String id) {
            MeasureView m = id == null ? null : measures.get(id);
            return m == null ? id : m.name();
        }

        public SourceView source(String id) {
            return id == null ? null : sources.get(id);
        }
    }

    public Of of(Release release) {
        return new Of(byId(rows.all(Jurisdiction.class, release.id), JurisdictionView::of, JurisdictionView::id),
                byId(rows.all(Agency.class, release.id), AgencyView::of, AgencyView::id),
                byId(rows.all(Measure.class, release.id), MeasureView::of, MeasureView::id),
                byId(rows.all(Source.class, release.id), SourceView::of, SourceView::id));
    }

    private static <E, V> Map<String, V> byId(List<E> entities, Function<E, V> view, Function<V, String> id) {
        Map<String, V> map = new LinkedHashMap<>();
        for (E e : entities) {
            V v = view.apply(e);
            map.put(id.apply(v), v);
        }
        return map;
    }
}

package org.opendetainers.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendetainers.api.Reads;
import org.opendetainers.query.Reference;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.AgencyView;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.MeasureView;
import org.opendetainers.representation.SourceView;

/**
 * The reference rows of a release (jurisdictions, agencies, measures, sources) as the API describes
 * them, by id.
 */
@ApplicationScoped
public class Names {

    private final Reads reads;

    public Names(Reads reads) {
        this.reads = reads;
    }

    /** The reference rows of one release. */
    public record Of(
            Map<String, JurisdictionView> jurisdictions,
            Map<String, AgencyView> agencies,
            Map<String, MeasureView> measures,
            Map<String, SourceView> sources) {

        public String jurisdiction(String id) {
            JurisdictionView j = id == null ? null : jurisdictions.get(id);
            return j == null ? id : j.name();
        }

        /** The place (state or county FIPS code, or a city's id) a jurisdiction is, or null. */
        public String placeOf(String jurisdictionId) {
            JurisdictionView j = jurisdictionId == null ? null : jurisdictions.get(jurisdictionId);
            return j == null ? null : j.placeId();
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

    /** The reference rows of one release, from the read path's in-memory reference data. */
    public Of of(Releases.Header release) {
        Reference ref = reads.reference(release);
        return new Of(
                byId(ref.jurisdictions(), JurisdictionView::id),
                byId(ref.agencies(), AgencyView::id),
                byId(ref.measures(), MeasureView::id),
                byId(ref.sources(), SourceView::id));
    }

    private static <V> Map<String, V> byId(List<V> views, Function<V, String> id) {
        Map<String, V> map = new LinkedHashMap<>();
        for (V v : views) {
            map.put(id.apply(v), v);
        }
        return map;
    }
}

package org.opendetainers.query;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.AgencyView;
import org.opendetainers.representation.HowToCite;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.MeasureView;
import org.opendetainers.representation.SourceView;

/**
 * The reference data of one release, in memory: jurisdictions, agencies, measures and sources (each
 * by id), the id sets that filters are checked against, and the names citations use. A release
 * never changes, so this is read once per release ({@link References}).
 */
public record Reference(
        Header release,
        List<JurisdictionView> jurisdictions,
        List<AgencyView> agencies,
        List<MeasureView> measures,
        List<SourceView> sources,
        HowToCite.Context citations) {

    public Set<String> jurisdictionIds() {
        return ids(jurisdictions, JurisdictionView::id);
    }

    public Set<String> agencyIds() {
        return ids(agencies, AgencyView::id);
    }

    public Set<String> measureIds() {
        return ids(measures, MeasureView::id);
    }

    private static <T> Set<String> ids(List<T> views, Function<T, String> id) {
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> ids.add(id.apply(v)));
        return ids;
    }
}

package org.opendetainers.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendetainers.domain.Facility;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.representation.FacilityView;

/** The ICE facilities of a release: the query behind {@code /v1/facilities}. */
@ApplicationScoped
public class FacilityQuery {

    /** The filters of a facility listing (null: any). */
    public record Filter(String state, String aor, String countyFips) {}

    /**
     * The facilities that match {@code filter}, by id, after the id {@code after} (null: from the
     * first), at most {@code max}.
     */
    public List<FacilityView> facilities(Reference ref, Filter filter, String after, int max) {
        PublishedRows.Where where =
                new PublishedRows.Where(ref.release().id())
                        .and("state = :state", "state", filter.state())
                        .and(
                                "lower(aor) = :aor",
                                "aor",
                                filter.aor() == null ? null : filter.aor().toLowerCase(Locale.ROOT))
                        .and("countyFips = :county", "county", filter.countyFips());
        if (after != null) {
            where.and("id > :afterId", Map.of("afterId", after));
        }
        return Facility.<Facility>find(
                        where.query(), PublishedRows.by(Facility.ORDER), where.params())
                .range(0, max - 1)
                .list()
                .stream()
                .map(f -> FacilityView.of(f, ref.citations().facility(f)))
                .toList();
    }

    /** One facility, by id. */
    public Optional<FacilityView> facility(Reference ref, String id) {
        Facility found = Facility.findById(new ReleaseScopedId(ref.release().id(), id));
        return Optional.ofNullable(found).map(f -> FacilityView.of(f, ref.citations().facility(f)));
    }
}

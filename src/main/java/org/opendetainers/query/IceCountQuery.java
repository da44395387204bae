package org.opendetainers.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendetainers.domain.IceCount;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.representation.IceCountView;

/** ICE's published detainer counts of a release: the query behind {@code /v1/ice-counts}. */
@ApplicationScoped
public class IceCountQuery {

    /**
     * The filters of a count listing (null: any); from/to select the counts whose period overlaps
     * [from, to]; facilityName matches a part of the name, in any case.
     */
    public record Filter(
            String series,
            String state,
            String facility,
            String facilityName,
            LocalDate from,
            LocalDate to) {}

    /** The counts that match {@code filter}, by id, after {@code after}, at most {@code max}. */
    public List<IceCountView> counts(Reference ref, Filter filter, String after, int max) {
        PublishedRows.Where where =
                new PublishedRows.Where(ref.release().id())
                        .and(
                                "series = :series",
                                "series",
                                filter.series() == null
                                        ? null
                                        : CountSeries.valueOf(filter.series()))
                        .and("facilityState = :state", "state", filter.state())
                        .and("facilityId = :facility", "facility", filter.facility())
                        .and(
                                "lower(facilityName) like :name",
                                "name",
                                filter.facilityName() == null
                                        ? null
                                        : "%"
                                                + filter.facilityName()
                                                        .toLowerCase(Locale.ROOT)
                                                        .replace("%", "\\%")
                                                        .replace("_", "\\_")
                                                + "%")
                        .and("periodEnd >= :from", "from", filter.from())
                        .and("periodStart <= :to", "to", filter.to());
        if (after != null) {
            where.and("id > :afterId", Map.of("afterId", after));
        }
        return IceCount.<IceCount>find(
                        where.query(), PublishedRows.by(IceCount.ORDER), where.params())
                .range(0, max - 1)
                .list()
                .stream()
                .map(c -> IceCountView.of(c, ref.citations().iceCount(c)))
                .toList();
    }

    /** One count, by id. */
    public Optional<IceCountView> count(Reference ref, String id) {
        IceCount found = IceCount.findById(new ReleaseScopedId(ref.release().id(), id));
        return Optional.ofNullable(found).map(c -> IceCountView.of(c, ref.citations().iceCount(c)));
    }
}

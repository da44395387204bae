package org.opendetainers.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendetainers.domain.Agreement;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.representation.AgreementView;

/** The 287(g) agreements of a release: the query behind {@code /v1/agreements}. */
@ApplicationScoped
public class AgreementQuery {

    /** The filters of an agreement listing (null: any). */
    public record Filter(
            String state, String county, String agency, String model, LocalDate inForceOn) {}

    /**
     * The agreements that match {@code filter}, by id, after the id {@code after} (null: from the
     * first), at most {@code max}. With in_force_on, those in force on that day or whose answer is
     * unknown (each row says which).
     */
    public List<AgreementView> agreements(Reference ref, Filter filter, String after, int max) {
        PublishedRows.Where where =
                new PublishedRows.Where(ref.release().id())
                        .and("state = :state", "state", filter.state())
                        .and(
                                "lower(county) = :county",
                                "county",
                                filter.county() == null
                                        ? null
                                        : filter.county().toLowerCase(Locale.ROOT))
                        .and("agencyId = :agency", "agency", filter.agency())
                        .and(
                                "model = :model",
                                "model",
                                filter.model() == null
                                        ? null
                                        : AgreementModel.valueOf(filter.model()))
                        .and(Agreement.MAY_BE_IN_FORCE_ON, "inForceOn", filter.inForceOn());
        if (after != null) {
            where.and("id > :afterId", Map.of("afterId", after));
        }
        return Agreement.<Agreement>find(
                        where.query(), PublishedRows.by(Agreement.ORDER), where.params())
                .range(0, max - 1)
                .list()
                .stream()
                .map(a -> AgreementView.of(a, filter.inForceOn(), ref.citations().agreement(a)))
                .toList();
    }

    /** One agreement, by id. */
    public Optional<AgreementView> agreement(Reference ref, String id) {
        Agreement found = Agreement.findById(new ReleaseScopedId(ref.release().id(), id));
        return Optional.ofNullable(found)
                .map(a -> AgreementView.of(a, null, ref.citations().agreement(a)));
    }
}

package org.opendetainers.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendetainers.domain.Policy;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.PolicyKind;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.PolicyView;

/** The policies of a release: the query behind {@code /v1/policies} and the policy pages. */
@ApplicationScoped
public class PolicyQuery {

    private final ObjectMapper json;

    public PolicyQuery(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The filters of a policy listing (null: any). {@code state}: the policies of the jurisdictions
     * of that state (a two-letter code): the state's own and its counties' and cities'.
     */
    public record Filter(
            String jurisdiction, String state, String agency, String kind, LocalDate inForceOn) {}

    /**
     * The policies that match {@code filter}, in timeline order, after the sort key {@code after}
     * (null: from the first), at most {@code max}.
     */
    public List<PolicyView> policies(Reference ref, Filter filter, List<String> after, int max) {
        List<String> ofState = null;
        if (filter.state() != null) {
            ofState =
                    ref.jurisdictions().stream()
                            .filter(j -> filter.state().equals(j.state()))
                            .map(JurisdictionView::id)
                            .toList();
            if (ofState.isEmpty()) {
                return List.of();
            }
        }
        PublishedRows.Where where =
                new PublishedRows.Where(ref.release().id())
                        .and("jurisdiction = :jurisdiction", "jurisdiction", filter.jurisdiction())
                        .and("jurisdiction in :ofState", "ofState", ofState)
                        .and(
                                "(appliesToAllAgencies = true or array_contains(agencies, :agency))",
                                "agency",
                                filter.agency())
                        .and(
                                "kind = :kind",
                                "kind",
                                filter.kind() == null ? null : PolicyKind.valueOf(filter.kind()))
                        .and(
                                "inForceFrom <= :inForceOn and (endedOn is null or endedOn > :inForceOn)",
                                "inForceOn",
                                filter.inForceOn());
        if (after != null) {
            if (PolicyView.UNDATED.equals(after.get(0))) {
                where.and(
                        "(inForceFrom is null and id > :afterId)", Map.of("afterId", after.get(1)));
            } else {
                where.and(
                        "(inForceFrom is null or inForceFrom > :afterFrom or (inForceFrom = :afterFrom and id > :afterId))",
                        Map.of("afterFrom", Keys.date(after.get(0)), "afterId", after.get(1)));
            }
        }
        return Policy.<Policy>find(where.query(), PublishedRows.by(Policy.ORDER), where.params())
                .range(0, max - 1)
                .list()
                .stream()
                .map(p -> PolicyView.of(p, json, ref.citations().policy(p)))
                .toList();
    }

    /** One policy, by id. */
    public Optional<PolicyView> policy(Reference ref, String id) {
        Policy found = Policy.findById(new ReleaseScopedId(ref.release().id(), id));
        return Optional.ofNullable(found)
                .map(p -> PolicyView.of(p, json, ref.citations().policy(p)));
    }
}

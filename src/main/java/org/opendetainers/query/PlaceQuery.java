package org.opendetainers.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendetainers.domain.Agreement;
import org.opendetainers.domain.Facility;
import org.opendetainers.domain.Figure;
import org.opendetainers.domain.IceCount;
import org.opendetainers.domain.Place;
import org.opendetainers.domain.Policy;
import org.opendetainers.domain.Provisions;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.InForce;
import org.opendetainers.domain.vocabulary.JurisdictionKind;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PlaceLabel;
import org.opendetainers.representation.AgencyView;
import org.opendetainers.representation.AgreementView;
import org.opendetainers.representation.FigureView;
import org.opendetainers.representation.IceCountView;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.PlaceInForceView;
import org.opendetainers.representation.PlaceView;
import org.opendetainers.representation.PlaceView.PlaceAgency;
import org.opendetainers.representation.PlaceView.PlaceFacility;
import org.opendetainers.representation.PlaceView.PlacePolicy;
import org.opendetainers.representation.PlaceView.PlaceRef;

/**
 * The places of a release and what was in force in each: the query behind {@code /v1/places} and
 * the place pages and map.
 *
 * <p>What applies to a place: the policies of the jurisdictions that are it
 * (jurisdiction.place_id), of its state (a state's laws apply to the counties and cities within),
 * for a county those of the cities that span it (places.csv county_ids), for a city those of its
 * counties, and for a state every policy within it. Agreements: a county's are those whose
 * county_fips is it, a city's those of its counties, a state's every agreement in the state. In
 * force on D: the agreements' rule of {@link Agreement#inForceOn} (unknown inside the end window,
 * never guessed) and the policies' of {@link Policy#inForceOn} (with the precision of their dates);
 * the labels of {@link PlaceLabel}.
 */
@ApplicationScoped
public class PlaceQuery {

    private final ObjectMapper json;

    public PlaceQuery(ObjectMapper json) {
        this.json = json;
    }

    /** The filters of a place listing (null: any); on: the date the labels are for (null: none). */
    public record Filter(PlaceKind kind, String state, LocalDate on) {}

    /**
     * The places that match {@code filter}, by id, after the id {@code after} (null: from the
     * first), at most {@code max}, each with what was in force on {@code filter.on()}.
     */
    public List<PlaceInForceView> places(Reference ref, Filter filter, String after, int max) {
        PublishedRows.Where where = where(ref, filter.kind(), filter.state());
        if (after != null) {
            where.and("id > :afterId", Map.of("afterId", after));
        }
        List<Place> rows =
                Place.<Place>find(where.query(), PublishedRows.by(Place.ORDER), where.params())
                        .range(0, max - 1)
                        .list();
        return inForce(ref, rows, filter.on());
    }

    /**
     * Every place of {@code kind} (null: any) in {@code state} (postal code; null: any), by id,
     * with what was in force on {@code on} (null: no labels): one call for a whole map.
     */
    public List<PlaceInForceView> inForce(
            Reference ref, PlaceKind kind, String state, LocalDate on) {
        PublishedRows.Where where = where(ref, kind, state);
        return inForce(
                ref,
                Place.<Place>list(where.query(), PublishedRows.by(Place.ORDER), where.params()),
                on);
    }

    /**
     * One place, by id, with everything that applies to it; with {@code on}, only what was in force
     * that day (or whose answer is unknown), and its labels.
     */
    public Optional<PlaceView> place(Reference ref, String id, LocalDate on) {
        String release = ref.release().id();
        Place p = Place.findById(new ReleaseScopedId(release, id));
        if (p == null) {
            return Optional.empty();
        }
        Facts facts = facts(ref);
        Place parent =
                p.parentId == null
                        ? null
                        : Place.findById(new ReleaseScopedId(release, p.parentId));
        List<Place> children =
                switch (p.kind) {
                    case state ->
                            Place.list(
                                    "releaseId = ?1 and parentId = ?2 order by "
                                            + Place.ORDER.jpql(),
                                    release,
                                    p.id);
                    case city -> byIds(release, List.of(p.countyIds));
                    case county -> List.of();
                };
        List<Place> cities =
                p.kind == PlaceKind.county
                        ? facts.cities.values().stream()
                                .filter(c -> Arrays.asList(c.countyIds).contains(p.id))
                                .toList()
                        : List.of();
        List<String> jurisdictionIds =
                ref.jurisdictions().stream()
                        .filter(j -> p.id.equals(j.placeId()))
                        .map(JurisdictionView::id)
                        .toList();
        List<Agreement> agreements = agreementsOf(release, p);
        List<Policy> policies = facts.policiesOf(p);

        List<PlacePolicy> placePolicies = new ArrayList<>();
        for (Policy pol : policies) {
            InForce in = on == null ? null : pol.inForceOn(on);
            if (in != InForce.no) {
                JurisdictionView j = facts.jurisdictions.get(pol.jurisdiction);
                placePolicies.add(
                        new PlacePolicy(
                                pol.id,
                                pol.title,
                                pol.kind,
                                Facts.level(j),
                                pol.jurisdiction,
                                j.placeId(),
                                pol.adoptedOn,
                                pol.adoptedOnPrecision,
                                pol.effectiveOn,
                                pol.effectiveOnPrecision,
                                pol.endedOn,
                                pol.endedOnPrecision,
                                facts.limits(pol),
                                in,
                                List.of(pol.sourceIds),
                                ref.citations().policy(pol)));
            }
        }
        List<AgreementView> agreementViews =
                agreements.stream()
                        .filter(a -> on == null || a.inForceOn(on) != InForce.no)
                        .map(a -> AgreementView.of(a, on, ref.citations().agreement(a)))
                        .toList();

        Map<String, PlaceAgency> agencies = new LinkedHashMap<>();
        for (AgencyView a : ref.agencies()) {
            if (jurisdictionIds.contains(a.jurisdiction())) {
                agencies.put(a.id(), new PlaceAgency(a.id(), a.name(), a.kind(), null));
            }
        }
        for (AgreementView a : agreementViews) {
            agencies.putIfAbsent(
                    a.agencyId(), new PlaceAgency(a.agencyId(), a.agency(), null, a.agencyType()));
        }

        List<Facility> facilities = facilitiesOf(release, p);
        List<String> facilityIds = facilities.stream().map(f -> f.id).toList();
        List<IceCountView> counts = countsOf(ref, p, facilityIds);
        List<FigureView> figures =
                jurisdictionIds.isEmpty()
                        ? List.of()
                        : Figure.<Figure>list(
                                        "releaseId = ?1 and jurisdiction in ?2 order by "
                                                + Figure.ORDER.jpql(),
                                        release,
                                        jurisdictionIds)
                                .stream()
                                .map(f -> FigureView.of(f, ref.citations().figure(f)))
                                .toList();

        List<PlaceLabel> labels =
                on == null ? List.of() : facts.labels(p, on, policies, agreements);
        return Optional.of(
                new PlaceView(
                        p.id,
                        p.kind,
                        p.name,
                        p.state,
                        p.parentId,
                        parent == null ? null : parent.name,
                        children.stream().map(PlaceQuery::ref).toList(),
                        cities.stream().map(PlaceQuery::ref).toList(),
                        jurisdictionIds,
                        on,
                        labels.isEmpty() ? null : labels.get(0),
                        labels,
                        placePolicies,
                        agreementViews,
                        List.copyOf(agencies.values()),
                        facilities.stream()
                                .map(
                                        f ->
                                                new PlaceFacility(
                                                        f.id,
                                                        f.name,
                                                        f.city,
                                                        f.countyFips,
                                                        List.of(f.sourceIds)))
                                .toList(),
                        counts,
                        figures,
                        List.of(p.sourceIds),
                        p.note,
                        ref.citations().place(p)));
    }

    private static PublishedRows.Where where(Reference ref, PlaceKind kind, String state) {
        return new PublishedRows.Where(ref.release().id())
                .and("kind = :kind", "kind", kind)
                .and("state = :state", "state", state);
    }

    private List<PlaceInForceView> inForce(Reference ref, List<Place> places, LocalDate on) {
        if (places.isEmpty()) {
            return List.of();
        }
        Facts facts = facts(ref);
        List<Agreement> all =
                on == null
                        ? List.of()
                        : Agreement.list(
                                "releaseId = ?1 order by " + Agreement.ORDER.jpql(),
                                ref.release().id());
        Map<String, List<Agreement>> byCounty =
                all.stream()
                        .filter(a -> a.countyFips != null)
                        .collect(Collectors.groupingBy(a -> a.countyFips));
        Map<String, List<Agreement>> byState =
                all.stream().collect(Collectors.groupingBy(a -> a.state));
        List<PlaceInForceView> views = new ArrayList<>();
        for (Place p : places) {
            if (on == null) {
                views.add(PlaceInForceView.of(p));
                continue;
            }
            List<Agreement> agreements =
                    switch (p.kind) {
                        case state -> byState.getOrDefault(p.state, List.of());
                        case county -> byCounty.getOrDefault(p.id, List.of());
                        case city ->
                                Arrays.stream(p.countyIds)
                                        .flatMap(c -> byCounty.getOrDefault(c, List.of()).stream())
                                        .toList();
                    };
            List<Policy> policies = facts.policiesOf(p);
            List<PlaceLabel> labels = facts.labels(p, on, policies, agreements);
            views.add(
                    PlaceInForceView.of(
                            p,
                            on,
                            labels,
                            policies.stream()
                                    .filter(x -> x.inForceOn(on) == InForce.yes)
                                    .map(x -> x.id)
                                    .toList(),
                            agreements.stream()
                                    .filter(a -> a.inForceOn(on) == InForce.yes)
                                    .map(a -> a.id)
                                    .toList(),
                            agreements.stream()
                                    .filter(a -> a.inForceOn(on) == InForce.unknown)
                                    .map(a -> a.id)
                                    .toList()));
        }
        return views;
    }

    private static List<Place> byIds(String release, List<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : Place.list(
                        "releaseId = ?1 and id in ?2 order by " + Place.ORDER.jpql(), release, ids);
    }

    private static List<Agreement> agreementsOf(String release, Place p) {
        PublishedRows.Where where = ofPlace(release, p);
        return where == null
                ? List.of()
                : Agreement.list(where.query(), PublishedRows.by(Agreement.ORDER), where.params());
    }

    private static List<Facility> facilitiesOf(String release, Place p) {
        PublishedRows.Where where = ofPlace(release, p);
        return where == null
                ? List.of()
                : Facility.list(where.query(), PublishedRows.by(Facility.ORDER), where.params());
    }

    /**
     * The rows of a place, for an entity with a state and a county_fips (agreements, facilities): a
     * state's by state, a county's by its code, a city's by its counties' codes; null for a city
     * whose counties are not known.
     */
    private static PublishedRows.Where ofPlace(String release, Place p) {
        PublishedRows.Where where = new PublishedRows.Where(release);
        return switch (p.kind) {
            case state -> where.and("state = :state", "state", p.state);
            case county -> where.and("countyFips = :county", "county", p.id);
            case city ->
                    p.countyIds.length == 0
                            ? null
                            : where.and(
                                    "countyFips in :counties", "counties", List.of(p.countyIds));
        };
    }

    /**
     * ICE's counts of a place's facilities: those linked to them; for a state, also those whose
     * facility ICE's records put in the state, linked or not.
     */
    private static List<IceCountView> countsOf(Reference ref, Place p, List<String> facilityIds) {
        String release = ref.release().id();
        String order = " order by " + IceCount.ORDER.jpql();
        List<IceCount> counts;
        if (p.kind == PlaceKind.state) {
            counts =
                    facilityIds.isEmpty()
                            ? IceCount.list(
                                    "releaseId = ?1 and facilityState = ?2" + order,
                                    release,
                                    p.state)
                            : IceCount.list(
                                    "releaseId = ?1 and (facilityState = ?2 or facilityId in ?3)"
                                            + order,
                                    release,
                                    p.state,
                                    facilityIds);
        } else {
            counts =
                    facilityIds.isEmpty()
                            ? List.of()
                            : IceCount.list(
                                    "releaseId = ?1 and facilityId in ?2" + order,
                                    release,
                                    facilityIds);
        }
        return counts.stream().map(c -> IceCountView.of(c, ref.citations().iceCount(c))).toList();
    }

    private static PlaceRef ref(Place p) {
        return new PlaceRef(p.id, p.kind, p.name);
    }

    private Facts facts(Reference ref) {
        String release = ref.release().id();
        List<Policy> policies =
                Policy.list("releaseId = ?1 order by " + Policy.ORDER.jpql(), release);
        Map<String, Boolean> limits = new LinkedHashMap<>();
        for (Policy p : policies) {
            try {
                limits.put(
                        p.id, json.readValue(p.provisions, Provisions.class).limitsCooperation());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable provisions of policy " + p.id, e);
            }
        }
        Map<String, Place> cities = new LinkedHashMap<>();
        Place.<Place>list(
                        "releaseId = ?1 and kind = ?2 order by " + Place.ORDER.jpql(),
                        release,
                        PlaceKind.city)
                .forEach(c -> cities.put(c.id, c));
        Map<String, JurisdictionView> jurisdictions = new LinkedHashMap<>();
        ref.jurisdictions().forEach(j -> jurisdictions.put(j.id(), j));
        return new Facts(policies, limits, cities, jurisdictions);
    }

    /** The policies, cities and jurisdictions of a release, to say what applies to a place. */
    private record Facts(
            List<Policy> policies,
            Map<String, Boolean> limitsById,
            Map<String, Place> cities,
            Map<String, JurisdictionView> jurisdictions) {

        static String level(JurisdictionView j) {
            return j.kind() == JurisdictionKind.state ? "state" : "local";
        }

        boolean limits(Policy p) {
            return limitsById.getOrDefault(p.id, false);
        }

        /** The policies that apply to {@code p}, in timeline order. */
        List<Policy> policiesOf(Place p) {
            List<Policy> applying = new ArrayList<>();
            for (Policy pol : policies) {
                JurisdictionView j = jurisdictions.get(pol.jurisdiction);
                if (j != null && j.placeId() != null && applies(p, j)) {
                    applying.add(pol);
                }
            }
            return applying;
        }

        private boolean applies(Place p, JurisdictionView j) {
            String at = j.placeId();
            if (at.equals(p.id)) {
                return true;
            }
            return switch (p.kind) {
                case state -> p.state.equals(j.state());
                case county ->
                        at.equals(p.parentId)
                                || (cities.containsKey(at)
                                        && Arrays.asList(cities.get(at).countyIds).contains(p.id));
                case city -> at.equals(p.parentId) || Arrays.asList(p.countyIds).contains(at);
            };
        }

        /**
         * Every label that applies to {@code p} on {@code on}, in the order of {@link
         * PlaceLabel#precedence}; {@code none_known} alone when none does.
         */
        List<PlaceLabel> labels(
                Place p, LocalDate on, List<Policy> applying, List<Agreement> agreements) {
            Set<PlaceLabel> found = EnumSet.noneOf(PlaceLabel.class);
            for (Agreement a : agreements) {
                InForce in = a.inForceOn(on);
                if (in == InForce.yes) {
                    found.add(PlaceLabel.of(a.model));
                } else if (in == InForce.unknown) {
                    found.add(PlaceLabel.unknown_window);
                }
            }
            for (Policy pol : applying) {
                if (pol.inForceOn(on) != InForce.yes) {
                    continue;
                }
                boolean state = level(jurisdictions.get(pol.jurisdiction)).equals("state");
                boolean limiting = limits(pol);
                found.add(
                        state
                                ? (limiting
                                        ? PlaceLabel.state_law_limiting
                                        : PlaceLabel.state_law_other)
                                : (limiting
                                        ? PlaceLabel.local_policy
                                        : PlaceLabel.local_policy_other));
            }
            if (found.isEmpty()) {
                return List.of(PlaceLabel.none_known);
            }
            return PlaceLabel.precedence(p.kind).stream().filter(found::contains).toList();
        }
    }
}

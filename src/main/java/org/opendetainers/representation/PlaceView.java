package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.vocabulary.AgencyKind;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.InForce;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PlaceLabel;
import org.opendetainers.domain.vocabulary.PolicyKind;

@Schema(
        name = "Place",
        description =
                "A state, county or city in one document: the place, its parent and children, the policies and 287(g) agreements that apply to it with their dates (a state's laws apply to the counties and cities within it; a county's agreements to the county; a state lists every agreement in the state), its agencies and facilities, ICE's published counts of its facilities and the figures about it, each with its sources. With on=D: only what was in force on D (or whose answer is unknown), and the labels of that day.")
public record PlaceView(
        @Schema(
                        description =
                                "Stable id: the 2-digit state FIPS code, the 5-digit county FIPS code, or a city's own id (the jurisdiction's: the Census boundaries read have no cities).",
                        examples = "48007")
                String id,
        @Schema(description = "Kind of place.", examples = "county") PlaceKind kind,
        @Schema(
                        description =
                                "Name, as the Census Bureau's boundaries give it (a county without 'County').",
                        examples = "Aransas")
                String name,
        @Schema(description = "Two-letter postal code of its state.", examples = "TX") String state,
        @Schema(
                        description = "Id of the state it is in; null for a state.",
                        nullable = true,
                        examples = "48")
                String parentId,
        @Schema(
                        description = "Name of the state it is in; null for a state.",
                        nullable = true,
                        examples = "Texas")
                String parentName,
        @Schema(
                        description =
                                "The places within it: a state's counties and cities, a city's counties (ids and names only).")
                List<PlaceRef> children,
        @Schema(description = "For a county: the cities of the data set that span it.")
                List<PlaceRef> cities,
        @Schema(
                        description =
                                "Ids of the jurisdictions that are this place (see /v1/jurisdictions).",
                        examples = "[\"texas\"]")
                List<String> jurisdictionIds,
        @Schema(
                        description = "The date asked (on=); null without it.",
                        nullable = true,
                        examples = "2025-07-01")
                LocalDate on,
        @Schema(
                        description =
                                "With on: the one label of the place that day (see PlaceInForce); null without on.",
                        implementation = String.class,
                        nullable = true,
                        examples = "agreement_jail_enforcement")
                PlaceLabel label,
        @Schema(
                        description = "With on: every label that applies that day; empty without.",
                        examples = "[\"agreement_jail_enforcement\", \"state_law_other\"]")
                List<PlaceLabel> labels,
        @Schema(
                        description =
                                "The policies that apply to the place, in timeline order: its own, its state's, and for a county the policies of the cities that span it; for a state, also the local policies within it. With on: those in force that day or whose answer is unknown.")
                List<PlacePolicy> policies,
        @Schema(
                        description =
                                "The 287(g) agreements of the place, by id: a county's are those whose county is it (county_fips); a city's, those of its counties; a state's, every agreement in the state. With on: those in force that day or whose answer is unknown (in_force says which).")
                List<AgreementView> agreements,
        @Schema(
                        description =
                                "Agencies of the place: those of its jurisdictions (see /v1/agencies) and those holding its agreements.")
                List<PlaceAgency> agencies,
        @Schema(
                        description =
                                "ICE facilities of the place: a county's and a city's by county_fips (given only where a list gives it), a state's by state.")
                List<PlaceFacility> facilities,
        @Schema(
                        description =
                                "ICE's published counts of the place's facilities (see /v1/ice-counts): for a county or city, the counts linked to its facilities; for a state, every count whose facility is in the state, linked or not.")
                List<IceCountView> iceCounts,
        @Schema(
                        description =
                                "Published figures about the place's jurisdictions (see /v1/figures), in period order.")
                List<FigureView> figures,
        @Schema(
                        description = "Ids of the sources of the place (see /v1/sources).",
                        examples = "[\"us-atlas-3-0-1-counties\"]")
                List<String> sourceIds,
        @Schema(description = "Remarks on the place.", nullable = true) String note,
        @Schema(
                        description =
                                "A ready citation (APA-like) with the permanent URL of this place in this release.")
                String howToCite) {

    @Schema(name = "PlaceRef", description = "A place by id, kind and name.")
    public record PlaceRef(
            @Schema(examples = "48") String id,
            @Schema(examples = "state") PlaceKind kind,
            @Schema(examples = "Texas") String name) {}

    @Schema(
            name = "PlacePolicy",
            description =
                    "A policy that applies to a place, with its dates, whether its recorded provisions limit cooperation, and where it applies from.")
    public record PlacePolicy(
            @Schema(description = "Policy id (see /v1/policies).", examples = "texas-sb-4-2017")
                    String id,
            @Schema(examples = "Texas SB 4 (85th Legislature, Regular Session, 2017)") String title,
            @Schema(examples = "statute") PolicyKind kind,
            @Schema(
                            description =
                                    "state: a state's law, directive or ruling; local: a county's or city's policy.",
                            examples = "state")
                    String level,
            @Schema(description = "The policy's jurisdiction.", examples = "texas")
                    String jurisdiction,
            @Schema(
                            description = "The place of that jurisdiction.",
                            nullable = true,
                            examples = "48")
                    String placeId,
            @Schema(nullable = true, examples = "2017-05-07") LocalDate adoptedOn,
            @Schema(examples = "day") DatePrecision adoptedOnPrecision,
            @Schema(nullable = true, examples = "2017-09-01") LocalDate effectiveOn,
            @Schema(examples = "day") DatePrecision effectiveOnPrecision,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(examples = "unknown") DatePrecision endedOnPrecision,
            @Schema(
                            description =
                                    "Whether its recorded provisions limit cooperation (requires_judicial_warrant true, limits_information_sharing true, allows_ice_office false, or a covered offense list or conviction look-back given). false also where the provisions are not recorded.",
                            examples = "false")
                    boolean limitsCooperation,
            @Schema(
                            description =
                                    "With on=D: yes, or unknown (D inside a month or year its start or end is known to); null without on.",
                            implementation = String.class,
                            nullable = true,
                            examples = "yes")
                    InForce inForce,
            @Schema(examples = "[\"texas-sb-4-85r-enrolled-summary\"]") List<String> sourceIds,
            @Schema(description = "A ready citation of the policy in this release.")
                    String howToCite) {}

    @Schema(name = "PlaceAgency", description = "An agency of a place.")
    public record PlaceAgency(
            @Schema(
                            description =
                                    "Agency id: of /v1/agencies, or the agency_id of its agreements.",
                            examples = "tx-aransas-county-sheriffs-office")
                    String id,
            @Schema(examples = "Aransas County Sheriff's Office") String name,
            @Schema(
                            description = "Kind, for an agency of /v1/agencies.",
                            // a string in the spec: the Java client fails on the null of a
                            // nullable enumeration (ClientIT)
                            implementation = String.class,
                            nullable = true,
                            examples = "police")
                    AgencyKind kind,
            @Schema(
                            description = "ICE's type, for an agency holding an agreement.",
                            nullable = true,
                            examples = "County")
                    String agencyType) {}

    @Schema(name = "PlaceFacility", description = "An ICE facility of a place.")
    public record PlaceFacility(
            @Schema(description = "Facility id (see /v1/facilities).", examples = "sritaca")
                    String id,
            @Schema(examples = "SANTA RITA JAIL") String name,
            @Schema(nullable = true, examples = "DUBLIN") String city,
            @Schema(nullable = true, examples = "06001") String countyFips,
            @Schema(examples = "[\"facility-list-uwchr-facilities\"]") List<String> sourceIds) {}

    /**
     * The CSV of a place: one row per item of the document (the place, its parent and children,
     * policies, agreements, agencies, facilities, counts, figures).
     */
    @Schema(name = "PlaceRow", description = "One item of a place's document, as a CSV row.")
    public record Row(
            @Schema(
                            description =
                                    "place, parent, child, city, policy, agreement, agency, facility, ice_count or figure.",
                            examples = "agreement")
                    String section,
            String id,
            @Schema(description = "Name or title.") String name,
            @Schema(
                            description =
                                    "Kind: the place's kind, the policy's kind and level, the agreement's model, the count's series, the figure's measure.",
                            nullable = true)
                    String kind,
            @Schema(
                            description =
                                    "A policy's start (in force from), an agreement's signed date, a count's or figure's period start.",
                            nullable = true)
                    LocalDate start,
            @Schema(
                            description =
                                    "A policy's end, an agreement's end (ended_on, else ended_before), a period's end.",
                            nullable = true)
                    LocalDate end,
            @Schema(
                            description = "With on: the place's label, or yes/unknown of an item.",
                            nullable = true)
                    String inForce,
            @Schema(description = "A count's or figure's value.", nullable = true) Long value,
            List<String> sourceIds) {}

    /** The rows of the CSV of this place. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(
                new Row(
                        "place",
                        id,
                        name,
                        kind.name(),
                        null,
                        null,
                        label == null ? null : label.name(),
                        null,
                        sourceIds));
        if (parentId != null) {
            rows.add(
                    new Row(
                            "parent",
                            parentId,
                            parentName,
                            PlaceKind.state.name(),
                            null,
                            null,
                            null,
                            null,
                            List.of()));
        }
        children.forEach(c -> rows.add(ref("child", c)));
        cities.forEach(c -> rows.add(ref("city", c)));
        for (PlacePolicy p : policies) {
            rows.add(
                    new Row(
                            "policy",
                            p.id(),
                            p.title(),
                            p.kind() + " (" + p.level() + ")",
                            p.effectiveOn() != null ? p.effectiveOn() : p.adoptedOn(),
                            p.endedOn(),
                            p.inForce() == null ? null : p.inForce().name(),
                            null,
                            p.sourceIds()));
        }
        for (AgreementView a : agreements) {
            rows.add(
                    new Row(
                            "agreement",
                            a.id(),
                            a.agency(),
                            a.model().name(),
                            a.signedOn(),
                            a.endedOn() != null ? a.endedOn() : a.endedBefore(),
                            a.inForce() == null ? null : a.inForce().name(),
                            null,
                            a.sourceIds()));
        }
        for (PlaceAgency a : agencies) {
            rows.add(
                    new Row(
                            "agency",
                            a.id(),
                            a.name(),
                            a.kind() != null ? a.kind().name() : a.agencyType(),
                            null,
                            null,
                            null,
                            null,
                            List.of()));
        }
        for (PlaceFacility f : facilities) {
            rows.add(
                    new Row(
                            "facility",
                            f.id(),
                            f.name(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            f.sourceIds()));
        }
        for (IceCountView c : iceCounts) {
            rows.add(
                    new Row(
                            "ice_count",
                            c.id(),
                            c.facilityName(),
                            c.series().name(),
                            c.periodStart(),
                            c.periodEnd(),
                            null,
                            c.value(),
                            List.of(c.sourceId())));
        }
        for (FigureView f : figures) {
            rows.add(
                    new Row(
                            "figure",
                            f.id(),
                            f.agency() != null ? f.agency() : f.jurisdiction(),
                            f.measure(),
                            f.periodStart(),
                            f.periodEnd(),
                            null,
                            f.value(),
                            List.of(f.sourceId())));
        }
        return rows;
    }

    private static Row ref(String section, PlaceRef p) {
        return new Row(
                section, p.id(), p.name(), p.kind().name(), null, null, null, null, List.of());
    }
}

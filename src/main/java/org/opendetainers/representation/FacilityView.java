package org.opendetainers.representation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Facility;
import org.opendetainers.domain.vocabulary.CountyMethod;

@Schema(
        name = "Facility",
        description =
                "An ICE facility, by its facility code (DETLOC): a jail, prison, hold room, hospital or detention center where ICE holds or has held people, as public lists of ICE's facilities give it. A value no list gives is null; where lists disagree, the first list's value is given and the note quotes the other.")
public record FacilityView(
        @Schema(
                        description =
                                "Stable id (slug): ICE's facility code lowercased; the same in every release.",
                        examples = "bopdev")
                String id,
        @Schema(
                        description = "ICE's facility code (DETLOC), as ICE writes it.",
                        examples = "BOPDEV")
                String detloc,
        @Schema(
                        description = "The facility's name, as ICE's data spells it.",
                        examples = "DEVENS FEDERAL MEDICAL CENTER")
                String name,
        @Schema(
                        description =
                                "City, as the list giving it spells it; null where none does.",
                        nullable = true,
                        examples = "AYER")
                String city,
        @Schema(
                        description =
                                "5-digit FIPS code of the county (Census Bureau), where the methods of county_fips_methods give one and every method that gives one gives the same; null otherwise (the lists read give no FIPS code; where methods give different counties, the note quotes them).",
                        nullable = true,
                        examples = "48469")
                String countyFips,
        @Schema(
                        description =
                                "How county_fips was found: each method that gave it (coordinates, list_county, facility_name; see the enum); empty when county_fips is null.",
                        examples = "[\"list_county\", \"facility_name\"]")
                List<CountyMethod> countyFipsMethods,
        @Schema(
                        description = "Two-letter state code; null where no list gives one.",
                        nullable = true,
                        examples = "MA")
                String state,
        @Schema(
                        description =
                                "ICE's area of responsibility (ERO field office), spelled as the list of areas of responsibility names its office; null where no list gives one.",
                        nullable = true,
                        examples = "Boston")
                String aor,
        @Schema(
                        description =
                                "ICE's detailed type of facility (IGSA, USMS IGA, HOLD, HOSPITAL, JUVENILE, BOP…).",
                        nullable = true,
                        examples = "BOP")
                String typeDetailed,
        @Schema(
                        description =
                                "ICE's coarser type of facility (IGSA, USMS IGA, BOP, CDF, SPC, DIGSA, MIRP, USMS CDF, Other).",
                        nullable = true,
                        examples = "BOP")
                String typeGrouped,
        @Schema(
                        description =
                                "Latitude in decimal degrees, as the list giving it wrote it; null where none does.",
                        nullable = true,
                        examples = "42.52929198")
                BigDecimal latitude,
        @Schema(
                        description =
                                "Longitude in decimal degrees, as the list giving it wrote it; null where none does.",
                        nullable = true,
                        examples = "-71.61795255")
                BigDecimal longitude,
        @Schema(
                        description =
                                "Id of the agency that runs it (see /v1/agencies), only where the data says so; null otherwise.",
                        nullable = true,
                        examples = "nyc-doc")
                String agency,
        @Schema(
                        description =
                                "The agency_id (see /v1/agreements; not an id of /v1/agencies, which does not hold these agencies) of the county sheriff's office with a 287(g) agreement, linked by a rule: the facility is a county jail (ICE's type IGSA or USMS IGA, a name that names its county and says jail, detention, sheriff or corrections) and the sheriff's office is the only one of agreements.csv in the same county. It says that both are of one county, not who runs the facility; null where the rule does not link one.",
                        nullable = true,
                        examples = "tx-victoria-county-sheriffs-office")
                String agreementAgencyId,
        @Schema(
                        description = "Ids of the lists that name this facility (see /v1/sources).",
                        examples =
                                "[\"facility-list-uwchr-facilities\", \"facility-list-ddp-locations-2025-10\"]")
                List<String> sourceIds,
        @Schema(
                        description =
                                "Where the lists disagree: other spellings, other values, and a state that is not one of its area of responsibility's states (the note then starts with 'AOR/state disagreement:').",
                        nullable = true)
                String note,
        @Schema(
                        description =
                                "A ready citation (APA-like) with the permanent URL of this facility in this release, followed by the citation of its first source.")
                String howToCite) {

    public static FacilityView of(Facility f, String howToCite) {
        return new FacilityView(
                f.id,
                f.detloc,
                f.name,
                f.city,
                f.countyFips,
                Arrays.stream(f.countyFipsMethods).map(CountyMethod::valueOf).toList(),
                f.state,
                f.aor,
                f.typeDetailed,
                f.typeGrouped,
                f.latitude,
                f.longitude,
                f.agency,
                f.agreementAgencyId,
                List.of(f.sourceIds),
                f.note,
                howToCite);
    }

    public List<String> sortKey() {
        return List.of(id);
    }

    @Schema(name = "FacilityList", description = "A page of ICE facilities, by id.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<FacilityView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

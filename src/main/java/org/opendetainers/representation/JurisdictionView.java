package org.opendetainers.representation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.vocabulary.JurisdictionKind;

@Schema(
        name = "Jurisdiction",
        description = "A city, county, state or country whose policies and figures are published.")
public record JurisdictionView(
        @Schema(description = "Stable id (slug).", examples = "nyc") String id,
        @Schema(description = "Name.", examples = "New York City") String name,
        @Schema(description = "Kind of jurisdiction.", examples = "city") JurisdictionKind kind,
        @Schema(
                        description =
                                "Two-letter U.S. state or territory code; null for a country.",
                        examples = "NY",
                        nullable = true)
                String state,
        @Schema(description = "Source of this row, if any (see /v1/sources).", nullable = true)
                String sourceId,
        @Schema(description = "Remarks on this row.", nullable = true) String note,
        @Schema(
                        description =
                                "Id of the place it is (see /v1/places): the 2-digit state FIPS code of a state, the 5-digit county FIPS code of a county, a city's own id; null where none is recorded (the United States).",
                        examples = "48",
                        nullable = true)
                String placeId) {

    public static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.id, j.name, j.kind, j.state, j.sourceId, j.note, j.placeId);
    }

    @Schema(name = "JurisdictionList", description = "A page of jurisdictions.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<JurisdictionView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

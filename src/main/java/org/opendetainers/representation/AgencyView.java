package org.opendetainers.representation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.vocabulary.AgencyKind;

@Schema(
        name = "Agency",
        description =
                "A police department, jail system, office or federal agency that receives, issues or reports detainers.")
public record AgencyView(
        @Schema(description = "Stable id (slug).", examples = "nypd") String id,
        @Schema(description = "Id of the jurisdiction the agency belongs to.", examples = "nyc")
                String jurisdiction,
        @Schema(description = "Name.", examples = "New York City Police Department") String name,
        @Schema(description = "Kind of agency.", examples = "police") AgencyKind kind,
        @Schema(description = "Source of this row, if any (see /v1/sources).", nullable = true)
                String sourceId,
        @Schema(description = "Remarks on this row.", nullable = true) String note) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.id, a.jurisdiction, a.name, a.kind, a.sourceId, a.note);
    }

    @Schema(name = "AgencyList", description = "A page of agencies.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<AgencyView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

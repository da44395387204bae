package org.opendetainers.representation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Measure;
import org.opendetainers.domain.vocabulary.MeasureUnit;

@Schema(name = "Measure", description = "What a figure counts.")
public record MeasureView(
        @Schema(
                        description = "Stable id, as used in the figures' measure field.",
                        examples = "detainers_received")
                String id,
        @Schema(description = "Short name.", examples = "Detainers received") String name,
        @Schema(description = "Unit of the figures' values.", examples = "count") MeasureUnit unit,
        @Schema(description = "What exactly is counted.") String description) {

    public static MeasureView of(Measure m) {
        return new MeasureView(m.id, m.name, m.unit, m.description);
    }

    @Schema(name = "MeasureList", description = "A page of measures.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<MeasureView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

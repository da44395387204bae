package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.IceCount;
import org.opendetainers.domain.vocabulary.CountSeries;

@Schema(
        name = "IceCount",
        description =
                "A count of ICE's own detainer records as a third party published it, copied as published: a series, a calendar period of the date ICE prepared the detainers, and for some series a category (a lift reason or detainer type, as ICE wrote it) or the receiving facility (as ICE named it). These are not the service's own statistics and are not protected by its disclosure control: they were published as they are.")
public record IceCountView(
        @Schema(
                        description = "Stable id (slug): series, period, category or facility.",
                        examples = "declined-2014-santa-rita-jail-dublin-ca")
                String id,
        @Schema(
                        description = "The series the count belongs to.",
                        examples = "declined_by_facility_and_year")
                CountSeries series,
        @Schema(
                        description =
                                "First day of the period counted: a calendar month or year, cut to the span ICE's records cover.",
                        examples = "2014-01-01")
                LocalDate periodStart,
        @Schema(description = "Last day of the period counted.", examples = "2014-12-31")
                LocalDate periodEnd,
        @Schema(
                        description =
                                "The lift reason or detainer type counted, as ICE wrote it; null in series without one.",
                        nullable = true,
                        examples = "Detainer Declined by LEA")
                String category,
        @Schema(
                        description =
                                "The receiving facility as ICE's records name it; null in national series.",
                        nullable = true,
                        examples = "SANTA RITA JAIL")
                String facilityName,
        @Schema(
                        description = "The facility's city as ICE's records give it.",
                        nullable = true,
                        examples = "DUBLIN")
                String facilityCity,
        @Schema(
                        description = "The facility's state (two-letter code).",
                        nullable = true,
                        examples = "CA")
                String facilityState,
        @Schema(
                        description =
                                "Id of the facility in /v1/facilities where the name is matched to ICE's facility list in the same state, as written or once abbreviations are written out (the note then says so); null otherwise.",
                        nullable = true)
                String facilityId,
        @Schema(description = "The count, as published.", examples = "729") long value,
        @Schema(
                        description = "Id of the source that published it (see /v1/sources).",
                        examples = "npr-ice-foia-15-87693-declined-by-facility")
                String sourceId,
        @Schema(description = "What the count does and does not cover.", nullable = true)
                String note,
        @Schema(
                        description =
                                "A ready citation (APA-like) with the permanent URL of this count in this release, followed by the citation of its source.")
                String howToCite) {

    public static IceCountView of(IceCount c, String howToCite) {
        return new IceCountView(
                c.id,
                c.series,
                c.periodStart,
                c.periodEnd,
                c.category,
                c.facilityName,
                c.facilityCity,
                c.facilityState,
                c.facilityId,
                c.value,
                c.sourceId,
                c.note,
                howToCite);
    }

    public List<String> sortKey() {
        return List.of(id);
    }

    @Schema(
            name = "IceCountList",
            description = "A page of ICE's published detainer counts, by id.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<IceCountView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Figure;
import org.opendetainers.domain.vocabulary.FiscalYearBasis;
import org.opendetainers.domain.vocabulary.Qualifier;
import org.opendetainers.domain.vocabulary.Verification;

@Schema(
        name = "Figure",
        description =
                "A number published by an authority or reported in the press, for one period, with its source.")
public record FigureView(
        @Schema(
                        description = "Stable id (slug).",
                        examples = "nypd-detainers-received-2017-seed004")
                String id,
        @Schema(
                        description = "What is counted (see /v1/measures).",
                        examples = "detainers_received")
                String measure,
        @Schema(description = "Id of the jurisdiction the figure covers.", examples = "nyc")
                String jurisdiction,
        @Schema(
                        description =
                                "Id of the agency that counted or acted; null for several agencies together.",
                        examples = "nypd",
                        nullable = true)
                String agency,
        @Schema(description = "First day of the period (inclusive).", examples = "2017-01-01")
                LocalDate periodStart,
        @Schema(description = "Last day of the period (inclusive).", examples = "2017-12-31")
                LocalDate periodEnd,
        @Schema(
                        description =
                                "Which year the period follows: calendar, federal (October–September), city (July–June) or unspecified.",
                        examples = "calendar")
                FiscalYearBasis fiscalYearBasis,
        @Schema(
                        description =
                                "The number, as a whole number; see qualifier for how exact it is.",
                        examples = "1526")
                long value,
        @Schema(
                        description =
                                "How exact the value is as the source states it: exact, approximate, at_least.",
                        examples = "exact")
                Qualifier qualifier,
        @Schema(
                        description =
                                "True when the source gives the value as approximate (qualifier approximate).",
                        examples = "false")
                boolean approximate,
        @Schema(
                        description =
                                "How well the figure is sourced: primary (read in the text of the source it cites, which first published or stated it), "
                                        + "secondary (read only in a repost, or the cited source reports a number first published by another), "
                                        + "unverified (the number was not found in any text read). Null in releases published before the field existed.",
                        examples = "secondary",
                        nullable = true)
                Verification verification,
        @Schema(description = "Id of the source (see /v1/sources).", examples = "seed-004")
                String sourceId,
        @Schema(
                        description =
                                "Ids of the figures of the same release that count the same thing (same measure, jurisdiction, agency, period_start and period_end) "
                                        + "from other sources, whether their values agree or differ: conflicting official counts are kept side by side. Computed by the import; empty when there are none.",
                        examples = "[\"nypd-detainers-received-2017-nypd-testimony\"]")
                List<String> otherSourceFigureIds,
        @Schema(
                        description =
                                "Remarks: wording of the source, what is confirmed and what is not.",
                        nullable = true)
                String note,
        @Schema(
                        description =
                                "A ready citation (APA-like) with the permanent URL of this figure in this release, followed by the citation of its original source.",
                        examples =
                                "OpenDetainers. (2026, November 24). Detainers received, New York City Police Department, 2017-01-01 to 2017-12-31: 1,526 (figure nypd-detainers-received-2017-seed004) [Data set, release 2026-11-24]. http://localhost:8080/v1/figures/nypd-detainers-received-2017-seed004?release=2026-11-24. Original source: ...")
                String howToCite) {

    public static FigureView of(Figure f, String howToCite) {
        Qualifier q = f.qualifier;
        return new FigureView(
                f.id,
                f.measure,
                f.jurisdiction,
                f.agency,
                f.periodStart,
                f.periodEnd,
                f.fiscalYearBasis,
                f.value,
                q,
                q == Qualifier.approximate,
                f.verification,
                f.sourceId,
                f.otherSourceFigureIds == null ? List.of() : List.of(f.otherSourceFigureIds),
                f.note,
                howToCite);
    }

    public List<String> sortKey() {
        return List.of(periodStart.toString(), id);
    }

    @Schema(
            name = "FigureList",
            description = "A page of figures, ordered by period_start, then id.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<FigureView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

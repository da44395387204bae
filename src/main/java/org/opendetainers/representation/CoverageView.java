package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Coverage",
        description =
                "What is known, and what is not, for one series: the periods with data and the gaps between them.")
public record CoverageView(
        @Schema(
                        description =
                                "figures (published numbers) or detainer_stats (counts from record-level extracts).",
                        examples = "figures")
                String kind,
        @Schema(
                        description =
                                "Jurisdiction id; null when the series is not tied to one (e.g. detainers received by facilities no mapping assigns to an agency).",
                        nullable = true,
                        examples = "nyc")
                String jurisdiction,
        @Schema(
                        description = "Agency id; null for figures of several agencies together.",
                        nullable = true,
                        examples = "nypd")
                String agency,
        @Schema(
                        description =
                                "Measure id (see /v1/measures); for detainer_stats, detainers (records in the extracts).",
                        examples = "detainers_received")
                String measure,
        @Schema(description = "First day with data.") LocalDate firstDay,
        @Schema(description = "Last day with data.") LocalDate lastDay,
        @Schema(
                        description =
                                "The periods with data, merged where they touch or overlap, in order.")
                List<Period> periods,
        @Schema(
                        description =
                                "The periods between first_day and last_day without data: not reported, which is not zero.")
                List<Period> gaps) {

    @Schema(name = "Period", description = "A period, both days inclusive.")
    public record Period(
            @Schema(description = "First day (inclusive).", examples = "2016-01-01")
                    LocalDate periodStart,
            @Schema(description = "Last day (inclusive).", examples = "2017-12-31")
                    LocalDate periodEnd) {}

    /** The listing's order and cursor key. */
    public String key() {
        return String.join(
                "\u0001",
                kind,
                jurisdiction == null ? "" : jurisdiction,
                agency == null ? "" : agency,
                measure);
    }

    @Schema(
            name = "CoverageList",
            description = "A page of coverage rows, by kind, jurisdiction, agency and measure.")
    public record Page(
            @Schema(description = "The rows of this page.") List<CoverageView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(description = "The release the coverage was read from.") ReleaseRef release) {}
}

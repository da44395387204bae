package org.opendetainers.representation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the disclosure report of a release: what one published table publishes and withholds.
 */
@Schema(
        name = "DisclosureTable",
        description = "What one published table of detainer statistics publishes and withholds.")
public record DisclosureTableView(
        @Schema(
                        description = "Name of the data set holding the table (see /v1/datasets).",
                        examples = "detainer-stats-year__aor__outcome")
                String dataset,
        @Schema(
                        description =
                                "Id of the table: granularity and dimensions joined by two underscores.",
                        examples = "year__aor__outcome")
                String tableId,
        @Schema(
                        description = "Period length: month, quarter, year or fiscal_year.",
                        examples = "year")
                String granularity,
        @Schema(
                        description =
                                "Dimensions the table groups by, besides the period; empty for the total.",
                        examples = "[\"aor\", \"outcome\"]")
                List<String> dimensions,
        @Schema(
                        description = "k: a cell counting 1 to k-1 detainers is suppressed.",
                        examples = "11")
                int minCell,
        @Schema(description = "Cells in the table.", examples = "120") long cells,
        @Schema(description = "Cells published with their count.", examples = "96")
                long cellsPublished,
        @Schema(
                        description =
                                "Cells published as suppressed (count withheld): small cells, and the cells withheld so that no small cell can be derived by subtraction.",
                        examples = "24")
                long cellsSuppressed) {}

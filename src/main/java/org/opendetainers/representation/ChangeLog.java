package org.opendetainers.representation;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeLog", description = "What a release changed against the previous one.")
public record ChangeLog(
        @Schema(
                        description = "Id of the previous release; null for the first.",
                        nullable = true,
                        examples = "2026-11-23")
                String previousRelease,
        @Schema(
                        description =
                                "Per published table (jurisdiction, agency, source, measure, policy, figure): the ids added, removed and changed.")
                Map<String, TableChanges> tables,
        @Schema(
                        description =
                                "Cells of the detainer statistics (by table, period and dimension values) added, removed, and changed (count or suppression).")
                CellChanges detainerStats,
        @Schema(
                        description =
                                "Figures whose value changed: how a journalist sees that a figure was revised.")
                List<ValueChange> figureValuesChanged) {

    @Schema(
            name = "CellChanges",
            description = "Numbers of detainer-statistics cells added, removed and changed.")
    public record CellChanges(
            @Schema(description = "Cells new in this release.") long added,
            @Schema(description = "Cells no longer in this release.") long removed,
            @Schema(description = "Cells whose count or suppression changed.") long changed) {}

    @Schema(
            name = "TableChanges",
            description =
                    "Ids of one table's rows added, removed and changed (any published field differs).")
    public record TableChanges(
            @Schema(description = "Ids new in this release.") List<String> added,
            @Schema(description = "Ids no longer in this release.") List<String> removed,
            @Schema(description = "Ids whose published fields differ.") List<String> changed) {}

    @Schema(name = "ValueChange", description = "A figure whose value was revised.")
    public record ValueChange(
            @Schema(description = "Figure id.", examples = "nypd-detainers-received-2017-seed004")
                    String id,
            @Schema(description = "Value in the previous release.", examples = "1526")
                    long previousValue,
            @Schema(description = "Value in this release.", examples = "1527") long value) {}
}

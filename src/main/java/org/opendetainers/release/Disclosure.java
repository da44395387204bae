package org.opendetainers.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.anonymize.LinearAudit;
import org.opendetainers.ingest.records.RecordStaging;

/** The disclosure report of a release: what was published, suppressed and dropped, and why. */
@Schema(
        name = "Disclosure",
        description = "What the detainer statistics of a release publish, suppress and drop.")
public record Disclosure(
        @Schema(description = "k: cells counting 1 to k-1 records are suppressed.", examples = "11")
                int minCell,
        @Schema(description = "Record rows read from the extracts.") long recordsRead,
        @Schema(description = "Records counted in the tables (read minus dropped).")
                long recordsAggregated,
        @Schema(
                        description =
                                "Records dropped, by reason: invalid (a bad row), duplicate (same identifier as an earlier record).")
                Map<String, Long> recordsDropped,
        @Schema(description = "Published tables.") long tables,
        @Schema(description = "Cells in all tables.") long cells,
        @Schema(description = "Cells published with their count.") long cellsPublished,
        @Schema(description = "Cells suppressed because they count 1 to k-1 records.")
                long suppressedPrimary,
        @Schema(
                        description =
                                "Cells suppressed so that no primary cell can be derived by subtraction or by solving the published relations (includes suppressed_by_audit).")
                long suppressedComplementary,
        @Schema(
                        description =
                                "Of the complementary cells, those suppressed because the linear-programming audit asked for them (secondary suppression).")
                long suppressedByAudit,
        @Schema(
                        description =
                                "Values of the record-level extracts that no mapping table knows (as 'column: value'), with how many records had each; "
                                        + "these records are counted under unknown. Null in releases published before the field existed.",
                        nullable = true,
                        examples = "{\"detainer_lift_reason: Transferred to Other Agency\": 2}")
                Map<String, Long> unmappedValues,
        @Schema(
                        description =
                                "What the linear-programming audit checked before publication, and found. Null when the release has no record-level data, and in releases published before the audit existed.",
                        nullable = true)
                Audit audit,
        @Schema(
                        description =
                                "The cost in utility of suppression: shares of cells and of records hidden, with the line rule alone (before) and in the end (after the audit-driven suppression). Null as audit is.",
                        nullable = true)
                Utility utility,
        @Schema(
                        description =
                                "Tables of the published set withheld from this release because no suppression of them passed the audit, with why; "
                                        + "their cells are not published (the other tables, the figures and the policies are). Empty when none; null in releases published before the field existed.",
                        nullable = true)
                List<WithheldTable> withheldTables) {

    /** A table withheld from a release. */
    @Schema(
            name = "WithheldTable",
            description = "A table of the published set that this release withholds, and why.")
    public record WithheldTable(
            @Schema(description = "Id of the table.", examples = "fiscal_year__criminality")
                    String table,
            @Schema(description = "Why it is withheld.") String reason) {}

    /** The linear-programming audit of a release's detainer statistics. */
    @Schema(
            name = "DisclosureAudit",
            description =
                    "The audit an outsider can run: every published relation at once, each suppressed cell an unknown of at least 1, its feasible interval computed by a linear-programming solver.")
    public record Audit(
            @Schema(
                            description = "The solver.",
                            examples =
                                    "proofs from the true counts (balanced directions of suppressed cells), then Google OR-Tools 9.14 GLOP (primal/dual simplex) for the cells without one, LP relaxation rounded inward to integers")
                    String solver,
            @Schema(description = "The families of linear relations used.") List<String> relations,
            @Schema(
                            description =
                                    "Protection width: every primary-suppressed cell's interval is at least this wide.",
                            examples = "4")
                    int protectionWidth,
            @Schema(description = "Suppressed cells audited (the unknowns).") long cellsAudited,
            @Schema(
                            description =
                                    "Relations (lines) among the published cells; constraints: those holding a suppressed cell.")
                    long relationCount,
            @Schema(
                            description =
                                    "Relations holding at least one suppressed cell: the linear program's constraints.")
                    long constraints,
            @Schema(
                            description =
                                    "Suppressed cells whose count the relations determine exactly. Publication requires 0.",
                            examples = "0")
                    long exactDisclosures,
            @Schema(
                            description =
                                    "Primary-suppressed cells whose interval is narrower than the protection width. Publication requires 0.",
                            examples = "0")
                    long narrowIntervals,
            @Schema(
                            description =
                                    "The narrowest interval width shown for a primary-suppressed cell (at least the protection width; cells that passed early may be wider).",
                            examples = "4")
                    long narrowestInterval,
            @Schema(description = "Linear programs solved in the final audit.") long linearPrograms,
            @Schema(description = "Duration of the final audit, in milliseconds.") long auditMs,
            @Schema(
                            description =
                                    "Rounds of audit and secondary suppression before the final audit passed.")
                    int rounds,
            @Schema(
                            description =
                                    "Duration of suppression and every audit round together, in milliseconds.")
                    long protectionMs) {}

    /** The share of cells and of records that suppression hides. */
    @Schema(
            name = "DisclosureUtility",
            description =
                    "Shares (0 to 1) of cells and of records (summed over all cells of all tables) that suppression hides, with the line rule alone and in the end.")
    public record Utility(
            double cellsHiddenBefore,
            double cellsHidden,
            double recordsHiddenBefore,
            double recordsHidden) {}

    /**
     * The disclosure report of a release from its staged records and its protected cells (null: no
     * record-level data).
     */
    public static Disclosure of(int k, RecordStaging.Staged staged, DetainerStats.Cells cells) {
        Map<String, Long> dropped = new LinkedHashMap<>();
        dropped.put("invalid", staged.badRows());
        dropped.put("duplicate", staged.duplicates());
        if (cells == null) {
            return new Disclosure(
                    k,
                    staged.rows(),
                    0,
                    dropped,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    new TreeMap<>(staged.unmapped()),
                    null,
                    null,
                    List.of());
        }
        AuditedSuppressor.Report p = cells.protection();
        LinearAudit.Result a = p.audit();
        List<String> relations =
                new ArrayList<>(
                        List.of(
                                "each cell is the sum of the cells of the table with one more dimension (margins along each dimension)",
                                "each quarter, year and fiscal year is the sum of its months, and of its quarters, where both are published",
                                "each suppressed cell counts at least 1 (a published row counts at least one record; an absent row is zero)",
                                "each dimension published by calendar and fiscal year splits into January-September and October-December parts, "
                                        + "unknowns of at least 0 with their margins; a part of 1 to k-1 records is protected as a small cell",
                                "the coverage: months without records hold nothing (the fiscal years at the edges are partial), and an agency "
                                        + "counts at least one record in each month it has records"));
        for (var h : cells.hierarchies()) {
            relations.add(
                    "hierarchy "
                            + h.fine()
                            + " → "
                            + h.coarse()
                            + ": each "
                            + h.coarse()
                            + " cell is the sum of its "
                            + h.fine()
                            + " cells");
        }
        if (cells.knownFromPrevious() > 0) {
            relations.add(
                    "cells published with the same count by the previous release are known ("
                            + cells.knownFromPrevious()
                            + " cells)");
        }
        Audit audit =
                new Audit(
                        LinearAudit.SOLVER,
                        relations,
                        a.width(),
                        a.cellsAudited(),
                        a.relations(),
                        a.constraints(),
                        a.exact().size(),
                        a.narrow().size(),
                        a.narrowestWidth(),
                        a.lpSolves(),
                        a.millis(),
                        p.rounds(),
                        p.millis());
        Utility utility =
                new Utility(
                        round(p.cellShareHiddenBefore()),
                        round(p.cellShareHidden()),
                        round(p.recordShareHiddenBefore()),
                        round(p.recordShareHidden()));
        long primary = p.lineRule().primary();
        long complementary = p.suppressed() - primary;
        return new Disclosure(
                k,
                staged.rows(),
                staged.accepted(),
                dropped,
                cells.tables().size(),
                p.cells(),
                p.cells() - p.suppressed(),
                primary,
                complementary,
                p.secondary(),
                new TreeMap<>(staged.unmapped()),
                audit,
                utility,
                p.withheld().stream().map(w -> new WithheldTable(w.table(), w.reason())).toList());
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}

package org.opendetainers.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.ingest.records.ExtractReader;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What one import did. */
@Schema(name = "ImportReport", description = "What one import did: its outcome, inputs, row counts, records read, disclosure, and the problems found (file, line, reason).")
public record ImportReport(
        Status status,
        String trigger,
        String source,
        OffsetDateTime startedAt,
        long durationMs,
        @Schema(nullable = true) String releaseId,
        @Schema(nullable = true) String previousReleaseId,
        Map<String, String> sourceChecksums,
        Map<String, Long> rowCounts,
        @Schema(nullable = true) Records records,
        @Schema(nullable = true) Disclosure disclosure,
        long problemCount,
        List<ImportProblem> problems,
        @Schema(nullable = true) String message) {

    @Schema(name = "ImportStatus", description = "Outcome of an import.")
    public enum Status {
        /** a new release was published and is now current */
        published,
        /** the inputs equal those of the current release; nothing was published */
        unchanged,
        /** the inputs failed validation; nothing was published */
        rejected,
        /** another import held the lock; nothing was done */
        busy,
        /** the import failed for a reason other than its input (e.g. the database); nothing was published */
        failed
    }

    /** The record-level extracts read: per file, and in total. */
    @Schema(name = "ImportRecords", description = "The record-level extracts read: per file, and in total.")
    public record Records(List<ExtractReader.FileResult> files, long rows, long accepted, long badRows,
                          long duplicates, Map<String, Long> unmappedValues) {
    }

    /** The disclosure report of a release: what was published, suppressed and dropped, and why. */
    @Schema(name = "Disclosure", description = "What the detainer statistics of a release publish, suppress and drop.")
    public record Disclosure(
            @Schema(description = "k: cells counting 1 to k-1 records are suppressed.", examples = "11") int minCell,
            @Schema(description = "Record rows read from the extracts.") long recordsRead,
            @Schema(description = "Records counted in the tables (read minus dropped).") long recordsAggregated,
            @Schema(description = "Records dropped, by reason: invalid (a bad row), duplicate (same identifier as an earlier record).") Map<String, Long> recordsDropped,
            @Schema(description = "Published tables.") long tables,
            @Schema(description = "Cells in all tables.") long cells,
            @Schema(description = "Cells published with their count.") long cellsPublished,
            @Schema(description = "Cells suppressed because they count 1 to k-1 records.") long suppressedPrimary,
            @Schema(description = "Cells suppressed so that no primary cell can be derived by subtraction or by solving the published relations (includes suppressed_by_audit).") long suppressedComplementary,
            @Schema(description = "Of the complementary cells, those suppressed because the linear-programming audit asked for them (secondary suppression).") long suppressedByAudit,
            @Schema(description = "Values of the record-level extracts that no mapping table knows (as 'column: value'), with how many records had each; "
                    + "these records are counted under unknown. Null in releases published before the field existed.", nullable = true,
                    examples = "{\"detainer_lift_reason: Transferred to Other Agency\": 2}") Map<String, Long> unmappedValues,
            @Schema(description = "What the linear-programming audit checked before publication, and found. Null when the release has no record-level data, and in releases published before the audit existed.", nullable = true) Audit audit,
            @Schema(description = "The cost in utility of suppression: shares of cells and of records hidden, with the line rule alone (before) and in the end (after the audit-driven suppression). Null as audit is.", nullable = true) Utility utility) {
    }

    /** The linear-programming audit of a release's detainer statistics. */
    @Schema(name = "DisclosureAudit", description = "The audit an outsider can run: every published relation at once, each suppressed cell an unknown of at least 1, its feasible interval computed by a linear-programming solver.")
    public record Audit(
            @Schema(description = "The solver.", examples = "Google OR-Tools 9.14 GLOP (primal/dual simplex), LP relaxation rounded inward to integers") String solver,
            @Schema(description = "The families of linear relations used.") List<String> relations,
            @Schema(description = "Protection width: every primary-suppressed cell's interval is at least this wide.", examples = "4") int protectionWidth,
            @Schema(description = "Suppressed cells audited (the unknowns).") long cellsAudited,
            @Schema(description = "Relations (lines) among the published cells; constraints: those holding a suppressed cell.") long relationCount,
            @Schema(description = "Relations holding at least one suppressed cell: the linear program's constraints.") long constraints,
            @Schema(description = "Suppressed cells whose count the relations determine exactly. Publication requires 0.", examples = "0") long exactDisclosures,
            @Schema(description = "Primary-suppressed cells whose interval is narrower than the protection width. Publication requires 0.", examples = "0") long narrowIntervals,
            @Schema(description = "The narrowest interval width shown for a primary-suppressed cell (at least the protection width; cells that passed early may be wider).", examples = "4") long narrowestInterval,
            @Schema(description = "Linear programs solved in the final audit.") long linearPrograms,
            @Schema(description = "Duration of the final audit, in milliseconds.") long auditMs,
            @Schema(description = "Rounds of audit and secondary suppression before the final audit passed.") int rounds,
            @Schema(description = "Duration of suppression and every audit round together, in milliseconds.") long protectionMs) {
    }

    /** The share of cells and of records that suppression hides. */
    @Schema(name = "DisclosureUtility", description = "Shares (0 to 1) of cells and of records (summed over all cells of all tables) that suppression hides, with the line rule alone and in the end.")
    public record Utility(double cellsHiddenBefore, double cellsHidden, double recordsHiddenBefore, double recordsHidden) {
    }

    /** True when the import ended as an operator wants: a new release, or nothing to publish. */
    public boolean succeeded() {
        return status == Status.published || status == Status.unchanged;
    }

    /** A human-readable summary, as the CLI prints it. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("import ").append(status).append(" (").append(source).append(", ").append(durationMs).append(" ms)");
        if (releaseId != null) {
            s.append("\n  release: ").append(releaseId);
        }
        if (previousReleaseId != null) {
            s.append("\n  previous release: ").append(previousReleaseId);
        }
        if (rowCounts != null && !rowCounts.isEmpty()) {
            s.append("\n  rows: ").append(rowCounts);
        }
        if (records != null) {
            s.append("\n  records: ").append(records.rows()).append(" read, ").append(records.accepted()).append(" valid, ")
                    .append(records.badRows()).append(" bad, ").append(records.duplicates()).append(" duplicate");
            for (ExtractReader.FileResult f : records.files()) {
                s.append("\n    ").append(f.file()).append(f.synthetic() ? " (synthetic)" : "").append(": ")
                        .append(f.sheets().isEmpty() ? "" : "sheets " + f.sheets() + ", ")
                        .append(f.rows()).append(" rows, ").append(f.badRows()).append(" bad")
                        .append(f.redactedValues() + f.markedMissingValues() == 0 ? ""
                                : ", " + f.redactedValues() + " redacted and " + f.markedMissingValues() + " NA cells read as missing")
                        .append(f.ignoredColumns().isEmpty() ? "" : "; ignored columns: " + String.join(", ", f.ignoredColumns()));
            }
            if (!records.unmappedValues().isEmpty()) {
                s.append("\n  values without a mapping (published as unknown): ").append(records.unmappedValues());
            }
        }
        if (disclosure != null) {
            s.append("\n  disclosure (k=").append(disclosure.minCell()).append("): ").append(disclosure.cells()).append(" cells in ")
                    .append(disclosure.tables()).append(" tables, ").append(disclosure.cellsPublished()).append(" published, ")
                    .append(disclosure.suppressedPrimary()).append(" suppressed (primary), ")
                    .append(disclosure.suppressedComplementary()).append(" suppressed (complementary); records dropped: ")
                    .append(disclosure.recordsDropped());
            Audit a = disclosure.audit();
            if (a != null) {
                s.append(String.format(java.util.Locale.ROOT, "%n  audit (%s): %d suppressed cells, %d exact, %d narrower than %d, narrowest %d; "
                                + "%d LPs in %d ms; protection %d round(s) in %d ms",
                        a.solver(), a.cellsAudited(), a.exactDisclosures(), a.narrowIntervals(), a.protectionWidth(), a.narrowestInterval(),
                        a.linearPrograms(), a.auditMs(), a.rounds(), a.protectionMs()));
            }
            Utility u = disclosure.utility();
            if (u != null) {
                s.append(String.format(java.util.Locale.ROOT, "%n  hidden: cells %.1f %% (line rule alone %.1f %%), records %.1f %% (%.1f %%)",
                        100 * u.cellsHidden(), 100 * u.cellsHiddenBefore(), 100 * u.recordsHidden(), 100 * u.recordsHiddenBefore()));
            }
        }
        if (message != null) {
            s.append("\n  ").append(message);
        }
        if (problemCount > 0) {
            s.append("\n  ").append(problemCount).append(" problem(s):");
            problems.stream().limit(50).forEach(p -> s.append("\n    ").append(p));
            if (problemCount > 50) {
                s.append("\n    ... (").append(problemCount - 50).append(" more)");
            }
        }
        return s.toString();
    }
}

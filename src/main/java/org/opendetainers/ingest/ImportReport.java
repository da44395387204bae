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
            @Schema(description = "Cells suppressed so that no primary cell can be derived by subtraction.") long suppressedComplementary) {
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
                        .append(f.rows()).append(" rows, ").append(f.badRows()).append(" bad")
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

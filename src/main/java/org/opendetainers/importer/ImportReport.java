package org.opendetainers.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.ingest.FacilityAors;
import org.opendetainers.ingest.ImportProblem;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.records.ExtractReader;
import org.opendetainers.release.Disclosure;

/** What one import did. */
@Schema(
        name = "ImportReport",
        description =
                "What one import did: its outcome, inputs, row counts, records read, disclosure, and the problems found (file, line, reason).")
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
        /**
         * the import failed for a reason other than its input (e.g. the database); nothing was
         * published
         */
        failed
    }

    /** The record-level extracts read: per file, and in total. */
    @Schema(
            name = "ImportRecords",
            description = "The record-level extracts read: per file, and in total.")
    public record Records(
            List<ExtractReader.FileResult> files,
            long rows,
            long accepted,
            long badRows,
            long duplicates,
            Map<String, Long> unmappedValues,
            @Schema(nullable = true) AorFill aorFill) {}

    /**
     * The records without a Facility AOR, and how many of them the facility list filled by their
     * facility code.
     */
    @Schema(
            name = "ImportAorFill",
            description =
                    "The records without a Facility AOR (blank, NA, redacted, or no such column), and how many of them were filled from the facility list (facilities.csv) by their facility code.")
    public record AorFill(
            @Schema(
                            nullable = true,
                            description =
                                    "The facility list read (facilities.csv in the source directory), or null when the source has none: then no AOR is filled.")
                    String facilityList,
            @Schema(
                            description =
                                    "Facility codes of the list with an AOR in a spelling the import knows (mappings/aors.csv).")
                    int facilityCodes,
            @Schema(description = "Records whose AOR was filled from the facility list.")
                    long filled,
            @Schema(
                            description =
                                    "Records without an AOR that could not be filled (no facility code, a code the list does not give an AOR for, or no list): published under AOR unknown.")
                    long notFilled,
            @Schema(
                            description =
                                    "AORs the facility list writes in a spelling mappings/aors.csv does not know, with the number of facilities: those facilities fill nothing.")
                    Map<String, Long> unknownAorSpellings) {

        /** What the files read say, with the facility list they were filled from. */
        public static AorFill of(FacilityAors list, List<ExtractReader.FileResult> files) {
            return new AorFill(
                    list.present() ? FacilityAors.FILE : null,
                    list.codes(),
                    files.stream().mapToLong(ExtractReader.FileResult::aorFilled).sum(),
                    files.stream().mapToLong(ExtractReader.FileResult::aorNotFilled).sum(),
                    list.unknownSpellings());
        }

        /** One line for people, or null when every record has an AOR. */
        String summary() {
            if (filled + notFilled == 0) {
                return null;
            }
            return (filled + notFilled)
                    + " records without a Facility AOR: "
                    + (facilityList == null
                            ? "no facility list ("
                                    + FacilityAors.FILE
                                    + ") in the source, none filled"
                            : filled
                                    + " filled from "
                                    + facilityList
                                    + " by facility code ("
                                    + facilityCodes
                                    + " codes with an AOR), "
                                    + notFilled
                                    + " not filled (published as unknown)")
                    + (unknownAorSpellings.isEmpty()
                            ? ""
                            : "; AORs of the list in a spelling "
                                    + FacilityAors.ALIASES
                                    + " does not know (facilities): "
                                    + unknownAorSpellings);
        }
    }

    /** Who started one import, on what, and when: what every report of it repeats. */
    public record Run(String trigger, String source, OffsetDateTime startedAt, long startNanos) {

        long elapsedMs() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }
    }

    private static final String KEPT_LIVE =
            "; nothing was published, the current release stays live";

    /** A new release was published and is now current. */
    static ImportReport published(
            Run run,
            String release,
            String previous,
            Map<String, String> checksums,
            Map<String, Long> rowCounts,
            Records records,
            Disclosure disclosure,
            ImportProblems problems) {
        String message =
                disclosure == null
                                || disclosure.withheldTables() == null
                                || disclosure.withheldTables().isEmpty()
                        ? null
                        : "published; "
                                + disclosure.withheldTables().size()
                                + " table(s) of detainer statistics withheld (no suppression of them "
                                + "passed the disclosure audit; see the release's disclosure report): "
                                + String.join(
                                        ", ",
                                        disclosure.withheldTables().stream()
                                                .map(Disclosure.WithheldTable::table)
                                                .toList());
        return new ImportReport(
                Status.published,
                run.trigger(),
                run.source(),
                run.startedAt(),
                run.elapsedMs(),
                release,
                previous,
                checksums,
                rowCounts,
                records,
                disclosure,
                problems.count(),
                problems.kept(),
                message);
    }

    /** The inputs equal those of the current release. */
    static ImportReport unchanged(
            Run run, String current, Map<String, String> checksums, ImportProblems problems) {
        return new ImportReport(
                Status.unchanged,
                run.trigger(),
                run.source(),
                run.startedAt(),
                run.elapsedMs(),
                current,
                current,
                checksums,
                null,
                null,
                null,
                problems.count(),
                problems.kept(),
                "inputs unchanged since release " + current + "; nothing published");
    }

    /** Another import holds the lock. */
    static ImportReport busy(Run run, Map<String, String> checksums, ImportProblems problems) {
        return new ImportReport(
                Status.busy,
                run.trigger(),
                run.source(),
                run.startedAt(),
                run.elapsedMs(),
                null,
                null,
                checksums,
                null,
                null,
                null,
                problems.count(),
                problems.kept(),
                "another import is running; nothing was done");
    }

    /** The curated files or mappings failed validation: {@code problems} says where. */
    static ImportReport rejected(Run run, long problemCount, List<ImportProblem> problems) {
        return new ImportReport(
                Status.rejected,
                run.trigger(),
                run.source(),
                run.startedAt(),
                run.elapsedMs(),
                null,
                null,
                null,
                null,
                null,
                null,
                problemCount,
                problems,
                "the input was rejected" + KEPT_LIVE);
    }

    /** The staged records or their protection failed a gate: {@code reason} says which. */
    static ImportReport rejected(
            Run run,
            String previous,
            Map<String, String> checksums,
            Records records,
            ImportProblems problems,
            String reason) {
        return new ImportReport(
                Status.rejected,
                run.trigger(),
                run.source(),
                run.startedAt(),
                run.elapsedMs(),
                null,
                previous,
                checksums,
                null,
                records,
                null,
                problems.count(),
                problems.kept(),
                reason + KEPT_LIVE);
    }

    /** The import failed for a reason other than its input. */
    static ImportReport failed(
            Run run, Map<String, String> checksums, ImportProblems problems, Exception e) {
        return new ImportReport(
                Status.failed,
                run.trigger(),
                run.source(),
                run.startedAt(),
                run.elapsedMs(),
                null,
                null,
                checksums,
                null,
                null,
                null,
                problems.count(),
                problems.kept(),
                "the import failed and published nothing: " + e.getMessage());
    }

    /** True when the import ended as an operator wants: a new release, or nothing to publish. */
    public boolean succeeded() {
        return status == Status.published || status == Status.unchanged;
    }

    /** A human-readable summary, as the CLI prints it. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("import ")
                .append(status)
                .append(" (")
                .append(source)
                .append(", ")
                .append(durationMs)
                .append(" ms)");
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
            s.append("\n  records: ")
                    .append(records.rows())
                    .append(" read, ")
                    .append(records.accepted())
                    .append(" valid, ")
                    .append(records.badRows())
                    .append(" bad, ")
                    .append(records.duplicates())
                    .append(" duplicate");
            for (ExtractReader.FileResult f : records.files()) {
                s.append("\n    ")
                        .append(f.file())
                        .append(f.synthetic() ? " (synthetic)" : "")
                        .append(": ")
                        .append(f.sheets().isEmpty() ? "" : "sheets " + f.sheets() + ", ")
                        .append(f.rows())
                        .append(" rows, ")
                        .append(f.badRows())
                        .append(" bad")
                        .append(
                                f.redactedValues() + f.markedMissingValues() == 0
                                        ? ""
                                        : ", "
                                                + f.redactedValues()
                                                + " redacted and "
                                                + f.markedMissingValues()
                                                + " NA cells read as missing")
                        .append(
                                f.ignoredColumns().isEmpty()
                                        ? ""
                                        : "; ignored columns: "
                                                + String.join(", ", f.ignoredColumns()));
            }
            if (records.aorFill() != null && records.aorFill().summary() != null) {
                s.append("\n  ").append(records.aorFill().summary());
            }
            if (!records.unmappedValues().isEmpty()) {
                s.append("\n  values without a mapping (published as unknown): ")
                        .append(records.unmappedValues());
            }
        }
        if (disclosure != null) {
            s.append("\n  disclosure (k=")
                    .append(disclosure.minCell())
                    .append("): ")
                    .append(disclosure.cells())
                    .append(" cells in ")
                    .append(disclosure.tables())
                    .append(" tables, ")
                    .append(disclosure.cellsPublished())
                    .append(" published, ")
                    .append(disclosure.suppressedPrimary())
                    .append(" suppressed (primary), ")
                    .append(disclosure.suppressedComplementary())
                    .append(" suppressed (complementary); records dropped: ")
                    .append(disclosure.recordsDropped());
            Disclosure.Audit a = disclosure.audit();
            if (a != null) {
                s.append(
                        String.format(
                                Locale.ROOT,
                                "%n  audit (%s): %d suppressed cells, %d exact, %d narrower than %d, narrowest %d; "
                                        + "%d LPs in %d ms; protection %d round(s) in %d ms",
                                a.solver(),
                                a.cellsAudited(),
                                a.exactDisclosures(),
                                a.narrowIntervals(),
                                a.protectionWidth(),
                                a.narrowestInterval(),
                                a.linearPrograms(),
                                a.auditMs(),
                                a.rounds(),
                                a.protectionMs()));
            }
            if (disclosure.withheldTables() != null) {
                for (Disclosure.WithheldTable w : disclosure.withheldTables()) {
                    s.append("\n  withheld: ")
                            .append(w.table())
                            .append(" (")
                            .append(w.reason())
                            .append(")");
                }
            }
            Disclosure.Utility u = disclosure.utility();
            if (u != null) {
                s.append(
                        String.format(
                                Locale.ROOT,
                                "%n  hidden: cells %.1f %% (line rule alone %.1f %%), records %.1f %% (%.1f %%)",
                                100 * u.cellsHidden(),
                                100 * u.cellsHiddenBefore(),
                                100 * u.recordsHidden(),
                                100 * u.recordsHiddenBefore()));
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

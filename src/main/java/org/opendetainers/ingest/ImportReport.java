package org.opendetainers.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What one import did. */
public record ImportReport(
        Status status,
        String source,
        OffsetDateTime startedAt,
        long durationMs,
        String releaseId,
        String previousReleaseId,
        Map<String, String> sourceChecksums,
        Map<String, Long> rowCounts,
        long problemCount,
        List<ImportProblem> problems,
        String message) {

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

package org.opendetainers.ingest;

/**
 * One reason an input was not accepted: which file, which line (1 = the header; 0 when the
 * problem concerns the whole file), which column (null when not about one column), and why.
 */
public record ImportProblem(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}

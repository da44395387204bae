package org.opendetainers.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason an input was not accepted: which file, which sheet of a workbook (null for other
 * files), which line or spreadsheet row (1 = the header of a text file; 0 when the problem concerns
 * the whole file), which column (null when not about one column), and why.
 */
public record ImportProblem(
        String file,
        @Schema(
                        nullable = true,
                        description =
                                "The sheet of a workbook; null for text files and whole-file problems.")
                String sheet,
        long line,
        String column,
        String reason) {

    public ImportProblem(String file, long line, String column, String reason) {
        this(file, null, line, column, reason);
    }

    @Override
    public String toString() {
        return file
                + (sheet == null ? "" : " sheet '" + sheet + "' row")
                + ":"
                + line
                + (column == null ? "" : " [" + column + "]")
                + ": "
                + reason;
    }
}

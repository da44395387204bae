package org.opendetainers.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems of one import; keeps the first {@value #KEPT} and counts all of them. */
public final class ImportProblems {

    public static final int KEPT = 1000;

    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    public void add(String file, long line, String column, String reason) {
        add(file, null, line, column, reason);
    }

    /** A problem in a workbook's sheet ({@code sheet} null for a text file). */
    public void add(String file, String sheet, long line, String column, String reason) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new ImportProblem(file, sheet, line, column, reason));
        }
    }

    /** Counts problems that are not kept one by one. */
    public void countMore(long n) {
        count += n;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<ImportProblem> kept() {
        return Collections.unmodifiableList(kept);
    }
}

package org.opendetainers.anonymize;

import java.util.Collection;
import java.util.List;

/**
 * Primary and complementary cell suppression across a set of linked published tables.
 *
 * <p>Primary: a cell counting 1..k-1 records is suppressed. Complementary: the tables are linked by
 * lines, linear relations total = sum of parts (see {@link #suppress}); a line holding exactly one
 * suppressed cell would reveal it by subtraction, so while such a line exists one more of its cells
 * is suppressed: its unsuppressed part with the smallest count (ties: the first by table id, period
 * start, values), or its total if every part is already suppressed. Counts are never altered: what
 * is published is exact.
 *
 * <p>This protects against differencing along lines, one line at a time, repeated (what {@link
 * DifferencingAttack} does). It does not consider other relations: linear combinations of several
 * lines (solving all the lines together as a linear system can still determine some suppressed
 * cells exactly), bounds from non-negativity, or hierarchies between dimensions (e.g. facilities
 * within an agency or an area of responsibility), which are not lines here.
 */
public final class Suppressor {

    /** The k used by the service unless configured otherwise. */
    public static final int DEFAULT_K = 11;

    private Suppressor() {}

    /**
     * Sets the {@link StatCell#primary()} and {@link StatCell#complementary()} flags of {@code
     * cells}, after clearing any flags set before. The result depends only on the set of tables and
     * cells and on k, not on their order.
     *
     * <p>Lines: for a cell of table (G, D) and each dimension d in D, if table (G, D∖{d}) is in
     * {@code tables}, the cell is a part of the line whose total is the cell of (G, D∖{d}) with the
     * same period and the other values (so a one-dimension table sums to the total table of its
     * granularity); and for each table (G', D) in {@code tables} with {@code G.nestsIn(G')}, the
     * cells of (G, D) within one G' period and with the same values are the parts of the line whose
     * total is that (G', D) cell.
     *
     * @param tables the published tables; every cell's table must be one of them
     * @param cells every cell of those tables with a count of at least 1, each once
     * @param k minimum publishable count, at least 1 (the service uses {@value #DEFAULT_K})
     * @return the number of cells and of primary and complementary suppressions
     * @throws IllegalArgumentException if k is below 1, a cell's table is not in {@code tables}, a
     *     cell is repeated, a line has parts but its total cell is absent, or the parts of a line
     *     do not add up to its total
     */
    public static SuppressionReport suppress(
            Collection<StatTable> tables, List<StatCell> cells, int k) {
        return suppress(tables, cells, k, List.of());
    }

    /**
     * As {@link #suppress(Collection, List, int)}, also protecting the lines of dimension
     * hierarchies.
     */
    public static SuppressionReport suppress(
            Collection<StatTable> tables,
            List<StatCell> cells,
            int k,
            List<Hierarchy> hierarchies) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        Lines lines = Lines.build(tables, cells, true, hierarchies);
        return suppress(lines, k);
    }

    /** Primary suppression, then the line rule, on cells already indexed into lines. */
    static SuppressionReport suppress(Lines lines, int k) {
        StatCell[] cell = lines.cells;
        int n = cell.length;
        boolean[] suppressed = new boolean[n];
        long primary = 0;
        for (int i = 0; i < n; i++) {
            cell[i].clearFlags();
            if (cell[i].count() <= k - 1) {
                cell[i].markPrimary();
                suppressed[i] = true;
                primary++;
            }
        }
        return new SuppressionReport(n, primary, close(lines, suppressed));
    }

    /**
     * The line rule on the current flags: while a line holds exactly one suppressed cell,
     * suppresses (as complementary) its unsuppressed part with the smallest count, or its total.
     *
     * @param suppressed which cells are suppressed now, by id; updated
     * @return the number of cells newly suppressed
     */
    static long close(Lines lines, boolean[] suppressed) {
        StatCell[] cell = lines.cells;
        int lineCount = lines.lineCount();
        int[] lineTotal = lines.lineTotal;
        int[] partStart = lines.partStart;
        int[] parts = lines.parts;
        int[] cellLineStart = lines.cellLineStart;
        int[] cellLines = lines.cellLines;
        int[] suppressedIn = new int[lineCount];
        // each line enters the queue at most once: when it first holds one suppressed cell
        int[] queue = new int[lineCount];
        int tail = 0;
        for (int l = 0; l < lineCount; l++) {
            int s = suppressed[lineTotal[l]] ? 1 : 0;
            for (int j = partStart[l]; j < partStart[l + 1]; j++) {
                if (suppressed[parts[j]]) {
                    s++;
                }
            }
            suppressedIn[l] = s;
            if (s == 1) {
                queue[tail++] = l;
            }
        }

        long complementary = 0;
        for (int head = 0; head < tail; head++) {
            int l = queue[head];
            if (suppressedIn[l] != 1) {
                continue;
            }
            // parts are in ascending id order, so the first of the smallest count wins ties
            int chosen = -1;
            long smallest = Long.MAX_VALUE;
            for (int j = partStart[l]; j < partStart[l + 1]; j++) {
                int p = parts[j];
                if (!suppressed[p] && cell[p].count() < smallest) {
                    chosen = p;
                    smallest = cell[p].count();
                }
            }
            if (chosen < 0) {
                chosen = lineTotal[l];
            }
            suppressed[chosen] = true;
            cell[chosen].markComplementary();
            complementary++;
            for (int j = cellLineStart[chosen]; j < cellLineStart[chosen + 1]; j++) {
                int m = cellLines[j];
                if (++suppressedIn[m] == 1) {
                    queue[tail++] = m;
                }
            }
        }
        return complementary;
    }
}

package org.opendetainers.anonymize;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Proofs, from the true counts, that suppressed cells are not determined by what is published: for
 * a suppressed cell c, a direction d (a coefficient of +1 or −1 on a few cells, with d(c) = +1,
 * nothing on a published or publicly known cell) that keeps every line balanced (the sum of its
 * parts' coefficients equals its total's). Then the true counts x moved by t·d stay consistent with
 * every published relation for each integer t from −down to up, where up is the least slack (count
 * minus the least count it may have, {@link Lines#floor}) of the cells d lowers and down the least
 * slack of the cells it raises, c included: an attacker's interval for c is at least [x(c) − down,
 * x(c) + up]. In a table of two dimensions such a direction is the classic rectangle of four
 * suppressed cells (τ-ARGUS's hypercube method); here it is found by a search along the lines, so
 * it covers every relation of the {@link Lines} (margins, time roll-ups, hierarchies, finer cells)
 * without knowing their shape, and it is checked line by line.
 *
 * <p>A proof is sound against the linear program of {@link LinearAudit}: both points are feasible
 * for it, so its interval contains them. It is only a lower bound: a cell without a proof here may
 * still be protected, and the audit then solves its component. Proofs are what make the audit
 * finish on national data, where a component holds thousands of cells and a linear program per cell
 * is too slow.
 *
 * <p>The same search, allowed to use published cells at the cost of their counts ({@link
 * #completion}), chooses the complements of secondary suppression: the cheapest set of cells whose
 * suppression gives a cell a proof.
 */
final class Certificates {

    /** Cells in one direction, at most. */
    private static final int MAX_CELLS = 16;

    /** Cells tried per line in the search. */
    private static final int BRANCH = 3;

    /** Search steps per direction. */
    private static final int BUDGET = 400;

    /** Directions summed for one cell, at most. */
    private static final int MAX_DIRECTIONS = 6;

    private final Lines lines;
    private final boolean[] unknown;
    private final boolean[] eligible;
    private final long[] slack;
    private final long[] up;
    private final long[] down;

    // the search's state
    private final int[] coef;
    private final int[] imbalance;
    private final int[] chosen = new int[MAX_CELLS];
    private int size;
    private int steps;
    private long bestUp;
    private long bestDown;
    private long bestDownBesideC;
    private int[] bestDirection;
    private final boolean[] used;
    private final int[] usedList = new int[MAX_DIRECTIONS * MAX_CELLS];
    private int[] bestCells;
    private int[] bestCoefs;
    private long bestCost;
    private long need;
    private boolean completing;

    /**
     * @param lines the relations, with the cells' true counts
     * @param unknown which cells are unknowns of the audit (suppressed, not publicly known)
     * @param eligibleComplement which cells may be suppressed as complements (for {@link
     *     #completion}); null: none
     */
    Certificates(Lines lines, boolean[] unknown, Predicate<Integer> eligibleComplement) {
        this.lines = lines;
        this.unknown = unknown;
        int n = lines.cells.length;
        this.eligible = new boolean[n];
        this.slack = new long[n];
        for (int i = 0; i < n; i++) {
            slack[i] = Math.max(0, lines.cells[i].count() - lines.floor[i]);
            eligible[i] = !unknown[i] && eligibleComplement != null && eligibleComplement.test(i);
        }
        this.up = new long[n];
        this.down = new long[n];
        this.coef = new int[n];
        this.used = new boolean[n];
        this.imbalance = new int[lines.lineCount()];
    }

    /** The width shown for cell c by the proofs found so far (up + down). */
    long shown(int c) {
        return add(up[c], down[c]);
    }

    private static long add(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    long up(int c) {
        return up[c];
    }

    long down(int c) {
        return down[c];
    }

    /**
     * Looks for proofs that cell c (an unknown) moves at least {@code required} in all (up plus
     * down); records every proof found for the cells it moves. Returns the width shown for c.
     */
    long prove(int c, long required) {
        if (shown(c) >= required) {
            return shown(c);
        }
        completing = false;
        // directions that share no cell but c add up: each one's move is feasible on its own cells,
        // and c has no upper bound (its own slack caps the moves down together)
        long sumUp = 0;
        long sumDown = 0;
        int usedCount = 0;
        for (int d = 0; d < MAX_DIRECTIONS; d++) {
            need = required - shown(c);
            bestDirection = null;
            search(c);
            if (bestDirection == null) {
                break;
            }
            sumUp = add(sumUp, bestUp);
            sumDown = add(sumDown, bestDownBesideC);
            up[c] = Math.max(up[c], sumUp);
            down[c] = Math.max(down[c], Math.min(sumDown, slack[c]));
            if (shown(c) >= required) {
                break;
            }
            for (int cell : bestDirection) {
                if (cell != c && !used[cell]) {
                    used[cell] = true;
                    usedList[usedCount++ % usedList.length] = cell;
                }
            }
        }
        for (int i = 0; i < Math.min(usedCount, usedList.length); i++) {
            used[usedList[i]] = false;
        }
        return shown(c);
    }

    /**
     * The cheapest published cells (by their summed counts) whose suppression gives cell c a proof
     * of the width required, or null if the search finds none. Only cells the constructor's
     * predicate allows are used.
     */
    int[] completion(int c, long required) {
        completing = true;
        need = required;
        bestCost = Long.MAX_VALUE;
        bestCells = null;
        search(c);
        completing = false;
        if (bestCells == null) {
            return null;
        }
        return Arrays.stream(bestCells).filter(i -> !unknown[i]).toArray();
    }

    private void search(int c) {
        steps = 0;
        size = 0;
        bestUp = -1;
        bestDown = -1;
        add(c, 1);
        dfs(c);
        remove(c);
    }

    private void add(int cell, int s) {
        coef[cell] = s;
        chosen[size++] = cell;
        for (int j = lines.cellLineStart[cell]; j < lines.cellLineStart[cell + 1]; j++) {
            int l = lines.cellLines[j];
            imbalance[l] += lines.lineTotal[l] == cell ? -s : s;
        }
    }

    private void remove(int cell) {
        int s = coef[cell];
        for (int j = lines.cellLineStart[cell]; j < lines.cellLineStart[cell + 1]; j++) {
            int l = lines.cellLines[j];
            imbalance[l] -= lines.lineTotal[l] == cell ? -s : s;
        }
        coef[cell] = 0;
        size--;
    }

    /** Whether to stop: the budget is spent, or a proof good enough was found. */
    private boolean done() {
        if (steps > BUDGET) {
            return true;
        }
        return !completing && bestDirection != null && add(bestUp, bestDown) >= need;
    }

    private void dfs(int c) {
        steps++;
        // the unbalanced line with the fewest members: its candidates are the likeliest to balance
        // the others too
        int line = -1;
        int members = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int cell = chosen[i];
            for (int j = lines.cellLineStart[cell]; j < lines.cellLineStart[cell + 1]; j++) {
                int l = lines.cellLines[j];
                if (imbalance[l] != 0) {
                    if (imbalance[l] > 1 || imbalance[l] < -1) {
                        return; // coefficients stay ±1
                    }
                    int m = lines.partStart[l + 1] - lines.partStart[l];
                    if (m < members) {
                        members = m;
                        line = l;
                    }
                }
            }
        }
        if (line < 0) {
            found(c);
            return;
        }
        if (size >= MAX_CELLS) {
            return;
        }
        int s = imbalance[line];
        // candidates: the total (coefficient +s) and the parts (−s) not yet used; best first by
        // how many other unbalanced lines they settle, then by cost, then by slack
        int[] best = new int[BRANCH];
        long[] score = new long[BRANCH];
        Arrays.fill(best, -1);
        for (int p = lines.partStart[line] - 1; p < lines.partStart[line + 1]; p++) {
            int cell = p < lines.partStart[line] ? lines.lineTotal[line] : lines.parts[p];
            if (coef[cell] != 0
                    || used[cell]
                    || !(unknown[cell] || (completing && eligible[cell]))) {
                continue;
            }
            int sign = cell == lines.lineTotal[line] ? s : -s;
            // a cell lowered in the move up, or raised in the move down, needs slack
            long sc = settles(cell, sign) * 1_000_000_000L;
            if (!unknown[cell]) {
                sc -= Math.min(999_999L, lines.cells[cell].count()) * 1000;
            }
            sc += Math.min(999L, slack[cell]);
            for (int b = 0; b < BRANCH; b++) {
                if (best[b] < 0 || sc > score[b]) {
                    for (int m = BRANCH - 1; m > b; m--) {
                        best[m] = best[m - 1];
                        score[m] = score[m - 1];
                    }
                    best[b] = cell;
                    score[b] = sc;
                    break;
                }
            }
        }
        for (int b = 0; b < BRANCH && best[b] >= 0 && !done(); b++) {
            int cell = best[b];
            int sign = cell == lines.lineTotal[line] ? s : -s;
            add(cell, sign);
            dfs(c);
            remove(cell);
        }
    }

    /** How many currently unbalanced lines of {@code cell} adding it with {@code sign} balances. */
    private int settles(int cell, int sign) {
        int n = 0;
        for (int j = lines.cellLineStart[cell]; j < lines.cellLineStart[cell + 1]; j++) {
            int l = lines.cellLines[j];
            int delta = lines.lineTotal[l] == cell ? -sign : sign;
            if (imbalance[l] != 0 && imbalance[l] + delta == 0) {
                n++;
            } else if (imbalance[l] == 0) {
                n--;
            }
        }
        return n;
    }

    /** A balanced direction: the steps it allows, recorded for every cell it moves. */
    private void found(int c) {
        long stepUp = Long.MAX_VALUE;
        long stepDownBesideC = Long.MAX_VALUE;
        long cost = 0;
        for (int i = 0; i < size; i++) {
            int cell = chosen[i];
            long room = slack[cell];
            if (coef[cell] < 0) {
                stepUp = Math.min(stepUp, room);
            } else if (cell != c) {
                stepDownBesideC = Math.min(stepDownBesideC, room);
            }
            if (!unknown[cell]) {
                cost += lines.cells[cell].count();
            }
        }
        long stepDown = Math.min(stepDownBesideC, slack[c]);
        if (completing) {
            if (add(stepUp, stepDown) >= need && cost < bestCost) {
                bestCost = cost;
                bestCells = Arrays.copyOf(chosen, size);
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            int cell = chosen[i];
            if (coef[cell] > 0) {
                up[cell] = Math.max(up[cell], stepUp);
                down[cell] = Math.max(down[cell], stepDown);
            } else {
                up[cell] = Math.max(up[cell], stepDown);
                down[cell] = Math.max(down[cell], stepUp);
            }
        }
        if (bestDirection == null
                || add(stepUp, Math.min(stepDownBesideC, need))
                        > add(bestUp, Math.min(bestDownBesideC, need))) {
            bestUp = stepUp;
            bestDown = stepDown;
            bestDownBesideC = stepDownBesideC;
            bestDirection = Arrays.copyOf(chosen, size);
        }
    }
}

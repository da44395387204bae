package org.opendetainers.anonymize;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attacker's attempt to recover suppressed counts from a release by subtraction along the lines
 * that link its tables (the same lines as {@link Suppressor#suppress}): any line with a single
 * unknown cell gives it (total minus the known parts, or the sum of the parts for an unknown
 * total); a recovered cell counts as known from then on; this repeats until no line has a single
 * unknown.
 *
 * <p>It reads only the counts of unsuppressed cells, so it can check a release read back from
 * storage, where suppressed counts are absent. Used by tests, and by the service before publishing.
 */
public final class DifferencingAttack {

    private DifferencingAttack() {}

    /**
     * The suppressed cells whose counts the attack recovers, with the recovered counts (in the
     * order recovered); empty when the suppression holds.
     *
     * @param tables the published tables
     * @param cells the published cells, suppressed ones included, with their flags
     * @throws IllegalArgumentException if a cell's table is not in {@code tables}, a cell is
     *     repeated, or a line has parts but its total cell is absent
     */
    public static Map<StatCell, Long> recover(Collection<StatTable> tables, List<StatCell> cells) {
        return recover(tables, cells, List.of());
    }

    /**
     * As {@link #recover(Collection, List)}, also subtracting along the lines of dimension
     * hierarchies.
     */
    public static Map<StatCell, Long> recover(
            Collection<StatTable> tables, List<StatCell> cells, List<Hierarchy> hierarchies) {
        Lines lines = Lines.build(tables, cells, false, hierarchies);
        StatCell[] cell = lines.cells;
        int n = cell.length;
        boolean[] known = new boolean[n];
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            if (!cell[i].suppressed()) {
                known[i] = true;
                value[i] = cell[i].count();
            }
        }
        int lineCount = lines.lineCount();
        int[] lineTotal = lines.lineTotal;
        int[] partStart = lines.partStart;
        int[] parts = lines.parts;
        int[] unknownIn = new int[lineCount];
        Lines.IntList queue = new Lines.IntList(64);
        for (int l = 0; l < lineCount; l++) {
            int u = known[lineTotal[l]] ? 0 : 1;
            for (int j = partStart[l]; j < partStart[l + 1]; j++) {
                if (!known[parts[j]]) {
                    u++;
                }
            }
            unknownIn[l] = u;
            if (u == 1) {
                queue.add(l);
            }
        }

        Map<StatCell, Long> recovered = new LinkedHashMap<>();
        for (int head = 0; head < queue.size; head++) {
            int l = queue.data[head];
            if (unknownIn[l] != 1) {
                continue;
            }
            int unknown = -1;
            long partSum = 0;
            for (int j = partStart[l]; j < partStart[l + 1]; j++) {
                int p = parts[j];
                if (known[p]) {
                    partSum += value[p];
                } else {
                    unknown = p;
                }
            }
            long v;
            if (unknown < 0) {
                unknown = lineTotal[l];
                v = partSum;
            } else {
                v = value[lineTotal[l]] - partSum;
            }
            known[unknown] = true;
            value[unknown] = v;
            recovered.put(cell[unknown], v);
            for (int j = lines.cellLineStart[unknown]; j < lines.cellLineStart[unknown + 1]; j++) {
                int m = lines.cellLines[j];
                if (--unknownIn[m] == 1) {
                    queue.add(m);
                }
            }
        }
        return recovered;
    }
}

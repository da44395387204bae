package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The linear relations ("lines": total = sum of parts) among the cells of a set of published
 * tables, in compact arrays. Cells get dense ids in a canonical order (table id, period start,
 * values), so that everything built on the ids is independent of the order of the input.
 *
 * <p>Lines: for a table (G, D) and each d in D whose table (G, D∖{d}) is published, the cells of
 * (G, D) with the same period and other values are the parts of a line whose total is the cell of
 * (G, D∖{d}); for each published (G', D) with G nesting in G', the cells of (G, D) of the periods
 * within one G' period and with the same values are the parts of a line whose total is that
 * (G', D) cell.
 *
 * <p>Why one class of about 350 lines: one compact data structure and the two passes that build
 * it (margins and time roll-ups); its users index its arrays directly, for speed on hundreds of
 * thousands of cells.
 */
final class Lines {

    /** The cells, indexed by id (canonical order). */
    final StatCell[] cells;
    /** The total cell of each line. */
    final int[] lineTotal;
    /** Line l's parts are {@code parts[partStart[l] .. partStart[l+1])}, in ascending id order. */
    final int[] partStart;
    final int[] parts;
    /** Cell c belongs (as a part or as the total) to lines {@code cellLines[cellLineStart[c] .. cellLineStart[c+1])}. */
    final int[] cellLineStart;
    final int[] cellLines;

    private Lines(StatCell[] cells, int[] lineTotal, int[] partStart, int[] parts, int[] cellLineStart, int[] cellLines) {
        this.cells = cells;
        this.lineTotal = lineTotal;
        this.partStart = partStart;
        this.parts = parts;
        this.cellLineStart = cellLineStart;
        this.cellLines = cellLines;
    }

    int lineCount() {
        return lineTotal.length;
    }

    /** Number of (line, part) pairs. */
    long memberships() {
        return parts.length;
    }

    private record Key(LocalDate period, List<String> values) {
    }

    /**
     * Indexes the cells and builds the lines.
     *
     * @param checkSums whether to verify that every total equals the sum of its parts (reads every
     *                  count; only for unsuppressed input)
     * @throws IllegalArgumentException if a cell's table is not in {@code tables}, a cell is repeated, a
     *                                  line has parts but no total cell, or (with {@code checkSums}) the
     *                                  counts of a line do not add up
     */
    static Lines build(Collection<StatTable> tables, List<StatCell> input, boolean checkSums) {
        return build(tables, input, checkSums, List.of());
    }

    /**
     * As {@link #build(Collection, List, boolean)}, with hierarchy lines too: for each
     * {@link Hierarchy} fine → coarse, a cell of a coarse table (G, D with the coarse dimension)
     * is the total of the cells of (G, D with the fine dimension instead) that map into it.
     */
    static Lines build(Collection<StatTable> tables, List<StatCell> input, boolean checkSums, List<Hierarchy> hierarchies) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(input, "cells");
        List<StatTable> published = new ArrayList<>(new LinkedHashSet<>(tables));
        for (StatTable t : published) {
            Objects.requireNonNull(t, "null table");
        }
        published.sort(Comparator.comparing(StatTable::id));
        Map<StatTable, Integer> tableIndex = new HashMap<>();
        for (int i = 0; i < published.size(); i++) {
            tableIndex.put(published.get(i), i);
        }
        int tableCount = published.size();

        // bucket by table, then sort each bucket by period and values
        @SuppressWarnings("unchecked")
        List<StatCell>[] buckets = new List[tableCount];
        for (int i = 0; i < tableCount; i++) {
            buckets[i] = new ArrayList<>();
        }
        for (StatCell cell : input) {
            Objects.requireNonNull(cell, "null cell");
            Integer t = tableIndex.get(cell.table());
            if (t == null) {
                throw new IllegalArgumentException("cell " + cell + " belongs to table " + cell.table().id()
                        + ", which is not among the published tables");
            }
            buckets[t].add(cell);
        }
        Comparator<StatCell> order = Comparator.comparing(StatCell::periodStart).thenComparing(StatCell::values, Lines::compareValues);
        StatCell[] cells = new StatCell[input.size()];
        int[] tableStart = new int[tableCount + 1];
        int n = 0;
        for (int t = 0; t < tableCount; t++) {
            tableStart[t] = n;
            List<StatCell> bucket = buckets[t];
            bucket.sort(order);
            for (int i = 0; i < bucket.size(); i++) {
                if (i > 0 && order.compare(bucket.get(i - 1), bucket.get(i)) == 0) {
                    throw new IllegalArgumentException("duplicate cell " + bucket.get(i));
                }
                cells[n++] = bucket.get(i);
            }
            buckets[t] = null;
        }
        tableStart[tableCount] = n;

        @SuppressWarnings("unchecked")
        Map<Key, Integer>[] keyIndex = new Map[tableCount];
        IntList totals = new IntList(1024);
        IntList edgeLine = new IntList(1024);
        IntList edgeCell = new IntList(1024);
        LongList sums = checkSums ? new LongList(1024) : null;
        int[] lineOfParent = new int[n];
        Arrays.fill(lineOfParent, -1);

        for (int c = 0; c < tableCount; c++) {
            StatTable child = published.get(c);
            List<String> dims = child.dimensions();
            // dimension margins
            for (int drop = 0; drop < dims.size(); drop++) {
                List<String> rest = new ArrayList<>(dims);
                rest.remove(drop);
                Integer p = tableIndex.get(StatTable.of(child.granularity(), rest));
                if (p != null) {
                    int dropped = drop;
                    pass(cells, tableStart, published, c, p, cell -> {
                        List<String> v = cell.values();
                        return new Key(cell.periodStart(), v.size() == 1 ? List.of() : List.of(v.get(1 - dropped)));
                    }, index(keyIndex, cells, tableStart, p), lineOfParent, totals, edgeLine, edgeCell, sums);
                }
            }
            // time margins
            for (Granularity coarser : Granularity.values()) {
                if (child.granularity().nestsIn(coarser)) {
                    Integer p = tableIndex.get(StatTable.of(coarser, dims));
                    if (p != null) {
                        pass(cells, tableStart, published, c, p, cell -> new Key(coarser.periodStart(cell.periodStart()), cell.values()),
                                index(keyIndex, cells, tableStart, p), lineOfParent, totals, edgeLine, edgeCell, sums);
                    }
                }
            }
            // hierarchy margins: the fine dimension's values summed into the coarse one's
            for (Hierarchy h : hierarchies) {
                int at = dims.indexOf(h.fine());
                if (at < 0 || dims.contains(h.coarse())) {
                    continue;
                }
                List<String> parentDims = new ArrayList<>(dims);
                parentDims.set(at, h.coarse());
                StatTable parentTable = StatTable.of(child.granularity(), parentDims);
                Integer p = tableIndex.get(parentTable);
                if (p == null) {
                    continue;
                }
                List<String> parentOrder = parentTable.dimensions();
                pass(cells, tableStart, published, c, p, cell -> {
                    String[] v = new String[parentOrder.size()];
                    for (int d = 0; d < dims.size(); d++) {
                        String value = cell.values().get(d);
                        if (d == at) {
                            value = h.mapping().get(value);
                            if (value == null) {
                                throw new IllegalArgumentException("hierarchy " + h.fine() + " → " + h.coarse()
                                        + " does not map '" + cell.values().get(d) + "'");
                            }
                        }
                        v[parentOrder.indexOf(d == at ? h.coarse() : dims.get(d))] = value;
                    }
                    return new Key(cell.periodStart(), List.of(v));
                }, index(keyIndex, cells, tableStart, p), lineOfParent, totals, edgeLine, edgeCell, sums);
            }
        }
        keyIndex = null;

        int lines = totals.size;
        int[] lineTotal = totals.toArray();
        int edges = edgeLine.size;
        int[] partStart = new int[lines + 1];
        for (int e = 0; e < edges; e++) {
            partStart[edgeLine.data[e] + 1]++;
        }
        for (int l = 0; l < lines; l++) {
            partStart[l + 1] += partStart[l];
        }
        int[] parts = new int[edges];
        int[] fill = Arrays.copyOf(partStart, lines);
        for (int e = 0; e < edges; e++) {
            parts[fill[edgeLine.data[e]]++] = edgeCell.data[e];
        }
        fill = null;

        int[] cellLineStart = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            cellLineStart[edgeCell.data[e] + 1]++;
        }
        for (int l = 0; l < lines; l++) {
            cellLineStart[lineTotal[l] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            cellLineStart[i + 1] += cellLineStart[i];
        }
        int[] cellLines = new int[edges + lines];
        int[] next = Arrays.copyOf(cellLineStart, n);
        for (int l = 0; l < lines; l++) {
            cellLines[next[lineTotal[l]]++] = l;
            for (int j = partStart[l]; j < partStart[l + 1]; j++) {
                cellLines[next[parts[j]]++] = l;
            }
        }
        return new Lines(cells, lineTotal, partStart, parts, cellLineStart, cellLines);
    }

    /** One child table against one parent table: {@code toParent} gives the key of the parent cell a child cell sums into. */
    private static void pass(StatCell[] cells, int[] tableStart, List<StatTable> published, int child, int parent,
                             java.util.function.Function<StatCell, Key> toParent, Map<Key, Integer> parentIndex, int[] lineOfParent, IntList totals, IntList edgeLine,
                             IntList edgeCell, LongList sums) {
        Key lastKey = null;
        int lastParent = -1;
        for (int i = tableStart[child]; i < tableStart[child + 1]; i++) {
            StatCell cell = cells[i];
            Key key = toParent.apply(cell);
            int p;
            if (key.equals(lastKey)) {
                p = lastParent;
            } else {
                Integer found = parentIndex.get(key);
                if (found == null) {
                    throw new IllegalArgumentException("cell " + describe(cell.table(), cell.periodStart(), cell.values())
                            + " is a part of a line whose total, cell " + describe(published.get(parent), key.period(), key.values())
                            + ", is missing");
                }
                p = found;
                lastKey = key;
                lastParent = p;
            }
            int line = lineOfParent[p];
            if (line < 0) {
                line = totals.size;
                totals.add(p);
                lineOfParent[p] = line;
                if (sums != null) {
                    sums.add(0);
                }
            }
            edgeLine.add(line);
            edgeCell.add(i);
            if (sums != null) {
                sums.data[line] += cell.count();
            }
        }
        for (int p = tableStart[parent]; p < tableStart[parent + 1]; p++) {
            int line = lineOfParent[p];
            if (sums != null) {
                long sum = line < 0 ? 0 : sums.data[line];
                if (sum != cells[p].count()) {
                    throw new IllegalArgumentException("the cells of table " + published.get(child).id() + " that make up cell "
                            + describe(cells[p].table(), cells[p].periodStart(), cells[p].values())
                            + " do not add up to its count: the tables are inconsistent");
                }
            }
            lineOfParent[p] = -1;
        }
    }

    /** A cell's key, without its count (messages must not reveal the counts of suppressed cells). */
    private static String describe(StatTable table, LocalDate period, List<String> values) {
        return table.id() + "[" + period + (values.isEmpty() ? "" : ", " + String.join(", ", values)) + "]";
    }

    private static Map<Key, Integer> index(Map<Key, Integer>[] keyIndex, StatCell[] cells, int[] tableStart, int table) {
        Map<Key, Integer> index = keyIndex[table];
        if (index == null) {
            int size = tableStart[table + 1] - tableStart[table];
            index = new HashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
            for (int i = tableStart[table]; i < tableStart[table + 1]; i++) {
                index.put(new Key(cells[i].periodStart(), cells[i].values()), i);
            }
            keyIndex[table] = index;
        }
        return index;
    }

    static int compareValues(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A growable int array. */
    static final class IntList {
        int[] data;
        int size;

        IntList(int capacity) {
            data = new int[capacity];
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** A growable long array. */
    static final class LongList {
        long[] data;
        int size;

        LongList(int capacity) {
            data = new long[capacity];
        }

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
            }
            data[size++] = v;
        }
    }
}

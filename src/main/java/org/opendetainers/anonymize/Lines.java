package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The linear relations ("lines": total = sum of parts) among the cells of a set of published
 * tables, in compact arrays. Cells get dense ids in a canonical order (table id, period start,
 * values), so that everything built on the ids is independent of the order of the input.
 *
 * <p>Lines: for a table (G, D) and each d in D whose table (G, D∖{d}) is published, the cells of
 * (G, D) with the same period and other values are the parts of a line whose total is the cell of
 * (G, D∖{d}); for each published (G', D) with G nesting in G', the cells of (G, D) of the periods
 * within one G' period and with the same values are the parts of a line whose total is that (G', D)
 * cell.
 *
 * <p>Why one class of about 350 lines: one compact data structure and the two passes that build it
 * (margins and time roll-ups); its users index its arrays directly, for speed on hundreds of
 * thousands of cells.
 */
final class Lines {

    /**
     * The cells, indexed by id: the published cells (canonical order), then the derived ones (see
     * {@link Knowledge}).
     */
    final StatCell[] cells;

    /** The number of published cells: ids from this one on are derived (finer) cells. */
    final int published;

    /**
     * The least count each cell can have by what is public: 1 for a published row, 0 for a derived
     * cell, more with agency months.
     */
    final long[] floor;

    /** The total cell of each line. */
    final int[] lineTotal;

    /** Line l's parts are {@code parts[partStart[l] .. partStart[l+1])}, in ascending id order. */
    final int[] partStart;

    final int[] parts;

    /**
     * Cell c belongs (as a part or as the total) to lines {@code cellLines[cellLineStart[c] ..
     * cellLineStart[c+1])}.
     */
    final int[] cellLineStart;

    final int[] cellLines;

    private Lines(
            StatCell[] cells,
            int published,
            long[] floor,
            int[] lineTotal,
            int[] partStart,
            int[] parts,
            int[] cellLineStart,
            int[] cellLines) {
        this.cells = cells;
        this.published = published;
        this.floor = floor;
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

    private record Key(LocalDate period, List<String> values) {}

    /**
     * Indexes the cells and builds the lines.
     *
     * @param checkSums whether to verify that every total equals the sum of its parts (reads every
     *     count; only for unsuppressed input)
     * @throws IllegalArgumentException if a cell's table is not in {@code tables}, a cell is
     *     repeated, a line has parts but no total cell, or (with {@code checkSums}) the counts of a
     *     line do not add up
     */
    static Lines build(Collection<StatTable> tables, List<StatCell> input, boolean checkSums) {
        return build(tables, input, checkSums, List.of());
    }

    /**
     * As {@link #build(Collection, List, boolean)}, with hierarchy lines too: for each {@link
     * Hierarchy} fine → coarse, a cell of a coarse table (G, D with the coarse dimension) is the
     * total of the cells of (G, D with the fine dimension instead) that map into it.
     */
    static Lines build(
            Collection<StatTable> tables,
            List<StatCell> input,
            boolean checkSums,
            List<Hierarchy> hierarchies) {
        return build(tables, input, checkSums, hierarchies, Knowledge.NONE);
    }

    /**
     * As {@link #build(Collection, List, boolean, List)}, with what {@code knowledge} adds: the
     * finer cells (appended after the published ones) and their lines, and the floors of the agency
     * months.
     */
    static Lines build(
            Collection<StatTable> tables,
            List<StatCell> input,
            boolean checkSums,
            List<Hierarchy> hierarchies,
            Knowledge knowledge) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(knowledge, "knowledge");
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
                throw new IllegalArgumentException(
                        "cell "
                                + cell
                                + " belongs to table "
                                + cell.table().id()
                                + ", which is not among the published tables");
            }
            buckets[t].add(cell);
        }
        Comparator<StatCell> order =
                Comparator.comparing(StatCell::periodStart)
                        .thenComparing(StatCell::values, Lines::compareValues);
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
                    pass(
                            cells,
                            tableStart,
                            published,
                            c,
                            p,
                            cell -> {
                                List<String> v = cell.values();
                                return new Key(
                                        cell.periodStart(),
                                        v.size() == 1 ? List.of() : List.of(v.get(1 - dropped)));
                            },
                            index(keyIndex, cells, tableStart, p),
                            lineOfParent,
                            totals,
                            edgeLine,
                            edgeCell,
                            sums);
                }
            }
            // time margins
            for (Granularity coarser : Granularity.values()) {
                if (child.granularity().nestsIn(coarser)) {
                    Integer p = tableIndex.get(StatTable.of(coarser, dims));
                    if (p != null) {
                        pass(
                                cells,
                                tableStart,
                                published,
                                c,
                                p,
                                cell ->
                                        new Key(
                                                coarser.periodStart(cell.periodStart()),
                                                cell.values()),
                                index(keyIndex, cells, tableStart, p),
                                lineOfParent,
                                totals,
                                edgeLine,
                                edgeCell,
                                sums);
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
                pass(
                        cells,
                        tableStart,
                        published,
                        c,
                        p,
                        cell -> {
                            String[] v = new String[parentOrder.size()];
                            for (int d = 0; d < dims.size(); d++) {
                                String value = cell.values().get(d);
                                if (d == at) {
                                    value = h.mapping().get(value);
                                    if (value == null) {
                                        throw new IllegalArgumentException(
                                                "hierarchy "
                                                        + h.fine()
                                                        + " → "
                                                        + h.coarse()
                                                        + " does not map '"
                                                        + cell.values().get(d)
                                                        + "'");
                                    }
                                }
                                v[parentOrder.indexOf(d == at ? h.coarse() : dims.get(d))] = value;
                            }
                            return new Key(cell.periodStart(), List.of(v));
                        },
                        index(keyIndex, cells, tableStart, p),
                        lineOfParent,
                        totals,
                        edgeLine,
                        edgeCell,
                        sums);
            }
        }
        List<StatCell> derived =
                knowledge.finerCells()
                        ? new Derivation(
                                        cells,
                                        n,
                                        tableStart,
                                        published,
                                        tableIndex,
                                        keyIndex,
                                        hierarchies,
                                        knowledge,
                                        totals,
                                        edgeLine,
                                        edgeCell)
                                .run()
                        : List.of();
        keyIndex = null;
        int published0 = n;
        if (!derived.isEmpty()) {
            cells = Arrays.copyOf(cells, n + derived.size());
            for (StatCell d : derived) {
                cells[n++] = d;
            }
        }
        long[] floor = new long[n];
        AgencyMonths months = knowledge.agencyMonths() ? new AgencyMonths(knowledge.truth()) : null;
        for (int i = 0; i < n; i++) {
            long f = i < published0 ? 1 : 0;
            if (months != null && cells[i].table().dimensions().equals(AgencyMonths.AGENCY)) {
                f =
                        Math.max(
                                f,
                                months.months(
                                        cells[i].values().get(0),
                                        cells[i].periodStart(),
                                        cells[i].periodEnd()));
            }
            floor[i] = f;
        }

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
        return new Lines(
                cells, published0, floor, lineTotal, partStart, parts, cellLineStart, cellLines);
    }

    /**
     * The months in which each agency has records (public: {@code /v1/coverage}), counted over a
     * span.
     */
    private static final class AgencyMonths {
        static final List<String> AGENCY = List.of("agency");
        private final Knowledge.SpanCounts truth;
        private final Map<String, Set<YearMonth>> months = new HashMap<>();

        AgencyMonths(Knowledge.SpanCounts truth) {
            this.truth = truth;
        }

        long months(String agency, LocalDate from, LocalDate to) {
            YearMonth first = YearMonth.from(from);
            YearMonth last = YearMonth.from(to);
            long n = 0;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                YearMonth month = m;
                Set<YearMonth> known = months.computeIfAbsent(agency, a -> new HashSet<>());
                if (known.contains(month)
                        || truth.count(AGENCY, List.of(agency), month, month) > 0) {
                    known.add(month);
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * The finer cells the published tables imply (see {@link Knowledge}) and their lines: for each
     * dimension set published by both year and fiscal year, January–September and October–December
     * of each year and value, each at least 0; zero (absent) where the records' span or the
     * agency's months hold nothing, or where the year or fiscal-year row is absent.
     */
    private static final class Derivation {
        private final StatCell[] cells;
        private final int n;
        private final int[] tableStart;
        private final List<StatTable> published;
        private final Map<StatTable, Integer> tableIndex;
        private final Map<Key, Integer>[] keyIndex;
        private final List<Hierarchy> hierarchies;
        private final Knowledge knowledge;
        private final IntList totals;
        private final IntList edgeLine;
        private final IntList edgeCell;
        private final List<StatCell> derived = new ArrayList<>();
        private final AgencyMonths months;

        /**
         * Per dimension list: the Jan–Sep cells by (January 1, values) and the Oct–Dec cells by
         * (October 1, values).
         */
        private final Map<List<String>, Map<Key, Integer>> janSep = new LinkedHashMap<>();

        private final Map<List<String>, Map<Key, Integer>> octDec = new LinkedHashMap<>();
        private final Map<YearMonth, Boolean> covered = new HashMap<>();

        Derivation(
                StatCell[] cells,
                int n,
                int[] tableStart,
                List<StatTable> published,
                Map<StatTable, Integer> tableIndex,
                Map<Key, Integer>[] keyIndex,
                List<Hierarchy> hierarchies,
                Knowledge knowledge,
                IntList totals,
                IntList edgeLine,
                IntList edgeCell) {
            this.cells = cells;
            this.n = n;
            this.tableStart = tableStart;
            this.published = published;
            this.tableIndex = tableIndex;
            this.keyIndex = keyIndex;
            this.hierarchies = hierarchies;
            this.knowledge = knowledge;
            this.totals = totals;
            this.edgeLine = edgeLine;
            this.edgeCell = edgeCell;
            this.months = knowledge.agencyMonths() ? new AgencyMonths(knowledge.truth()) : null;
        }

        List<StatCell> run() {
            for (int t = 0; t < published.size(); t++) {
                StatTable year = published.get(t);
                if (year.granularity() != Granularity.year) {
                    continue;
                }
                StatTable fiscal = StatTable.of(Granularity.fiscal_year, year.dimensions());
                Integer f = tableIndex.get(fiscal);
                if (f != null) {
                    split(t, year, f, fiscal);
                }
            }
            margins();
            hierarchyLines();
            timeLines();
            return derived;
        }

        /**
         * Whether the records' span holds any record from {@code from} to {@code to} (public: the
         * month totals, the coverage).
         */
        private boolean anyRecord(LocalDate from, LocalDate to) {
            for (YearMonth m = YearMonth.from(from);
                    !m.isAfter(YearMonth.from(to));
                    m = m.plusMonths(1)) {
                if (covered.computeIfAbsent(
                        m, x -> knowledge.truth().count(List.of(), List.of(), x, x) > 0)) {
                    return true;
                }
            }
            return false;
        }

        private int cell(StatTable table, LocalDate from, LocalDate to, List<String> values) {
            if (!anyRecord(from, to)) {
                return -1;
            }
            if (months != null
                    && table.dimensions().equals(AgencyMonths.AGENCY)
                    && months.months(values.get(0), from, to) == 0) {
                return -1;
            }
            long count =
                    knowledge
                            .truth()
                            .count(
                                    table.dimensions(),
                                    values,
                                    YearMonth.from(from),
                                    YearMonth.from(to));
            derived.add(
                    StatCell.derived(
                            table,
                            from,
                            to,
                            values,
                            count,
                            count >= 1 && count <= knowledge.k() - 1));
            return n + derived.size() - 1;
        }

        private void line(int total, IntList parts) {
            int line = totals.size;
            totals.add(total);
            int[] sorted = parts.toArray();
            Arrays.sort(sorted);
            for (int p : sorted) {
                edgeLine.add(line);
                edgeCell.add(p);
            }
        }

        private void split(int yearTable, StatTable year, int fiscalTable, StatTable fiscal) {
            Map<Key, Integer> fy = index(keyIndex, cells, tableStart, fiscalTable);
            Map<Key, Integer> js = new HashMap<>();
            Map<Key, Integer> od = new HashMap<>();
            for (int i = tableStart[yearTable]; i < tableStart[yearTable + 1]; i++) {
                LocalDate jan = cells[i].periodStart();
                List<String> v = cells[i].values();
                IntList parts = new IntList(2);
                if (fy.containsKey(new Key(jan.minusMonths(3), v))) {
                    int c = cell(year, jan, jan.withMonth(9).withDayOfMonth(30), v);
                    if (c >= 0) {
                        js.put(new Key(jan, v), c);
                        parts.add(c);
                    }
                }
                LocalDate oct = jan.withMonth(10);
                if (fy.containsKey(new Key(oct, v))) {
                    int c = cell(fiscal, oct, oct.withMonth(12).withDayOfMonth(31), v);
                    if (c >= 0) {
                        od.put(new Key(oct, v), c);
                        parts.add(c);
                    }
                }
                // year(v, Y) = JanSep(v, Y) + OctDec(v, Y)
                line(i, parts);
            }
            for (int j = tableStart[fiscalTable]; j < tableStart[fiscalTable + 1]; j++) {
                LocalDate oct = cells[j].periodStart();
                List<String> v = cells[j].values();
                IntList parts = new IntList(2);
                Integer a = od.get(new Key(oct, v));
                Integer b = js.get(new Key(oct.plusMonths(3), v));
                if (a != null) {
                    parts.add(a);
                }
                if (b != null) {
                    parts.add(b);
                }
                // FY(v, starting October Y) = OctDec(v, Y) + JanSep(v, Y + 1)
                line(j, parts);
            }
            janSep.put(year.dimensions(), js);
            octDec.put(year.dimensions(), od);
        }

        /** Each finer cell of (D minus d) is the sum of the finer cells of D. */
        private void margins() {
            for (List<String> dims : new ArrayList<>(janSep.keySet())) {
                for (int drop = 0; drop < dims.size(); drop++) {
                    List<String> rest = new ArrayList<>(dims);
                    rest.remove(drop);
                    int dropped = drop;
                    group(
                            dims,
                            rest,
                            v -> {
                                List<String> r = new ArrayList<>(v);
                                r.remove(dropped);
                                return r;
                            });
                }
            }
        }

        /** Each finer cell of a coarse value is the sum of those of its fine values. */
        private void hierarchyLines() {
            for (Hierarchy h : hierarchies) {
                for (List<String> dims : new ArrayList<>(janSep.keySet())) {
                    int at = dims.indexOf(h.fine());
                    if (at < 0 || dims.contains(h.coarse())) {
                        continue;
                    }
                    List<String> swapped = new ArrayList<>(dims);
                    swapped.set(at, h.coarse());
                    List<String> parentDims = StatTable.of(Granularity.year, swapped).dimensions();
                    group(
                            dims,
                            parentDims,
                            v -> {
                                String[] out = new String[parentDims.size()];
                                for (int d = 0; d < dims.size(); d++) {
                                    String value = d == at ? h.mapping().get(v.get(d)) : v.get(d);
                                    out[parentDims.indexOf(d == at ? h.coarse() : dims.get(d))] =
                                            value;
                                }
                                return Arrays.asList(out);
                            });
                }
            }
        }

        private void group(
                List<String> childDims,
                List<String> parentDims,
                UnaryOperator<List<String>> toParent) {
            if (!janSep.containsKey(parentDims)) {
                return;
            }
            for (Map<List<String>, Map<Key, Integer>> kind : List.of(janSep, octDec)) {
                Map<Key, Integer> parents = kind.get(parentDims);
                Map<Integer, IntList> lines = new TreeMap<>();
                kind.get(childDims)
                        .forEach(
                                (key, id) -> {
                                    List<String> pv = toParent.apply(key.values());
                                    Integer p =
                                            pv.contains(null)
                                                    ? null
                                                    : parents.get(new Key(key.period(), pv));
                                    if (p != null) {
                                        lines.computeIfAbsent(p, x -> new IntList(8)).add(id);
                                    }
                                });
                lines.forEach(this::line);
            }
        }

        /**
         * Where quarters (or months) of the same dimensions are published: each finer cell is the
         * sum of its quarters (months).
         */
        private void timeLines() {
            for (List<String> dims : janSep.keySet()) {
                for (Granularity g : List.of(Granularity.quarter, Granularity.month)) {
                    Integer t = tableIndex.get(StatTable.of(g, dims));
                    if (t == null) {
                        continue;
                    }
                    Map<Key, Integer> index = index(keyIndex, cells, tableStart, t);
                    for (Map<Key, Integer> kind : List.of(janSep.get(dims), octDec.get(dims))) {
                        kind.forEach(
                                (key, id) -> {
                                    IntList parts = new IntList(12);
                                    LocalDate end = derived.get(id - n).periodEnd();
                                    for (LocalDate p = key.period();
                                            !p.isAfter(end);
                                            p = p.plusMonths(g == Granularity.quarter ? 3 : 1)) {
                                        Integer c = index.get(new Key(p, key.values()));
                                        if (c != null) {
                                            parts.add(c);
                                        }
                                    }
                                    line(id, parts);
                                });
                    }
                    break;
                }
            }
        }
    }

    /**
     * One child table against one parent table: {@code toParent} gives the key of the parent cell a
     * child cell sums into.
     */
    private static void pass(
            StatCell[] cells,
            int[] tableStart,
            List<StatTable> published,
            int child,
            int parent,
            Function<StatCell, Key> toParent,
            Map<Key, Integer> parentIndex,
            int[] lineOfParent,
            IntList totals,
            IntList edgeLine,
            IntList edgeCell,
            LongList sums) {
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
                    throw new IllegalArgumentException(
                            "cell "
                                    + describe(cell.table(), cell.periodStart(), cell.values())
                                    + " is a part of a line whose total, cell "
                                    + describe(published.get(parent), key.period(), key.values())
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
                    throw new IllegalArgumentException(
                            "the cells of table "
                                    + published.get(child).id()
                                    + " that make up cell "
                                    + describe(
                                            cells[p].table(),
                                            cells[p].periodStart(),
                                            cells[p].values())
                                    + " do not add up to its count: the tables are inconsistent");
                }
            }
            lineOfParent[p] = -1;
        }
    }

    /**
     * A cell's key, without its count (messages must not reveal the counts of suppressed cells).
     */
    private static String describe(StatTable table, LocalDate period, List<String> values) {
        return table.id()
                + "["
                + period
                + (values.isEmpty() ? "" : ", " + String.join(", ", values))
                + "]";
    }

    private static Map<Key, Integer> index(
            Map<Key, Integer>[] keyIndex, StatCell[] cells, int[] tableStart, int table) {
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

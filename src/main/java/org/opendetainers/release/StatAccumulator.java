package org.opendetainers.release;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.Hierarchy;
import org.opendetainers.anonymize.Knowledge;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.ingest.records.DetainerRecord;
import org.opendetainers.ingest.records.RecordCounter;

/**
 * Counts the cells of every published table while the records stream by, in memory bounded by the
 * number of distinct cells, not of records. Each record increments one counter per table family at
 * month level (the total, each dimension, each published pair); the quarter, year and fiscal-year
 * tables are rolled up from the months at the end. Values are dictionary-encoded and a cell key is
 * one long: month index (12 bits) and two value codes (24 bits each).
 *
 * <p>Records found to be duplicates after staging are subtracted with {@link #remove}.
 */
public final class StatAccumulator implements RecordCounter {

    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);
    private static final long SYNTHETIC = 1;

    /** Dimension index lists of the month-level families: [], [d], and the published pairs. */
    private final List<int[]> families = new ArrayList<>();

    private final LongCounts[] counts;
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();

    /**
     * Distinct (facility, agency, aor, state) code combinations with their record counts, to find
     * hierarchies.
     */
    private final LongCounts geography = new LongCounts();

    /** The geographic dimensions, in the order of the bits of a {@link #geography} key. */
    private static final Dimension[] GEOGRAPHY = {
        Dimension.facility, Dimension.agency, Dimension.aor, Dimension.state
    };

    private final int[] geo = Arrays.stream(GEOGRAPHY).mapToInt(Dimension::ordinal).toArray();
    private final int[] code = new int[Dimension.values().length];

    public StatAccumulator() {
        families.add(new int[0]);
        for (int d = 0; d < Dimension.values().length; d++) {
            families.add(new int[] {d});
            codes.add(new HashMap<>());
            values.add(new ArrayList<>());
        }
        for (List<String> pair : PublishedTables.PAIRS) {
            families.add(
                    new int[] {
                        Dimension.NAMES.indexOf(pair.get(0)), Dimension.NAMES.indexOf(pair.get(1))
                    });
        }
        counts = new LongCounts[families.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongCounts();
        }
    }

    @Override
    public void add(DetainerRecord r, boolean synthetic) {
        count(r, synthetic, 2);
    }

    /** Subtracts a record counted by {@link #add} (a duplicate found after staging). */
    @Override
    public void remove(DetainerRecord r) {
        count(r, false, -2);
    }

    /** Counts are stored doubled, the low bit marking cells with synthetic records. */
    private void count(DetainerRecord r, boolean synthetic, long delta) {
        String[] v = new String[Dimension.values().length];
        for (Dimension d : Dimension.values()) {
            v[d.ordinal()] = r.value(d);
        }
        for (int d = 0; d < v.length; d++) {
            Integer c = codes.get(d).get(v[d]);
            if (c == null) {
                c = values.get(d).size();
                if (c >= 1 << 24) {
                    throw new IllegalStateException(
                            "more than 2^24 distinct values of " + Dimension.NAMES.get(d));
                }
                codes.get(d).put(v[d], c);
                values.get(d).add(v[d]);
            }
            code[d] = c;
        }
        long month =
                (long) (r.preparedOn().getYear() - EPOCH.getYear()) * 12
                        + r.preparedOn().getMonthValue()
                        - 1;
        long bits = synthetic ? SYNTHETIC : 0;
        for (int f = 0; f < counts.length; f++) {
            int[] dims = families.get(f);
            long key = month << 48;
            if (dims.length > 0) {
                key |= (long) code[dims[0]] << 24;
            }
            if (dims.length > 1) {
                key |= code[dims[1]];
            }
            counts[f].add(key, delta, bits);
        }
        if (code[geo[0]] >= 1 << 24
                || code[geo[1]] >= 1 << 14
                || code[geo[2]] >= 1 << 13
                || code[geo[3]] >= 1 << 13) {
            throw new IllegalStateException(
                    "too many distinct facilities, agencies, areas or states");
        }
        geography.add(
                (long) code[geo[0]] << 40
                        | (long) code[geo[1]] << 26
                        | (long) code[geo[2]] << 13
                        | code[geo[3]],
                delta / 2,
                0);
    }

    /** The cells of every published table, and which of them hold synthetic records. */
    public record Result(
            List<StatTable> tables,
            List<StatCell> cells,
            BitSet synthetic,
            List<Hierarchy> hierarchies,
            Knowledge.SpanCounts spans) {}

    /**
     * The records over a span of months with given values of a family's dimensions (the month-level
     * counters), for the finer cells of the audit ({@link Knowledge}); 0 for dimensions that are
     * not a family.
     */
    private long span(List<String> dims, List<String> vals, YearMonth from, YearMonth to) {
        int f;
        try {
            f = family(dims);
        } catch (IllegalStateException e) {
            return 0;
        }
        int[] fd = families.get(f);
        long valueBits = 0;
        for (int i = 0; i < fd.length; i++) {
            Integer c = codes.get(fd[i]).get(vals.get(i));
            if (c == null) {
                return 0;
            }
            valueBits |= (long) c << (i == 0 ? 24 : 0);
        }
        long n = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long month = (long) (m.getYear() - EPOCH.getYear()) * 12 + m.getMonthValue() - 1;
            if (month >= 0) {
                n += counts[f].get(month << 48 | valueBits) >> 1;
            }
        }
        return n;
    }

    public Result result() {
        List<StatTable> tables = PublishedTables.all();
        List<StatCell> cells = new ArrayList<>();
        BitSet synthetic = new BitSet();
        for (StatTable table : tables) {
            int f = family(table.dimensions());
            Map<Long, long[]> rolled = new HashMap<>();
            Granularity g = table.granularity();
            counts[f].forEach(
                    (key, value) -> {
                        long count = value >> 1;
                        if (count == 0) {
                            return;
                        }
                        LocalDate month = EPOCH.plusMonths(key >>> 48);
                        long periodIndex = g.periodStart(month).toEpochDay();
                        long rolledKey = (periodIndex << 48) | (key & ((1L << 48) - 1));
                        long[] sum = rolled.computeIfAbsent(rolledKey, k -> new long[2]);
                        sum[0] += count;
                        sum[1] |= value & SYNTHETIC;
                    });
            int[] dims = families.get(f);
            for (Map.Entry<Long, long[]> e : rolled.entrySet()) {
                long key = e.getKey();
                List<String> cellValues = new ArrayList<>(dims.length);
                if (dims.length > 0) {
                    cellValues.add(values.get(dims[0]).get((int) ((key >>> 24) & 0xFFFFFF)));
                }
                if (dims.length > 1) {
                    cellValues.add(values.get(dims[1]).get((int) (key & 0xFFFFFF)));
                }
                if (e.getValue()[1] != 0) {
                    synthetic.set(cells.size());
                }
                cells.add(
                        new StatCell(
                                table,
                                LocalDate.ofEpochDay(key >>> 48),
                                cellValues,
                                e.getValue()[0]));
            }
        }
        return new Result(tables, cells, synthetic, hierarchies(), new MonthLevel());
    }

    /**
     * The month-level counters, which the audit's finer cells read ({@link Knowledge}) beyond the
     * published cells: the statistics fingerprint digests them too ({@link
     * DetainerStats#fingerprint}), since two extracts with the same published cells may split a
     * year differently.
     */
    final class MonthLevel implements Knowledge.SpanCounts {

        @Override
        public long count(List<String> dims, List<String> vals, YearMonth from, YearMonth to) {
            return span(dims, vals, from, to);
        }

        /**
         * Every non-zero counter as {@code family|month|values|count[|s]}, sorted (independent of
         * the records' order).
         */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (int f = 0; f < counts.length; f++) {
                int[] dims = families.get(f);
                String family = Arrays.toString(dims);
                counts[f].forEach(
                        (key, value) -> {
                            long count = value >> 1;
                            if (count == 0) {
                                return;
                            }
                            StringBuilder line =
                                    new StringBuilder(family).append('|').append(key >>> 48);
                            if (dims.length > 0) {
                                line.append('|')
                                        .append(
                                                values.get(dims[0])
                                                        .get((int) ((key >>> 24) & 0xFFFFFF)));
                            }
                            if (dims.length > 1) {
                                line.append('\u001f')
                                        .append(values.get(dims[1]).get((int) (key & 0xFFFFFF)));
                            }
                            lines.add(
                                    line.append('|')
                                            .append(count)
                                            .append((value & SYNTHETIC) != 0 ? "|s" : "")
                                            .toString());
                        });
            }
            Collections.sort(lines);
            return lines;
        }
    }

    /** The family index of a table's dimensions (in canonical order, as the families are built). */
    private int family(List<String> dims) {
        for (int f = 0; f < families.size(); f++) {
            int[] d = families.get(f);
            if (d.length == dims.size()
                    && (d.length == 0
                            || (Dimension.NAMES.get(d[0]).equals(dims.get(0))
                                    && (d.length == 1
                                            || Dimension.NAMES.get(d[1]).equals(dims.get(1)))))) {
                return f;
            }
        }
        throw new IllegalStateException("no family for " + dims);
    }

    /**
     * The dependencies among the geographic dimensions that hold in the data: facility → agency
     * always does (the facility mapping is public), facility → state and → aor usually, sometimes
     * aor → state. Each makes coarse cells sums of fine cells, so each is a line to protect.
     */
    private List<Hierarchy> hierarchies() {
        String[] names = Arrays.stream(GEOGRAPHY).map(Dimension::name).toArray(String[]::new);
        List<String[]> combos = new ArrayList<>();
        geography.forEach(
                (k, n) -> {
                    if (n > 0) {
                        combos.add(
                                new String[] {
                                    values.get(geo[0]).get((int) (k >>> 40)),
                                    values.get(geo[1]).get((int) ((k >>> 26) & 0x3FFF)),
                                    values.get(geo[2]).get((int) ((k >>> 13) & 0x1FFF)),
                                    values.get(geo[3]).get((int) (k & 0x1FFF))
                                });
                    }
                });
        List<Hierarchy> found = new ArrayList<>();
        for (int fine = 0; fine < names.length; fine++) {
            for (int coarse = 0; coarse < names.length; coarse++) {
                if (fine == coarse) {
                    continue;
                }
                Map<String, String> mapping = new HashMap<>();
                boolean function = true;
                for (String[] c : combos) {
                    String previous = mapping.putIfAbsent(c[fine], c[coarse]);
                    if (previous != null && !previous.equals(c[coarse])) {
                        function = false;
                        break;
                    }
                }
                // one-to-one pairs count too: a coarse cell with a single fine part equals it, and
                // the line total = part makes suppression treat the two alike
                if (function) {
                    found.add(new Hierarchy(names[fine], names[coarse], mapping));
                }
            }
        }
        return found;
    }
}

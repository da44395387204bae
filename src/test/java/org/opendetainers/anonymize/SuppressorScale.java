package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: measures {@link Suppressor#suppress} and {@link DifferencingAttack#recover} on the
 * {@link PublishedTables} of a synthetic extract of the size of the real data (about a million
 * cells). Run from the test class path, e.g. with arguments {@code [records] [seed]}: {@code java
 * -Xmx2g -cp target/classes:target/test-classes org.opendetainers.anonymize.SuppressorScale
 * 3000000}; a third argument {@code audit} runs the {@link AuditedSuppressor} (line rule and
 * linear-programming audit) instead.
 */
public final class SuppressorScale {

    private SuppressorScale() {}

    /** Cardinality of each dimension, in {@link Dimension} order. */
    private static final int[] CARDINALITY = {1800, 2400, 25, 56, 3, 7, 190, 6, 4, 8};

    private static final double[] SKEW = {0.997, 0.998, 0.85, 0.9, 0.2, 0.7, 0.95, 0.4, 0.6, 0.6};
    private static final LocalDate FIRST_MONTH = LocalDate.of(2011, 10, 1);
    private static final int MONTHS = 156; // FY2012 .. FY2024

    /**
     * Builds the cells, then times suppression and the attack.
     *
     * @param args number of records (default 3,000,000) and random seed (default 1)
     */
    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long t0 = System.nanoTime();
        List<StatTable> tables = PublishedTables.all();
        List<StatCell> cells = build(tables, records, new Random(seed));
        long t1 = System.nanoTime();
        System.out.printf(
                "%,d records -> %,d cells in %d tables (built in %.1f s)%n",
                records, cells.size(), tables.size(), (t1 - t0) / 1e9);
        if (args.length > 2 && args[2].equals("audit")) {
            long a0 = System.nanoTime();
            AuditedSuppressor.Report report =
                    AuditedSuppressor.protect(
                            tables,
                            cells,
                            Suppressor.DEFAULT_K,
                            AuditedSuppressor.defaultWidth(Suppressor.DEFAULT_K),
                            List.of(),
                            c -> false,
                            c -> false);
            System.out.printf(
                    "protection with the audit: %.1f s; %s%n",
                    (System.nanoTime() - a0) / 1e9, report);
            return;
        }
        Lines lines = Lines.build(tables, cells, false);
        System.out.printf(
                "%,d lines, %,d line memberships (parts), %,d with totals%n",
                lines.lineCount(), lines.memberships(), lines.cellLines.length);
        lines = null;

        for (int run = 1; run <= 3; run++) {
            System.gc();
            long before = usedMemory();
            long s0 = System.nanoTime();
            SuppressionReport report = Suppressor.suppress(tables, cells, Suppressor.DEFAULT_K);
            long s1 = System.nanoTime();
            Map<StatCell, Long> recovered = DifferencingAttack.recover(tables, cells);
            long s2 = System.nanoTime();
            System.out.printf(
                    "run %d: suppress %.2f s (%s), attack %.2f s (%d recovered); heap in use before %d MB, after %d MB%n",
                    run,
                    (s1 - s0) / 1e9,
                    report,
                    (s2 - s1) / 1e9,
                    recovered.size(),
                    before >> 20,
                    usedMemory() >> 20);
        }
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static List<StatCell> build(List<StatTable> tables, int records, Random random) {
        List<String> dims = Dimension.NAMES;
        double[][] cumulative = new double[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            cumulative[d] = cumulative(CARDINALITY[d], SKEW[d]);
        }
        // month-level counts for each month table and for each pair (rolled up to coarser periods
        // afterwards)
        List<List<String>> monthly = new ArrayList<>();
        monthly.add(List.of());
        dims.forEach(d -> monthly.add(List.of(d)));
        monthly.addAll(PublishedTables.PAIRS);
        List<int[]> dimIndex = new ArrayList<>();
        List<Map<Long, long[]>> counts = new ArrayList<>();
        for (List<String> m : monthly) {
            dimIndex.add(
                    StatTable.of(Granularity.month, m).dimensions().stream()
                            .mapToInt(dims::indexOf)
                            .toArray());
            counts.add(new HashMap<>());
        }
        int[] v = new int[dims.size()];
        for (int r = 0; r < records; r++) {
            // more detainers in later years
            int month = (int) (MONTHS * Math.sqrt(random.nextDouble()));
            for (int d = 0; d < v.length; d++) {
                v[d] = pick(cumulative[d], random);
            }
            for (int t = 0; t < monthly.size(); t++) {
                long key = month;
                for (int d : dimIndex.get(t)) {
                    key = key << 12 | v[d];
                }
                counts.get(t).computeIfAbsent(key, x -> new long[1])[0]++;
            }
        }
        List<StatCell> cells = new ArrayList<>();
        for (StatTable table : tables) {
            int t = monthly.indexOf(table.dimensions());
            int[] di = dimIndex.get(t);
            Map<List<Object>, long[]> rolled = new HashMap<>();
            counts.get(t)
                    .forEach(
                            (key, n) -> {
                                long k = key;
                                List<Object> values = new ArrayList<>();
                                for (int i = di.length - 1; i >= 0; i--) {
                                    values.add(0, dims.get(di[i]) + "-" + (k & 0xFFF));
                                    k >>>= 12;
                                }
                                values.add(
                                        0,
                                        table.granularity().periodStart(FIRST_MONTH.plusMonths(k)));
                                rolled.computeIfAbsent(values, x -> new long[1])[0] += n[0];
                            });
            rolled.forEach(
                    (key, n) ->
                            cells.add(
                                    new StatCell(
                                            table,
                                            (LocalDate) key.get(0),
                                            key.subList(1, key.size()).stream()
                                                    .map(String.class::cast)
                                                    .toList(),
                                            n[0])));
        }
        return cells;
    }

    private static double[] cumulative(int n, double ratio) {
        double[] c = new double[n];
        double w = 1;
        double sum = 0;
        for (int i = 0; i < n; i++, w *= ratio) {
            sum += w;
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }
}

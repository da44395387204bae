package org.opendetainers.release;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.anonymize.Knowledge;
import org.opendetainers.anonymize.LinearAudit;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.anonymize.Suppressor;
import org.opendetainers.testing.SourceDirs;

/**
 * Not a test: counts the record-level extracts of a source directory (default data-seed) into the
 * published tables without a database, suppresses and audits them, and prints what each step did
 * and how long it took. {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.opendetainers.release.AuditScale [source-dir] [k]}.
 */
public final class AuditScale {

    private AuditScale() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "data-seed");
        int k = args.length > 1 ? Integer.parseInt(args[1]) : Suppressor.DEFAULT_K;
        long t0 = System.nanoTime();
        StatAccumulator.Result result = SourceDirs.countExtracts(source);
        long t1 = System.nanoTime();
        System.out.printf(
                "read and counted in %.1f s: %,d cells in %d tables%n",
                (t1 - t0) / 1e9, result.cells().size(), result.tables().size());
        String drop = System.getProperty("drop", "");
        if (!drop.isEmpty()) {
            Predicate<StatTable> keep = t -> !t.id().matches(drop);
            result =
                    new StatAccumulator.Result(
                            result.tables().stream().filter(keep).toList(),
                            result.cells().stream().filter(c -> keep.test(c.table())).toList(),
                            new BitSet(),
                            result.hierarchies(),
                            result.spans());
            System.out.printf(
                    "kept %,d cells in %d tables%n", result.cells().size(), result.tables().size());
        }
        StatAccumulator.Result counted = result;
        if (Boolean.getBoolean("blind")) {
            // the audit before finer cells and coverage were modelled
            result =
                    new StatAccumulator.Result(
                            result.tables(),
                            result.cells(),
                            result.synthetic(),
                            result.hierarchies(),
                            null);
        }
        DetainerStats.Cells cells =
                DetainerStats.compute(
                        result, k, AuditedSuppressor.defaultWidth(k), DetainerStats.Previous.NONE);
        System.out.println(cells.protection());
        // per table: cells, cells hidden, records, records hidden
        Map<String, long[]> perTable = new TreeMap<>();
        cells.cells()
                .forEach(
                        c -> {
                            long[] t = perTable.computeIfAbsent(c.table().id(), x -> new long[4]);
                            t[0]++;
                            t[2] += c.count();
                            if (c.suppressed()) {
                                t[1]++;
                                t[3] += c.count();
                            }
                        });
        System.out.printf(
                "%-40s %8s %8s %10s %10s %8s%n",
                "table", "cells", "hidden", "records", "hidden", "utility");
        perTable.forEach(
                (id, t) ->
                        System.out.printf(
                                "%-40s %8d %8d %10d %10d %7.1f%%%n",
                                id, t[0], t[1], t[2], t[3], 100.0 * (t[2] - t[3]) / t[2]));
        LinearAudit.Result a = cells.protection().audit();
        System.out.printf(
                "final audit: %d unknowns, %d finer cells, %d exact, %d narrow, %d LPs, %d ms; protection %d ms in %d rounds%n",
                a.cellsAudited(),
                a.derivedCells(),
                a.exact().size(),
                a.narrow().size(),
                a.lpSolves(),
                a.millis(),
                cells.protection().millis(),
                cells.protection().rounds());
        if (Boolean.getBoolean("blind")) {
            // the same pattern against the attacker who knows the finer cells and the coverage
            LinearAudit.Result strong =
                    LinearAudit.audit(
                            cells.tables(),
                            cells.cells(),
                            cells.hierarchies(),
                            AuditedSuppressor.defaultWidth(k),
                            c -> false,
                            Knowledge.of(counted.spans(), k));
            Function<List<LinearAudit.Interval>, String> split =
                    l ->
                            l.stream().filter(i -> i.cell().derived()).count()
                                    + " finer, "
                                    + l.stream().filter(i -> !i.cell().derived()).count()
                                    + " published";
            System.out.printf(
                    "strengthened audit of this pattern: %d exact (%s), %d narrow (%s), %d ms; e.g. %s%n",
                    strong.exact().size(),
                    split.apply(strong.exact()),
                    strong.narrow().size(),
                    split.apply(strong.narrow()),
                    strong.millis(),
                    strong.failures().stream().limit(3).toList());
        }
    }
}

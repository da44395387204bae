package org.opendetainers.release;

import org.opendetainers.anonymize.LinearAudit;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.anonymize.Suppressor;

import java.nio.file.Path;

/**
 * Not a test: counts the record-level extracts of a source directory (default data-seed) into the
 * published tables without a database, suppresses and audits them, and prints what each step
 * did and how long it took. {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.opendetainers.release.AuditScale [source-dir] [k]}.
 */
public final class AuditScale {

    private AuditScale() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "data-seed");
        int k = args.length > 1 ? Integer.parseInt(args[1]) : Suppressor.DEFAULT_K;
        long t0 = System.nanoTime();
        StatAccumulator.Result result = org.opendetainers.testing.SourceDirs.countExtracts(source);
        long t1 = System.nanoTime();
        System.out.printf("read and counted in %.1f s: %,d cells in %d tables%n", (t1 - t0) / 1e9, result.cells().size(), result.tables().size());
        String drop = System.getProperty("drop", "");
        if (!drop.isEmpty()) {
            java.util.function.Predicate<org.opendetainers.anonymize.StatTable> keep = t -> !t.id().matches(drop);
            result = new StatAccumulator.Result(result.tables().stream().filter(keep).toList(),
                    result.cells().stream().filter(c -> keep.test(c.table())).toList(), new java.util.BitSet(), result.hierarchies());
            System.out.printf("kept %,d cells in %d tables%n", result.cells().size(), result.tables().size());
        }
        DetainerStats.Cells cells = DetainerStats.compute(result, k, org.opendetainers.anonymize.AuditedSuppressor.defaultWidth(k), DetainerStats.Previous.NONE);
        System.out.println(cells.protection());
        java.util.Map<String, Long> perTable = new java.util.TreeMap<>();
        cells.cells().forEach(c -> perTable.merge(c.table().id(), 1L, Long::sum));
        System.out.println(perTable);
    }
}

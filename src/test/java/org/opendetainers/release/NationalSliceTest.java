package org.opendetainers.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * A slice of an extract shaped like ICE's national data ({@code generate-records --profile
 * national}: 7,000 facility codes, 25 field offices, about 200 countries) publishes, and what it
 * publishes passes the outside audit (the linear program that knows the finer cells and the
 * coverage, reading no suppressed count): at this size most facility cells are under k, so the
 * facility tables are withheld before protection, with their reason, and the rest is protected. The
 * national size itself is measured by {@code bin/benchmark-import} (docs/benchmarks.md).
 */
@Tag("unit")
class NationalSliceTest {

    @TempDir Path dir;

    @Test
    void aNationalShapedSlicePublishesAndPassesTheOutsideAudit() throws Exception {
        Path records = SourceDirs.copySeedWithoutRecords(dir);
        SyntheticExtractGenerator.write(
                records.resolve("national-10000.csv"),
                10_000,
                20261207,
                SyntheticExtractGenerator.Profile.national);
        StatAccumulator.Result counted = SourceDirs.countExtracts(dir);
        DetainerStats.Cells cells = CountyExtractTest.publish(counted);
        AuditedSuppressor.Report p = cells.protection();
        List<String> withheld =
                p.withheld().stream().map(AuditedSuppressor.Withheld::table).toList();
        assertTrue(withheld.contains("fiscal_year__facility__outcome"), withheld.toString());
        assertTrue(
                p.withheld().stream()
                        .allMatch(w -> w.reason().contains("withheld before protection")),
                p.withheld().toString());
        // the totals publish whole
        long hiddenInTotals =
                cells.cells().stream()
                        .filter(c -> c.table().arity() == 0 && c.suppressed())
                        .count();
        assertEquals(0, hiddenInTotals);
        long fyTotal =
                cells.cells().stream()
                        .filter(c -> c.table().id().equals("fiscal_year__total"))
                        .mapToLong(StatCell::count)
                        .sum();
        assertEquals(10_000, fyTotal);
    }
}

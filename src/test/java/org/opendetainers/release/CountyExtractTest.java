package org.opendetainers.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.anonymize.AuditedSuppressor;
import org.opendetainers.anonymize.DifferencingAttack;
import org.opendetainers.anonymize.Knowledge;
import org.opendetainers.anonymize.LinearAudit;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.anonymize.Suppressor;
import org.opendetainers.ingest.records.DetainerRecord;

/**
 * County-sized extracts in ICE's layout (3 areas of responsibility, a handful of facilities, ten
 * fiscal years and the start of the eleventh) publish: protection withholds what it cannot protect,
 * lists it, and what it publishes passes the audit that knows the finer cells and the coverage. No
 * database: the records are counted as the import counts them.
 */
@Tag("unit")
class CountyExtractTest {

    private static final int K = Suppressor.DEFAULT_K;
    private static final int WIDTH = AuditedSuppressor.defaultWidth(K);

    /** Facility, agency, area of responsibility and state of the county's jails. */
    private static final String[][] FACILITIES = {
        {"COUNTY JAIL", "county-sheriff", "Chicago Area of Responsibility", "IL"},
        {"COUNTY JAIL ANNEX", "county-sheriff", "Chicago Area of Responsibility", "IL"},
        {"CITY LOCKUP", "city-police", "Chicago Area of Responsibility", "IL"},
        {"RIVER CORRECTIONAL", "state-doc", "St. Paul Area of Responsibility", "WI"},
        {"LAKE DETENTION", "state-doc", "Detroit Area of Responsibility", "MI"}
    };

    static StatAccumulator.Result county(int records, long seed) {
        Random r = new Random(seed);
        LocalDate first = LocalDate.of(2015, 10, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        List<String> countries =
                List.of(
                        "MEXICO",
                        "GUATEMALA",
                        "HONDURAS",
                        "EL SALVADOR",
                        "ECUADOR",
                        "INDIA",
                        "CHINA",
                        "POLAND",
                        "DOMINICAN REPUBLIC",
                        "COLOMBIA",
                        "PERU",
                        "NIGERIA",
                        "PHILIPPINES",
                        "VIETNAM",
                        "JAMAICA",
                        "HAITI",
                        "CUBA",
                        "BRAZIL",
                        "VENEZUELA",
                        "UKRAINE");
        StatAccumulator counts = new StatAccumulator();
        for (int i = 0; i < records; i++) {
            String[] f = FACILITIES[pick(r, 0.45, FACILITIES.length)];
            LocalDate day = first.plusDays(r.nextInt(days));
            counts.add(
                    new DetainerRecord(
                            day,
                            f[1],
                            f[0],
                            f[2],
                            f[3],
                            List.of("male", "female", "unknown").get(pick(r, 0.15, 3)),
                            List.of(
                                            "25-34",
                                            "35-44",
                                            "18-24",
                                            "45-54",
                                            "55-plus",
                                            "under-18",
                                            "unknown")
                                    .get(pick(r, 0.55, 7)),
                            countries.get(pick(r, 0.5, countries.size())),
                            List.of("i-247a", "i-247d", "i-247", "i-247n", "unknown")
                                    .get(pick(r, 0.3, 5)),
                            List.of(
                                            "convicted",
                                            "pending_charges",
                                            "other_immigration_violator",
                                            "unknown")
                                    .get(pick(r, 0.5, 4)),
                            List.of("ice_custody", "lifted", "declined", "released", "unknown")
                                    .get(pick(r, 0.5, 5))),
                    false);
        }
        return counts.result();
    }

    /** Index i with probability proportional to ratio^i. */
    private static int pick(Random r, double ratio, int n) {
        double total = (1 - Math.pow(ratio, n)) / (1 - ratio);
        double x = r.nextDouble() * total;
        double w = 1;
        for (int i = 0; i < n; i++, w *= ratio) {
            if (x < w) {
                return i;
            }
            x -= w;
        }
        return n - 1;
    }

    static DetainerStats.Cells publish(StatAccumulator.Result counted) {
        DetainerStats.Cells cells =
                DetainerStats.compute(counted, K, WIDTH, DetainerStats.Previous.NONE);
        AuditedSuppressor.Report p = cells.protection();
        assertTrue(p.audit().passed(), p.audit().failures().toString());
        // what is published, audited afresh by an attacker who knows the finer cells and the
        // coverage
        LinearAudit.Result outside =
                LinearAudit.audit(
                        cells.tables(),
                        cells.cells(),
                        cells.hierarchies(),
                        WIDTH,
                        c -> false,
                        Knowledge.of(counted.spans(), K));
        assertEquals(List.of(), outside.failures());
        assertTrue(
                DifferencingAttack.recover(cells.tables(), cells.cells(), cells.hierarchies())
                        .isEmpty());
        // the withheld tables are listed with a reason, and none of their cells is published
        for (AuditedSuppressor.Withheld w : p.withheld()) {
            assertFalse(w.reason().isBlank());
            assertTrue(
                    cells.cells().stream().noneMatch(c -> c.table().id().equals(w.table())),
                    w.table());
            assertTrue(cells.tables().stream().noneMatch(t -> t.id().equals(w.table())), w.table());
        }
        assertEquals(PublishedTables.all().size(), cells.tables().size() + p.withheld().size());
        System.out.println(summary(cells));
        return cells;
    }

    /** Per table: cells, cells hidden, records hidden (for the closing note). */
    static String summary(DetainerStats.Cells cells) {
        Map<String, long[]> per = new TreeMap<>();
        for (StatCell c : cells.cells()) {
            long[] t = per.computeIfAbsent(c.table().id(), x -> new long[4]);
            t[0]++;
            t[2] += c.count();
            if (c.suppressed()) {
                t[1]++;
                t[3] += c.count();
            }
        }
        StringBuilder s = new StringBuilder();
        AuditedSuppressor.Report p = cells.protection();
        s.append(
                String.format(
                        "%d cells, %d suppressed, %d tables withheld %s; protection %d ms in %d rounds, final audit %d ms (%d finer cells)%n",
                        p.cells(),
                        p.suppressed(),
                        p.withheld().size(),
                        p.withheld(),
                        p.millis(),
                        p.rounds(),
                        p.audit().millis(),
                        p.audit().derivedCells()));
        per.forEach(
                (id, t) ->
                        s.append(
                                String.format(
                                        "  %-42s %5d cells %5d hidden; records in published cells %5.1f %%%n",
                                        id, t[0], t[1], 100.0 * (t[2] - t[3]) / t[2])));
        return s.toString();
    }

    @Test
    void aCountyOfThreeThousandRecordsPublishes() {
        publish(county(3000, 20261207));
    }

    @Test
    void fourHundredRecordsPublishToo() {
        publish(county(400, 7));
    }
}

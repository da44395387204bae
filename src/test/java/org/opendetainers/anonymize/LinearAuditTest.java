package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The three mechanisms an outside linear-programming audit found, each in a small hand-built
 * release: the line rule ({@link Suppressor}) leaves the cell recoverable, the one-unknown
 * differencing attack does not see it, the {@link LinearAudit} does, and the {@link
 * AuditedSuppressor} then protects it.
 */
@Tag("unit")
class LinearAuditTest {

    private static final int K = 11;
    private static final int WIDTH = AuditedSuppressor.defaultWidth(K);

    /**
     * Quarterly counts of one dimension, rolled up into quarter, year and fiscal-year tables and
     * their totals.
     */
    private static List<StatCell> rollUp(
            List<StatTable> tables, String dim, Map<String, long[]> quarterly, LocalDate first) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (var e : quarterly.entrySet()) {
            long[] counts = e.getValue();
            for (int q = 0; q < counts.length; q++) {
                LocalDate start = first.plusMonths(3L * q);
                for (Granularity g :
                        List.of(Granularity.quarter, Granularity.year, Granularity.fiscal_year)) {
                    sums.merge(
                            g + "|" + g.periodStart(start) + "|" + e.getKey(),
                            counts[q],
                            Long::sum);
                    sums.merge(g + "|" + g.periodStart(start) + "|", counts[q], Long::sum);
                }
            }
        }
        List<StatCell> cells = new ArrayList<>();
        sums.forEach(
                (key, count) -> {
                    String[] p = key.split("\\|", -1);
                    Granularity g = Granularity.parse(p[0]);
                    boolean total = p[2].isEmpty();
                    StatTable t = StatTable.of(g, total ? List.of() : List.of(dim));
                    if (!tables.contains(t)) {
                        tables.add(t);
                    }
                    if (count > 0) {
                        cells.add(
                                new StatCell(
                                        t,
                                        LocalDate.parse(p[1]),
                                        total ? List.of() : List.of(p[2]),
                                        count));
                    }
                });
        return cells;
    }

    private static LinearAudit.Interval interval(
            LinearAudit.Result result, String table, String period, String value) {
        return result.failures().stream()
                .filter(
                        i ->
                                i.cell().table().id().equals(table)
                                        && i.cell().periodStart().toString().equals(period)
                                        && i.cell().values().equals(List.of(value)))
                .findFirst()
                .orElse(null);
    }

    @Test
    void mechanism1_calendarAgainstFiscalYearIsolatesTheFourthQuarter() {
        // dc-doc's 2012-Q4 counts 6; the series starts in 2012, so FY2012 is Q1..Q3 2012 and
        // year 2012 − FY2012 = Q4 2012
        List<StatTable> tables = new ArrayList<>();
        Map<String, long[]> quarterly = new LinkedHashMap<>();
        quarterly.put("dc-doc", new long[] {4, 9, 10, 6, 12, 13, 14, 15});
        quarterly.put("nypd", new long[] {40, 41, 42, 43, 44, 45, 46, 47});
        quarterly.put("cook", new long[] {30, 31, 32, 33, 34, 35, 36, 37});
        List<StatCell> cells = rollUp(tables, "agency", quarterly, LocalDate.of(2012, 1, 1));

        Suppressor.suppress(tables, cells, K);
        assertTrue(
                DifferencingAttack.recover(tables, cells).isEmpty(),
                "the line rule holds against one-unknown subtraction");
        LinearAudit.Result before = LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false);
        LinearAudit.Interval q4 = interval(before, "quarter__agency", "2012-10-01", "dc-doc");
        assertTrue(
                q4 != null && q4.width() < WIDTH,
                "the audit sees 2012-Q4 dc-doc: " + before.failures());
        assertFalse(before.passed());

        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        tables, cells, K, WIDTH, List.of(), c -> false, c -> false);
        assertTrue(report.audit().passed());
        assertTrue(report.secondary() > 0, "the audit asked for more suppression");
        LinearAudit.Result after = LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false);
        assertTrue(after.passed(), after.failures().toString());
        assertEquals(0, after.exact().size());
        assertTrue(after.narrowestWidth() >= WIDTH);
    }

    @Test
    void mechanism2_suppressedRowsAreAtLeastOne() {
        // 169 records: two bands of 1 suppressed; 169 − 167 = 2 shared by two cells of at least 1
        StatTable total = StatTable.of(Granularity.year, List.of());
        StatTable bands = StatTable.of(Granularity.year, List.of("age_band"));
        List<StatTable> tables = List.of(total, bands);
        LocalDate y = LocalDate.of(2013, 1, 1);
        List<StatCell> cells =
                new ArrayList<>(
                        List.of(
                                new StatCell(total, y, List.of(), 169),
                                new StatCell(bands, y, List.of("25-34"), 150),
                                new StatCell(bands, y, List.of("18-24"), 17),
                                new StatCell(bands, y, List.of("under-18"), 1),
                                new StatCell(bands, y, List.of("unknown"), 1)));

        Suppressor.suppress(tables, cells, K);
        assertTrue(DifferencingAttack.recover(tables, cells).isEmpty());
        LinearAudit.Result before = LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false);
        assertEquals(2, before.exact().size(), "both are 1: " + before.failures());
        assertEquals(1, before.exact().get(0).lower());
        assertEquals(1, before.exact().get(0).upper());

        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        tables, cells, K, WIDTH, List.of(), c -> false, c -> false);
        assertTrue(report.audit().passed());
        assertTrue(cells.get(2).suppressed(), "18-24 is suppressed too: " + cells);
        assertFalse(cells.get(0).suppressed(), "the total stays published");
        assertTrue(LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false).passed());
    }

    @Test
    void mechanism3_twoStepChainsThroughAHierarchy() {
        // facilities within agencies, crossed with outcome; the facility → agency hierarchy is
        // public
        Hierarchy h =
                new Hierarchy(
                        "facility",
                        "agency",
                        Map.of("f1", "a", "f2", "a", "f3", "b", "f4", "b", "f5", "c"));
        LinearAudit.Result found = null;
        List<StatTable> tables = null;
        List<StatCell> cells = null;
        for (int seed = 1; seed <= 400 && found == null; seed++) {
            tables = new ArrayList<>();
            cells = hierarchyRelease(tables, h, new Random(seed));
            Suppressor.suppress(tables, cells, K, List.of(h));
            if (!DifferencingAttack.recover(tables, cells, List.of(h)).isEmpty()) {
                continue;
            }
            if (!LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false).exact().isEmpty()) {
                continue; // recoverable without the hierarchy: not this mechanism
            }
            LinearAudit.Result withHierarchy =
                    LinearAudit.audit(tables, cells, List.of(h), WIDTH, c -> false);
            if (!withHierarchy.exact().isEmpty()) {
                found = withHierarchy;
            }
        }
        assertTrue(found != null, "a release where only the hierarchy gives a cell away");
        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        tables, cells, K, WIDTH, List.of(h), c -> false, c -> false);
        assertTrue(report.audit().passed());
        LinearAudit.Result after = LinearAudit.audit(tables, cells, List.of(h), WIDTH, c -> false);
        assertTrue(after.passed(), after.failures().toString());
    }

    /**
     * One year: total, agency, facility, outcome, agency × outcome and facility × outcome,
     * facilities summing into agencies.
     */
    private static List<StatCell> hierarchyRelease(
            List<StatTable> tables, Hierarchy h, Random random) {
        LocalDate y = LocalDate.of(2015, 1, 1);
        List<String> outcomes = List.of("declined", "honored", "lifted");
        Map<List<String>, Long> fine = new HashMap<>();
        for (String f : h.mapping().keySet().stream().sorted().toList()) {
            for (String o : outcomes) {
                long n = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
                if (n > 0) {
                    fine.put(List.of(f, o), n);
                }
            }
        }
        Map<StatTable, Map<List<String>, Long>> sums = new LinkedHashMap<>();
        for (List<String> dims :
                List.of(
                        List.<String>of(),
                        List.of("agency"),
                        List.of("facility"),
                        List.of("outcome"),
                        List.of("agency", "outcome"),
                        List.of("facility", "outcome"))) {
            StatTable t = StatTable.of(Granularity.year, dims);
            tables.add(t);
            sums.put(t, new LinkedHashMap<>());
        }
        fine.forEach(
                (key, n) -> {
                    String f = key.get(0);
                    String a = h.mapping().get(f);
                    String o = key.get(1);
                    for (StatTable t : sums.keySet()) {
                        List<String> values = new ArrayList<>();
                        for (String d : t.dimensions()) {
                            values.add(
                                    switch (d) {
                                        case "agency" -> a;
                                        case "facility" -> f;
                                        default -> o;
                                    });
                        }
                        sums.get(t).merge(values, n, Long::sum);
                    }
                });
        List<StatCell> cells = new ArrayList<>();
        sums.forEach((t, m) -> m.forEach((values, n) -> cells.add(new StatCell(t, y, values, n))));
        return cells;
    }

    @Test
    void aCellKnownFromElsewhereIsAConstant() {
        // the same release as mechanism 2, but 18-24 is suppressed as well: protected, unless an
        // earlier release published 18-24 with the same count
        StatTable total = StatTable.of(Granularity.year, List.of());
        StatTable bands = StatTable.of(Granularity.year, List.of("age_band"));
        List<StatTable> tables = List.of(total, bands);
        LocalDate y = LocalDate.of(2013, 1, 1);
        StatCell wide = new StatCell(bands, y, List.of("18-24"), 17, false, true);
        List<StatCell> cells =
                List.of(
                        new StatCell(total, y, List.of(), 169),
                        new StatCell(bands, y, List.of("25-34"), 150),
                        wide,
                        new StatCell(bands, y, List.of("under-18"), 1, true, false),
                        new StatCell(bands, y, List.of("unknown"), 1, true, false));
        assertTrue(LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false).passed());
        LinearAudit.Result known =
                LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> c.equals(wide));
        assertEquals(2, known.exact().size(), known.failures().toString());
    }

    @Test
    void aTotalIsTheComplementOfATotalsCellWhenNothingElseIsLeft() {
        // a sparse first quarter: January and February count 1 each, so both are exact (22 − 20 =
        // 2);
        // only another total, March, can hide them
        StatTable months = StatTable.of(Granularity.month, List.of());
        StatTable quarters = StatTable.of(Granularity.quarter, List.of());
        List<StatCell> cells =
                List.of(
                        new StatCell(months, LocalDate.of(2013, 1, 1), List.of(), 1),
                        new StatCell(months, LocalDate.of(2013, 2, 1), List.of(), 1),
                        new StatCell(months, LocalDate.of(2013, 3, 1), List.of(), 20),
                        new StatCell(quarters, LocalDate.of(2013, 1, 1), List.of(), 22));
        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        List.of(months, quarters),
                        cells,
                        K,
                        WIDTH,
                        List.of(),
                        c -> false,
                        c -> false);
        assertTrue(report.audit().passed());
        assertEquals(List.of(), report.withheld());
        assertTrue(cells.get(2).suppressed(), "March is hidden: " + cells);
        assertFalse(cells.get(3).suppressed(), "the quarter stays published");
    }

    @Test
    void aWidthNoIntervalCanReachWithholdsTheTableNotTheTotal() {
        StatTable total = StatTable.of(Granularity.year, List.of());
        StatTable bands = StatTable.of(Granularity.year, List.of("age_band"));
        LocalDate y = LocalDate.of(2013, 1, 1);
        List<StatCell> cells =
                List.of(
                        new StatCell(total, y, List.of(), 30),
                        new StatCell(bands, y, List.of("25-34"), 20),
                        new StatCell(bands, y, List.of("under-18"), 5),
                        new StatCell(bands, y, List.of("unknown"), 5));
        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        List.of(total, bands), cells, K, 40, List.of(), c -> false, c -> false);
        assertEquals(
                List.of("year__age_band"),
                report.withheld().stream().map(AuditedSuppressor.Withheld::table).toList());
        assertFalse(cells.get(0).suppressed(), "the total is published");
        assertEquals(1, report.cells());
    }

    @Test
    void aTableThatCannotBeProtectedIsWithheldAndTheOthersPublish() {
        // the previous release published the total and 25-34 with the same counts: nothing is left
        // to hide beside the two small bands, so the band table is withheld; gender publishes
        StatTable total = StatTable.of(Granularity.year, List.of());
        StatTable bands = StatTable.of(Granularity.year, List.of("age_band"));
        StatTable genders = StatTable.of(Granularity.year, List.of("gender"));
        LocalDate y = LocalDate.of(2013, 1, 1);
        StatCell sum = new StatCell(total, y, List.of(), 23);
        StatCell big = new StatCell(bands, y, List.of("25-34"), 20);
        List<StatCell> cells =
                List.of(
                        sum,
                        big,
                        new StatCell(bands, y, List.of("under-18"), 2),
                        new StatCell(bands, y, List.of("unknown"), 1),
                        new StatCell(genders, y, List.of("male"), 12),
                        new StatCell(genders, y, List.of("female"), 11));
        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        List.of(total, bands, genders),
                        cells,
                        K,
                        WIDTH,
                        List.of(),
                        c -> c.equals(sum) || c.equals(big),
                        c -> false);
        assertEquals(
                List.of("year__age_band"),
                report.withheld().stream().map(AuditedSuppressor.Withheld::table).toList());
        assertTrue(
                report.withheld().get(0).reason().contains("year__age_band[2013-01-01, "),
                report.withheld().toString());
        assertFalse(
                report.withheld().get(0).reason().contains("in ["),
                "no interval (an exact one is the count)");
        assertTrue(report.audit().passed());
        assertEquals(3, report.cells(), "the total and the two genders are published");
        assertFalse(cells.get(4).suppressed());
    }
}

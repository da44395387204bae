package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The two leaks an attacker finds through cells the tables do not publish but imply (issue 22),
 * each in a small hand-built release: a dimension published by calendar and by fiscal year splits
 * every year into January–September and October–December, anchored where the records begin; and the
 * fiscal year at the end of the records holds only October–December. The audit without that
 * knowledge passes the release; the audit with it finds the leak; protection with it closes it.
 */
@Tag("unit")
class FinerCellsTest {

    private static final int K = 11;
    private static final int WIDTH = AuditedSuppressor.defaultWidth(K);
    private static final String DIM = "citizenship_country";

    /**
     * The totals by month, quarter, year and fiscal year, and the dimension by year and by fiscal
     * year (the seed's set for one dimension).
     */
    static List<StatTable> tables() {
        List<StatTable> tables = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            tables.add(StatTable.of(g, List.of()));
        }
        tables.add(StatTable.of(Granularity.year, List.of(DIM)));
        tables.add(StatTable.of(Granularity.fiscal_year, List.of(DIM)));
        return tables;
    }

    /**
     * Two large countries every month, from January of {@code first} to December of {@code last}.
     */
    private static List<Cubes.Rec> background(int first, int last) {
        List<Cubes.Rec> records = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            for (int m = 1; m <= 12; m++) {
                Cubes.add(records, DIM, "MEXICO", y, m, 30 + m);
                Cubes.add(records, DIM, "GUATEMALA", y, m, 12 + (y + m) % 5);
            }
        }
        return records;
    }

    private static Knowledge knowledge(List<Cubes.Rec> records) {
        return Knowledge.of(Cubes.truth(records), K);
    }

    @Test
    void theOctoberToDecemberChainIsAnchoredWhereTheRecordsBegin() {
        // ALBANIA: 15 in Jan–Sep 2012, 2 in Oct–Dec 2012, 14 and 3 in 2013, 12 and 12 in 2014:
        // every
        // yearly and fiscal-year cell but none of the Oct–Dec parts is at least k
        List<Cubes.Rec> records = background(2012, 2014);
        Cubes.add(records, DIM, "ALBANIA", 2012, 3, 15);
        Cubes.add(records, DIM, "ALBANIA", 2012, 11, 2);
        Cubes.add(records, DIM, "ALBANIA", 2013, 5, 14);
        Cubes.add(records, DIM, "ALBANIA", 2013, 12, 3);
        Cubes.add(records, DIM, "ALBANIA", 2014, 2, 12);
        Cubes.add(records, DIM, "ALBANIA", 2014, 10, 12);
        List<StatTable> tables = tables();
        List<StatCell> cells = Cubes.aggregate(tables, records);

        AuditedSuppressor.Report blind =
                AuditedSuppressor.protect(
                        tables, cells, K, WIDTH, List.of(), c -> false, c -> false);
        assertTrue(blind.audit().passed(), "the audit without the finer cells passes");
        LinearAudit.Result seen =
                LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false, knowledge(records));
        assertTrue(
                seen.exact().stream()
                        .anyMatch(
                                i ->
                                        i.cell().derived()
                                                && i.cell().values().equals(List.of("ALBANIA"))
                                                && i.cell()
                                                        .periodStart()
                                                        .toString()
                                                        .equals("2012-10-01")
                                                && i.lower() == 2
                                                && i.upper() == 2),
                "Oct–Dec 2012 of ALBANIA is recovered exactly: " + seen.failures());

        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        tables,
                        cells,
                        K,
                        WIDTH,
                        List.of(),
                        c -> false,
                        c -> false,
                        knowledge(records));
        assertTrue(report.audit().passed(), report.audit().failures().toString());
        assertTrue(report.audit().derivedCells() > 0);
        LinearAudit.Result after =
                LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false, knowledge(records));
        assertEquals(List.of(), after.failures());
    }

    @Test
    void theLastFiscalYearHoldsOnlyOctoberToDecember() {
        // the records end on 31 December 2014, so FY2015 of a country is its Oct–Dec 2014; a
        // country
        // with 4 then must stay hidden, though its year 2014 and FY2014 are published
        List<Cubes.Rec> records = background(2013, 2014);
        for (String country : List.of("PERU", "CHILE", "CUBA")) {
            Cubes.add(records, DIM, country, 2013, 4, 20);
            Cubes.add(records, DIM, country, 2014, 4, 20 + country.length());
        }
        Cubes.add(records, DIM, "PERU", 2014, 11, 4);
        Cubes.add(records, DIM, "CHILE", 2014, 11, 13);
        Cubes.add(records, DIM, "CUBA", 2014, 11, 14);
        List<StatTable> tables = tables();
        List<StatCell> cells = Cubes.aggregate(tables, records);

        AuditedSuppressor.Report blind =
                AuditedSuppressor.protect(
                        tables, cells, K, WIDTH, List.of(), c -> false, c -> false);
        assertTrue(blind.audit().passed(), "the audit without the span passes");
        LinearAudit.Result seen =
                LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false, knowledge(records));
        assertTrue(
                seen.exact().stream()
                        .anyMatch(
                                i ->
                                        !i.cell().derived()
                                                && i.cell()
                                                        .table()
                                                        .id()
                                                        .equals("fiscal_year__" + DIM)
                                                && i.cell()
                                                        .periodStart()
                                                        .toString()
                                                        .equals("2014-10-01")
                                                && i.cell().values().equals(List.of("PERU"))),
                "FY2015 of PERU is recovered exactly: " + seen.failures());

        AuditedSuppressor.Report report =
                AuditedSuppressor.protect(
                        tables,
                        cells,
                        K,
                        WIDTH,
                        List.of(),
                        c -> false,
                        c -> false,
                        knowledge(records));
        assertTrue(report.audit().passed(), report.audit().failures().toString());
        assertEquals(
                List.of(),
                LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false, knowledge(records))
                        .failures());
    }

    @Test
    void anAgencyCountsAtLeastOneInEachMonthItHasRecords() {
        // coverage says the agency had detainers in 6 months of FY2014: its hidden cell is at least
        // 6
        StatTable total = StatTable.of(Granularity.fiscal_year, List.of());
        StatTable agencies = StatTable.of(Granularity.fiscal_year, List.of("agency"));
        List<Cubes.Rec> records = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            Cubes.add(records, "agency", "small", 2014, m, 1);
        }
        Cubes.add(records, "agency", "other", 2014, 2, 4);
        Cubes.add(records, "agency", "big", 2014, 3, 40);
        List<StatTable> tables = List.of(total, agencies);
        List<StatCell> cells = Cubes.aggregate(tables, records);
        Suppressor.suppress(tables, cells, K);
        // small (6) and other (4) are hidden, summing to 10: [1, 9] each without the months, [6, 9]
        // with them
        assertTrue(LinearAudit.audit(tables, cells, List.of(), WIDTH, c -> false).passed());
        LinearAudit.Result months =
                LinearAudit.audit(
                        tables,
                        cells,
                        List.of(),
                        WIDTH,
                        c -> false,
                        new Knowledge(Cubes.truth(records), K, false, true));
        assertEquals(
                2, months.narrow().size() + months.exact().size(), months.failures().toString());
    }
}

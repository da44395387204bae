package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A dimension determined by another (facility → agency) adds lines that suppression must cover. */
@Tag("unit")
class HierarchyTest {

    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final StatTable TOTAL = StatTable.of(Granularity.year, List.of());
    private static final StatTable FACILITY = StatTable.of(Granularity.year, List.of("facility"));
    private static final StatTable AGENCY = StatTable.of(Granularity.year, List.of("agency"));
    private static final List<StatTable> TABLES = List.of(TOTAL, FACILITY, AGENCY);
    private static final List<Hierarchy> HIERARCHIES =
            List.of(
                    new Hierarchy(
                            "facility",
                            "agency",
                            Map.of(
                                    "QUEENS CENTRAL BOOKING",
                                    "nypd",
                                    "BROOKLYN CENTRAL BOOKING",
                                    "nypd",
                                    "RIKERS ISLAND",
                                    "nyc-doc",
                                    "MANHATTAN DETENTION COMPLEX",
                                    "nyc-doc")));

    private static List<StatCell> cells() {
        return List.of(
                new StatCell(TOTAL, Y2020, List.of(), 173),
                new StatCell(FACILITY, Y2020, List.of("QUEENS CENTRAL BOOKING"), 3),
                new StatCell(FACILITY, Y2020, List.of("BROOKLYN CENTRAL BOOKING"), 50),
                new StatCell(FACILITY, Y2020, List.of("RIKERS ISLAND"), 100),
                new StatCell(FACILITY, Y2020, List.of("MANHATTAN DETENTION COMPLEX"), 20),
                new StatCell(AGENCY, Y2020, List.of("nypd"), 53),
                new StatCell(AGENCY, Y2020, List.of("nyc-doc"), 120));
    }

    @Test
    void withoutHierarchyLinesAnAgencyTotalGivesTheSmallFacilityAway() {
        List<StatCell> cells = cells();
        Suppressor.suppress(TABLES, cells, 11);
        Map<StatCell, Long> recovered = DifferencingAttack.recover(TABLES, cells, HIERARCHIES);
        assertEquals(3L, recovered.get(cells.get(1)), "nypd (53) - Brooklyn (50) = Queens");
    }

    @Test
    void withHierarchyLinesNothingCanBeRecovered() {
        List<StatCell> cells = cells();
        SuppressionReport report = Suppressor.suppress(TABLES, cells, 11, HIERARCHIES);
        assertEquals(1, report.primary());
        assertTrue(
                cells.get(2).suppressed(), "Brooklyn is suppressed with Queens in the nypd line");
        assertTrue(DifferencingAttack.recover(TABLES, cells, HIERARCHIES).isEmpty());
        for (StatCell cell : cells) {
            assertTrue(cell.suppressed() || cell.count() >= 11);
        }
    }
}

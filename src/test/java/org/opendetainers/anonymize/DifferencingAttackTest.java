package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DifferencingAttackTest {

    private static final LocalDate Y2018 = LocalDate.of(2018, 1, 1);
    private static final StatTable TOTAL = StatTable.of(Granularity.year, List.of());
    private static final StatTable GENDER = StatTable.of(Granularity.year, List.of("gender"));
    private static final StatTable GENDER_OUTCOME =
            StatTable.of(Granularity.year, List.of("gender", "outcome"));

    private static StatCell cell(StatTable t, long count, boolean suppressed, String... values) {
        return new StatCell(t, Y2018, List.of(values), count, suppressed, false);
    }

    @Test
    void recoversAlongAChain() {
        // female (1-dim) and female/removed are unknown; the female row has two unknowns, but the
        // gender line gives female, and then the female row gives female/removed
        List<StatTable> tables = List.of(TOTAL, GENDER, GENDER_OUTCOME);
        StatCell femaleRemoved = cell(GENDER_OUTCOME, 7, true, "female", "removed");
        StatCell female = cell(GENDER, 27, true, "female");
        List<StatCell> cells =
                new ArrayList<>(
                        List.of(
                                femaleRemoved,
                                cell(GENDER_OUTCOME, 20, false, "female", "released"),
                                cell(GENDER_OUTCOME, 100, false, "male", "removed"),
                                female,
                                cell(GENDER, 100, false, "male"),
                                cell(TOTAL, 127, false)));
        Map<StatCell, Long> expected = new LinkedHashMap<>();
        expected.put(female, 27L);
        expected.put(femaleRemoved, 7L);
        Map<StatCell, Long> recovered = DifferencingAttack.recover(tables, cells);
        assertEquals(expected, recovered);
        assertEquals(
                List.copyOf(expected.keySet()),
                List.copyOf(recovered.keySet()),
                "order of recovery");
    }

    @Test
    void readsNoSuppressedCount() {
        // a stored release has no counts for suppressed cells: any placeholder gives the same
        // answer
        List<StatTable> tables = List.of(TOTAL, GENDER);
        List<StatCell> cells =
                List.of(
                        cell(GENDER, 1, true, "female"),
                        cell(GENDER, 100, false, "male"),
                        cell(TOTAL, 105, false));
        assertEquals(Map.of(cells.get(0), 5L), DifferencingAttack.recover(tables, cells));
        List<StatCell> twoUnknown =
                List.of(
                        cell(GENDER, 1, true, "female"),
                        cell(GENDER, 1, true, "male"),
                        cell(TOTAL, 105, false));
        assertEquals(Map.of(), DifferencingAttack.recover(tables, twoUnknown));
    }

    @Test
    void recoversAnUnknownTotal() {
        List<StatTable> tables = List.of(TOTAL, GENDER);
        List<StatCell> cells =
                List.of(
                        cell(GENDER, 40, false, "female"),
                        cell(GENDER, 100, false, "male"),
                        cell(TOTAL, 1, true));
        assertEquals(Map.of(cells.get(2), 140L), DifferencingAttack.recover(tables, cells));
    }
}

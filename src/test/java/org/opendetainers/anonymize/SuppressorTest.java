package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SuppressorTest {

    private static final LocalDate Y2018 = LocalDate.of(2018, 1, 1);

    private static final StatTable TOTAL = StatTable.of(Granularity.year, List.of());
    private static final StatTable GENDER = StatTable.of(Granularity.year, List.of("gender"));
    private static final StatTable OUTCOME = StatTable.of(Granularity.year, List.of("outcome"));
    private static final StatTable GENDER_OUTCOME =
            StatTable.of(Granularity.year, List.of("gender", "outcome"));

    private static StatCell cell(StatTable t, long count, String... values) {
        return cell(t, Y2018, count, values);
    }

    private static StatCell cell(StatTable t, LocalDate period, long count, String... values) {
        return new StatCell(t, period, List.of(values), count);
    }

    /** The suppressed cells, as "table[values]" (one period) or "table[period, values]". */
    private static Set<String> suppressed(List<StatCell> cells, boolean complementary) {
        return cells.stream()
                .filter(c -> complementary ? c.complementary() : c.primary())
                .map(
                        c ->
                                c.table().id()
                                        + (c.periodStart().equals(Y2018)
                                                ? ""
                                                : "@" + c.periodStart())
                                        + c.values())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertProtected(List<StatTable> tables, List<StatCell> cells) {
        for (Cubes.Line line : Cubes.lines(tables, cells)) {
            assertTrue(line.suppressed() != 1, "line with a single suppressed cell: " + line);
        }
        assertEquals(Map.of(), DifferencingAttack.recover(tables, cells));
    }

    // --- k ---

    @Test
    void primarySuppressionIsBelowK() {
        for (int k : new int[] {5, 11}) {
            List<StatCell> cells = new ArrayList<>();
            for (int n = 1; n <= 2 * k; n++) {
                // one table, no lines: each year stands alone
                cells.add(cell(TOTAL, LocalDate.of(2000 + n, 1, 1), n));
            }
            SuppressionReport report = Suppressor.suppress(List.of(TOTAL), cells, k);
            for (StatCell c : cells) {
                assertEquals(c.count() <= k - 1, c.primary(), "k=" + k + " count " + c.count());
                assertFalse(c.complementary());
            }
            assertEquals(new SuppressionReport(2L * k, k - 1, 0), report);
        }
    }

    @Test
    void kOfOneSuppressesNothing() {
        List<StatCell> cells = List.of(cell(TOTAL, 1));
        assertEquals(new SuppressionReport(1, 0, 0), Suppressor.suppress(List.of(TOTAL), cells, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Suppressor.suppress(List.of(TOTAL), cells, 0));
    }

    // --- hand-built tables ---

    /**
     *
     *
     * <pre>
     *            removed released transferred | total
     *   female       3      40          25    |   68
     *   male        30      70          50    |  150
     *   total       33     110          75    |  218
     * </pre>
     *
     * female/removed (3) is primary. Its row forces the smallest other part of the row
     * (female/transferred, 25), its column the only other part (male/removed, 30); these in turn
     * force male/transferred (50), the smallest remaining part of both the male row and the
     * transferred column. The margins keep no suppressed cell and stay public.
     */
    @Test
    void twoByThreeTableWithMargins() {
        List<StatTable> tables = List.of(TOTAL, GENDER, OUTCOME, GENDER_OUTCOME);
        List<StatCell> cells =
                new ArrayList<>(
                        List.of(
                                cell(GENDER_OUTCOME, 3, "female", "removed"),
                                cell(GENDER_OUTCOME, 40, "female", "released"),
                                cell(GENDER_OUTCOME, 25, "female", "transferred"),
                                cell(GENDER_OUTCOME, 30, "male", "removed"),
                                cell(GENDER_OUTCOME, 70, "male", "released"),
                                cell(GENDER_OUTCOME, 50, "male", "transferred"),
                                cell(GENDER, 68, "female"),
                                cell(GENDER, 150, "male"),
                                cell(OUTCOME, 33, "removed"),
                                cell(OUTCOME, 110, "released"),
                                cell(OUTCOME, 75, "transferred"),
                                cell(TOTAL, 218)));
        SuppressionReport report = Suppressor.suppress(tables, cells, 11);
        assertEquals(new SuppressionReport(12, 1, 3), report);
        assertEquals(Set.of("year__gender__outcome[female, removed]"), suppressed(cells, false));
        assertEquals(
                Set.of(
                        "year__gender__outcome[female, transferred]",
                        "year__gender__outcome[male, removed]",
                        "year__gender__outcome[male, transferred]"),
                suppressed(cells, true));
        assertProtected(tables, cells);
    }

    /**
     *
     *
     * <pre>
     *   female: removed 20, released 30 | 50
     *   male:   removed 40, released 45 | 85
     *   unknown: removed 4              |  4
     *   total                           | 139
     * </pre>
     *
     * Without the outcome table there are no column lines. unknown (4) is primary in the gender
     * table; the total line forces the smallest other gender, female (50). In the female row the
     * total is then the only suppressed cell, which forces its smallest part, female/removed (20).
     */
    @Test
    void aSuppressedTotalForcesAPart() {
        List<StatTable> tables = List.of(TOTAL, GENDER, GENDER_OUTCOME);
        List<StatCell> cells =
                new ArrayList<>(
                        List.of(
                                cell(GENDER_OUTCOME, 20, "female", "removed"),
                                cell(GENDER_OUTCOME, 30, "female", "released"),
                                cell(GENDER_OUTCOME, 40, "male", "removed"),
                                cell(GENDER_OUTCOME, 45, "male", "released"),
                                cell(GENDER_OUTCOME, 4, "unknown", "removed"),
                                cell(GENDER, 50, "female"),
                                cell(GENDER, 85, "male"),
                                cell(GENDER, 4, "unknown"),
                                cell(TOTAL, 139)));
        Suppressor.suppress(tables, cells, 11);
        assertEquals(
                Set.of("year__gender[unknown]", "year__gender__outcome[unknown, removed]"),
                suppressed(cells, false));
        assertEquals(
                Set.of("year__gender[female]", "year__gender__outcome[female, removed]"),
                suppressed(cells, true));
        assertProtected(tables, cells);
    }

    /**
     *
     *
     * <pre>
     *            removed released | total
     *   female      30       -    |  30
     *   male         3      50    |  53
     *   total       33      50    |  83
     * </pre>
     *
     * male/removed (3) is primary. Its column forces female/removed and its row male/released. Each
     * of those is the only part of a line (female = 30, released = 50), so the totals of those
     * lines must go too, and then the other part of each margin (male, removed). Only the grand
     * total stays public.
     */
    @Test
    void aPartEqualToItsTotal() {
        List<StatTable> tables = List.of(TOTAL, GENDER, OUTCOME, GENDER_OUTCOME);
        List<StatCell> cells =
                new ArrayList<>(
                        List.of(
                                cell(GENDER_OUTCOME, 30, "female", "removed"),
                                cell(GENDER_OUTCOME, 3, "male", "removed"),
                                cell(GENDER_OUTCOME, 50, "male", "released"),
                                cell(GENDER, 30, "female"),
                                cell(GENDER, 53, "male"),
                                cell(OUTCOME, 33, "removed"),
                                cell(OUTCOME, 50, "released"),
                                cell(TOTAL, 83)));
        SuppressionReport report = Suppressor.suppress(tables, cells, 11);
        assertEquals(new SuppressionReport(8, 1, 6), report);
        assertEquals(Set.of("year__gender__outcome[male, removed]"), suppressed(cells, false));
        assertEquals(
                Set.of(
                        "year__gender__outcome[female, removed]",
                        "year__gender__outcome[male, released]",
                        "year__gender[female]",
                        "year__gender[male]",
                        "year__outcome[removed]",
                        "year__outcome[released]"),
                suppressed(cells, true));
        assertFalse(cells.get(cells.size() - 1).suppressed());
        assertProtected(tables, cells);
    }

    /**
     * quarter x gender, with quarter totals, year x gender and the year total. female in Q1 (3) is
     * a part of the Q1 line (3 + 50 = 53) and of the female time line (3 + 20 + 30 + 40 = 93): it
     * forces male Q1 (50) in the first and female Q2 (20) in the second; both of these then force
     * male Q2 (60), the smallest remaining part of the male time line and the only one of Q2.
     */
    @Test
    void linkedDimensionAndTimeLines() {
        StatTable qTotal = StatTable.of(Granularity.quarter, List.of());
        StatTable qGender = StatTable.of(Granularity.quarter, List.of("gender"));
        List<StatTable> tables = List.of(qTotal, qGender, TOTAL, GENDER);
        long[] female = {3, 20, 30, 40};
        long[] male = {50, 60, 70, 80};
        List<StatCell> cells = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            LocalDate start = LocalDate.of(2018, 1 + 3 * q, 1);
            cells.add(cell(qGender, start, female[q], "female"));
            cells.add(cell(qGender, start, male[q], "male"));
            cells.add(cell(qTotal, start, female[q] + male[q]));
        }
        cells.add(cell(GENDER, 93, "female"));
        cells.add(cell(GENDER, 260, "male"));
        cells.add(cell(TOTAL, 353));
        List<StatCell> primaryOnly = Cubes.primaryOnly(cells, 11);
        assertEquals(
                Map.of(primaryOnly.get(0), 3L), DifferencingAttack.recover(tables, primaryOnly));

        Suppressor.suppress(tables, cells, 11);
        assertEquals(Set.of("quarter__gender[female]"), suppressed(cells, false));
        assertEquals(
                Set.of(
                        "quarter__gender[male]",
                        "quarter__gender@2018-04-01[female]",
                        "quarter__gender@2018-04-01[male]"),
                suppressed(cells, true));
        assertProtected(tables, cells);
    }

    @Test
    void unpublishedTotalsMakeNoLine() {
        // year__gender alone: nothing links its cells
        List<StatCell> cells = List.of(cell(GENDER, 3, "female"), cell(GENDER, 100, "male"));
        assertEquals(
                new SuppressionReport(2, 1, 0), Suppressor.suppress(List.of(GENDER), cells, 11));
    }

    @Test
    void previousFlagsAreCleared() {
        List<StatCell> cells =
                List.of(
                        new StatCell(GENDER, Y2018, List.of("female"), 30, true, false),
                        new StatCell(GENDER, Y2018, List.of("male"), 100, false, true));
        Suppressor.suppress(List.of(GENDER), cells, 11);
        assertFalse(cells.get(0).suppressed());
        assertFalse(cells.get(1).suppressed());
    }

    // --- input errors ---

    @Test
    void missingTotalIsAnError() {
        List<StatCell> cells = List.of(cell(GENDER, 3, "female"), cell(GENDER, 100, "male"));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Suppressor.suppress(List.of(TOTAL, GENDER), cells, 11));
        assertTrue(e.getMessage().contains("year__total[2018-01-01]"), e.getMessage());
        assertTrue(
                !e.getMessage().contains("=3"),
                "no suppressed count in messages: " + e.getMessage());
    }

    @Test
    void inconsistentCountsAreAnError() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Suppressor.suppress(
                                List.of(TOTAL, GENDER),
                                List.of(
                                        cell(GENDER, 3, "female"),
                                        cell(GENDER, 100, "male"),
                                        cell(TOTAL, 104)),
                                11));
        // a total whose parts are all absent
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Suppressor.suppress(
                                List.of(TOTAL, GENDER),
                                List.of(
                                        cell(GENDER, 3, "female"),
                                        cell(TOTAL, 3),
                                        cell(TOTAL, LocalDate.of(2019, 1, 1), 5)),
                                11));
    }

    @Test
    void otherInputErrors() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Suppressor.suppress(List.of(TOTAL), List.of(cell(GENDER, 3, "female")), 11),
                "table not published");
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Suppressor.suppress(
                                List.of(GENDER),
                                List.of(cell(GENDER, 3, "female"), cell(GENDER, 4, "female")),
                                11),
                "duplicate");
    }

    // --- random cubes ---

    private static final List<Granularity> GRANULARITIES =
            List.of(Granularity.month, Granularity.quarter, Granularity.year);
    private static final List<String> DIMS = List.of("gender", "aor", "outcome");

    @Test
    void deterministicWhateverTheInputOrder() {
        Random random = new Random(42);
        List<StatTable> tables = Cubes.allTables(GRANULARITIES, DIMS);
        List<StatCell> cells = Cubes.aggregate(tables, Cubes.randomRecords(random, 5000, 8));
        SuppressionReport first = Suppressor.suppress(tables, cells, 11);
        Map<StatCell, String> flags = flags(cells);
        assertTrue(first.complementary() > 0);

        assertEquals(first, Suppressor.suppress(tables, cells, 11));
        assertEquals(flags, flags(cells));

        List<StatCell> shuffled =
                cells.stream()
                        .map(c -> new StatCell(c.table(), c.periodStart(), c.values(), c.count()))
                        .collect(Collectors.toList());
        Collections.shuffle(shuffled, new Random(7));
        List<StatTable> shuffledTables = new ArrayList<>(tables);
        Collections.shuffle(shuffledTables, new Random(8));
        assertEquals(first, Suppressor.suppress(shuffledTables, shuffled, 11));
        assertEquals(flags, flags(shuffled));
    }

    private static Map<StatCell, String> flags(List<StatCell> cells) {
        Map<StatCell, String> flags = new HashMap<>();
        cells.forEach(c -> flags.put(c, c.primary() + "/" + c.complementary()));
        return flags;
    }

    @Test
    void randomCubesAreProtected() {
        int k = 11;
        List<StatTable> tables = Cubes.allTables(GRANULARITIES, DIMS);
        long totalComplementary = 0;
        long totalCells = 0;
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int records = 100 + random.nextInt(seed % 4 == 0 ? 100_000 : 10_000);
            List<Cubes.Rec> recs = Cubes.randomRecords(random, records, 3 + random.nextInt(20));
            List<StatCell> cells = Cubes.aggregate(tables, recs);
            String where = "seed " + seed + ", " + records + " records";

            // without complementary suppression the attack works, and finds the true counts
            List<StatCell> primaryOnly = Cubes.primaryOnly(cells, k);
            Map<StatCell, Long> recovered = DifferencingAttack.recover(tables, primaryOnly);
            assertFalse(recovered.isEmpty(), where);
            recovered.forEach((c, v) -> assertEquals(c.count(), v, "recovered value of " + c));

            SuppressionReport report = Suppressor.suppress(tables, cells, k);
            assertEquals(cells.size(), report.cells());
            totalCells += report.cells();
            totalComplementary += report.complementary();
            // (a) every line has none or at least two suppressed cells
            for (Cubes.Line line : Cubes.lines(tables, cells)) {
                assertTrue(line.suppressed() != 1, where + ": " + line);
            }
            // (b) nothing can be recovered
            assertEquals(Map.of(), DifferencingAttack.recover(tables, cells), where);
            // (c) every count 1..k-1 is suppressed, as primary; primary means 1..k-1
            for (StatCell c : cells) {
                assertEquals(c.count() < k, c.primary(), where + ": " + c);
                assertFalse(c.primary() && c.complementary());
            }
            assertEquals(cells.stream().filter(StatCell::primary).count(), report.primary());
            assertEquals(
                    cells.stream().filter(StatCell::complementary).count(), report.complementary());
            // (d) published counts are the true counts
            Map<StatCell, Long> truth = new HashMap<>();
            Cubes.aggregate(tables, recs).forEach(c -> truth.put(c, c.count()));
            assertEquals(truth.size(), cells.size());
            for (StatCell c : cells) {
                if (!c.suppressed()) {
                    assertEquals(truth.get(c), c.count(), where + ": " + c);
                }
            }
        }
        assertTrue(totalComplementary > 0 && totalComplementary < totalCells);
    }
}

package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The proofs of {@link Certificates} on a table of gender × outcome with its margins: a rectangle
 * of four suppressed cells proves each of them as wide as the least slack allows, two suppressed
 * cells of one row (which the columns' published totals determine) get no proof, and the completion
 * chooses the cheapest published cells that close a rectangle.
 */
@Tag("unit")
class CertificatesTest {

    private static final LocalDate FY = LocalDate.of(2020, 10, 1);
    private static final StatTable PAIR =
            StatTable.of(Granularity.fiscal_year, List.of("gender", "outcome"));
    private static final List<StatTable> TABLES =
            List.of(
                    StatTable.of(Granularity.fiscal_year, List.of()),
                    StatTable.of(Granularity.fiscal_year, List.of("gender")),
                    StatTable.of(Granularity.fiscal_year, List.of("outcome")),
                    PAIR);

    /** Rows female, male, unknown; columns declined, ice_custody, lifted. */
    private static final String[] GENDERS = {"female", "male", "unknown"};

    private static final String[] OUTCOMES = {"declined", "ice_custody", "lifted"};

    /** The cells with their margins; {@code hidden} names the suppressed cells "gender|outcome". */
    private static List<StatCell> cells(long[][] counts, Set<String> hidden) {
        List<StatCell> cells = new ArrayList<>();
        long total = 0;
        long[] column = new long[OUTCOMES.length];
        for (int g = 0; g < GENDERS.length; g++) {
            long row = 0;
            for (int o = 0; o < OUTCOMES.length; o++) {
                long n = counts[g][o];
                row += n;
                column[o] += n;
                boolean suppressed = hidden.contains(GENDERS[g] + "|" + OUTCOMES[o]);
                cells.add(
                        new StatCell(
                                PAIR,
                                FY,
                                List.of(GENDERS[g], OUTCOMES[o]),
                                n,
                                suppressed && n < 11,
                                suppressed && n >= 11));
            }
            total += row;
            cells.add(new StatCell(TABLES.get(1), FY, List.of(GENDERS[g]), row));
        }
        for (int o = 0; o < OUTCOMES.length; o++) {
            cells.add(new StatCell(TABLES.get(2), FY, List.of(OUTCOMES[o]), column[o]));
        }
        cells.add(new StatCell(TABLES.get(0), FY, List.of(), total));
        return cells;
    }

    private static Certificates proofs(Lines lines, boolean completions) {
        boolean[] unknown = new boolean[lines.cells.length];
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] = lines.cells[i].suppressed();
        }
        return new Certificates(
                lines, unknown, completions ? i -> lines.cells[i].table().equals(PAIR) : null);
    }

    private static int id(Lines lines, String gender, String outcome) {
        for (int i = 0; i < lines.cells.length; i++) {
            StatCell c = lines.cells[i];
            if (c.table().equals(PAIR) && c.values().equals(List.of(gender, outcome))) {
                return i;
            }
        }
        throw new AssertionError(gender + " " + outcome);
    }

    private static final long[][] COUNTS = {{3, 40, 9}, {6, 200, 8}, {30, 50, 20}};

    @Test
    void aRectangleOfSuppressedCellsProvesEachAsFarAsTheLeastSlackAllows() {
        Lines lines =
                Lines.build(
                        TABLES,
                        cells(
                                COUNTS,
                                Set.of(
                                        "female|declined",
                                        "female|lifted",
                                        "male|declined",
                                        "male|lifted")),
                        true);
        Certificates proofs = proofs(lines, false);
        int c = id(lines, "female", "declined");
        // up: female|lifted (9) and male|declined (6) go down, to 1 at least: 5 steps; down:
        // female|declined itself (3) and male|lifted (8): 2 steps
        assertEquals(7, proofs.prove(c, 7));
        assertEquals(5, proofs.up(c));
        assertEquals(2, proofs.down(c));
        // and that is the linear program's interval: the rectangle is its only free direction
        LinearAudit.Result lp = LinearAudit.audit(lines, 8, x -> false, new HashMap<>(), false);
        assertTrue(
                lp.narrow().stream()
                        .anyMatch(i -> i.id() == c && i.lower() == 3 - 2 && i.upper() == 3 + 5),
                lp.narrow().toString());
    }

    @Test
    void twoSuppressedCellsOfOneRowGetNoProof() {
        // the columns' totals are published and nothing else of those columns is suppressed: both
        // cells are exact, and no direction exists
        Lines lines =
                Lines.build(
                        TABLES, cells(COUNTS, Set.of("female|declined", "female|lifted")), true);
        Certificates proofs = proofs(lines, false);
        int c = id(lines, "female", "declined");
        assertEquals(0, proofs.prove(c, 1));
        LinearAudit.Result lp = LinearAudit.audit(lines, 4, x -> false, new HashMap<>(), true);
        assertEquals(2, lp.exact().size(), lp.toString());
    }

    @Test
    void aCompletionClosesTheRectangleWithTheCheapestPublishedCells() {
        Lines lines =
                Lines.build(
                        TABLES, cells(COUNTS, Set.of("female|declined", "female|lifted")), true);
        Certificates proofs = proofs(lines, true);
        int c = id(lines, "female", "declined");
        int[] cells = proofs.completion(c, 4);
        assertNotNull(cells);
        // male|declined (6) and male|lifted (8) are the cheapest pair that proves a width of 4
        // (unknown|declined 30 and unknown|lifted 20 would too, at a cost of 50 records)
        int[] expected = {id(lines, "male", "declined"), id(lines, "male", "lifted")};
        Arrays.sort(cells);
        Arrays.sort(expected);
        assertEquals(Arrays.toString(expected), Arrays.toString(cells));
        // a width no rectangle can give: none
        assertNull(proofs(lines, true).completion(c, 1_000));
    }

    @Test
    void proofsNeverClaimMoreThanTheLinearProgramOnRandomTables() {
        Random random = new Random(11);
        for (int run = 0; run < 200; run++) {
            long[][] counts = new long[3][3];
            Set<String> hidden = new HashSet<>();
            for (int g = 0; g < 3; g++) {
                for (int o = 0; o < 3; o++) {
                    counts[g][o] = 1 + random.nextInt(15);
                    if (random.nextInt(3) > 0) {
                        hidden.add(GENDERS[g] + "|" + OUTCOMES[o]);
                    }
                }
            }
            Lines lines = Lines.build(TABLES, cells(counts, hidden), true);
            Certificates proofs = proofs(lines, false);
            Map<Integer, long[]> shown = new HashMap<>();
            for (int i = 0; i < lines.cells.length; i++) {
                if (lines.cells[i].suppressed()) {
                    proofs.prove(i, 1_000);
                    shown.put(i, new long[] {proofs.down(i), proofs.up(i)});
                }
            }
            // the linear program's bounds contain every proved point: a cell it finds narrower
            // than 1,000 is never proved wider than it
            LinearAudit.Result lp =
                    LinearAudit.audit(lines, 1_000, x -> false, new HashMap<>(), false);
            for (LinearAudit.Interval i : lp.failures()) {
                long count = lines.cells[i.id()].count();
                long[] s = shown.get(i.id());
                assertTrue(
                        count - s[0] >= i.lower() && count + s[1] <= i.upper(),
                        "run " + run + ": " + i + " but proved down " + s[0] + " up " + s[1]);
            }
        }
    }
}

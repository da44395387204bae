package org.opendetainers.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.Hierarchy;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatCell;
import org.opendetainers.ingest.records.DetainerRecord;

/**
 * The streaming count of the published cells, checked against a count of the same records done the
 * plain way: every table of {@link PublishedTables#all()}, every granularity's periods (fiscal
 * years from October), removal of duplicates, the synthetic mark, and the hierarchies found among
 * the geographic dimensions.
 */
@Tag("unit")
class StatAccumulatorTest {

    private static final String[] FACILITIES = {"f1", "f2", "f3", "f4"};

    /** Each facility's agency, area and state: f1 and f2 in New York, f3 and f4 in New Jersey. */
    private static final Map<String, String[]> PLACE =
            Map.of(
                    "f1", new String[] {"ice", "nyc-aor", "NY"},
                    "f2", new String[] {"ice", "nyc-aor", "NY"},
                    "f3", new String[] {"nypd", "nwk-aor", "NJ"},
                    "f4", new String[] {"nypd", "nwk-aor", "NJ"});

    @Test
    void everyTableCountsWhatAPlainCountOfTheRecordsGives() {
        List<DetainerRecord> records = records(3_000, 1);
        StatAccumulator counts = new StatAccumulator();
        records.forEach(r -> counts.add(r, false));
        StatAccumulator.Result result = counts.result();

        assertEquals(PublishedTables.all(), result.tables());
        Map<String, Long> expected = plainCount(records);
        Map<String, Long> actual = new HashMap<>();
        for (StatCell cell : result.cells()) {
            assertTrue(cell.count() > 0, "no empty cell is listed: " + cell);
            assertTrue(
                    cell.table().granularity().isPeriodStart(cell.periodStart()), cell.toString());
            assertEquals(
                    null,
                    actual.put(
                            key(cell.table().id(), cell.periodStart(), cell.values()),
                            cell.count()),
                    "one cell per key");
        }
        assertEquals(expected, actual);
        assertTrue(result.synthetic().isEmpty(), "no record was synthetic");
    }

    @Test
    void aFiscalYearRunsFromOctoberToSeptember() {
        StatAccumulator counts = new StatAccumulator();
        counts.add(record(LocalDate.of(2019, 9, 30), "f1", "M"), false);
        counts.add(record(LocalDate.of(2019, 10, 1), "f1", "M"), false);
        counts.add(record(LocalDate.of(2020, 9, 30), "f1", "M"), false);
        Map<LocalDate, Long> fiscal = new HashMap<>();
        Map<LocalDate, Long> calendar = new HashMap<>();
        for (StatCell cell : counts.result().cells()) {
            if (cell.table().arity() == 0
                    && cell.table().granularity() == Granularity.fiscal_year) {
                fiscal.put(cell.periodStart(), cell.count());
            } else if (cell.table().arity() == 0
                    && cell.table().granularity() == Granularity.year) {
                calendar.put(cell.periodStart(), cell.count());
            }
        }
        assertEquals(Map.of(LocalDate.of(2018, 10, 1), 1L, LocalDate.of(2019, 10, 1), 2L), fiscal);
        assertEquals(Map.of(LocalDate.of(2019, 1, 1), 2L, LocalDate.of(2020, 1, 1), 1L), calendar);
    }

    @Test
    void aRemovedRecordIsSubtractedAndAnEmptiedCellDisappears() {
        List<DetainerRecord> records = records(500, 2);
        StatAccumulator counts = new StatAccumulator();
        records.forEach(r -> counts.add(r, false));
        DetainerRecord odd = record(LocalDate.of(2001, 2, 3), "f1", "X");
        counts.add(odd, false);
        counts.remove(odd);
        StatAccumulator.Result result = counts.result();
        assertEquals(plainCount(records), cellsOf(result));
        assertTrue(
                result.cells().stream().noneMatch(c -> c.periodStart().getYear() <= 2001),
                "the removed record's cells are gone");
    }

    @Test
    void cellsHoldingASyntheticRecordAreMarked() {
        StatAccumulator counts = new StatAccumulator();
        counts.add(record(LocalDate.of(2020, 1, 5), "f1", "M"), false);
        counts.add(record(LocalDate.of(2020, 1, 6), "f3", "F"), true);
        StatAccumulator.Result result = counts.result();
        for (int i = 0; i < result.cells().size(); i++) {
            StatCell cell = result.cells().get(i);
            boolean holdsTheSynthetic =
                    !cell.values().contains("f1")
                            && !cell.values().contains("M")
                            && !cell.values().contains("ice")
                            && !cell.values().contains("NY")
                            && !cell.values().contains("nyc-aor");
            assertEquals(holdsTheSynthetic, result.synthetic().get(i), cell.toString());
        }
    }

    @Test
    void hierarchiesAreTheFunctionalDependenciesThatHoldInTheData() {
        StatAccumulator counts = new StatAccumulator();
        records(400, 3).forEach(r -> counts.add(r, false));
        List<String> found = new ArrayList<>();
        for (Hierarchy h : counts.result().hierarchies()) {
            found.add(h.fine() + "→" + h.coarse());
        }
        assertTrue(
                found.containsAll(
                        List.of(
                                "facility→agency",
                                "facility→aor",
                                "facility→state",
                                "aor→state",
                                "state→aor",
                                "agency→aor",
                                "aor→agency")),
                found.toString());
        assertFalse(found.contains("agency→facility"), "an agency has several facilities");
        Hierarchy facilityState =
                counts.result().hierarchies().stream()
                        .filter(h -> h.fine().equals("facility") && h.coarse().equals("state"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                Map.of("f1", "NY", "f2", "NY", "f3", "NJ", "f4", "NJ"), facilityState.mapping());

        // one record of f1 in New Jersey: facility → state no longer holds
        counts.add(
                new DetainerRecord(
                        LocalDate.of(2020, 1, 1),
                        "ice",
                        "f1",
                        "nyc-aor",
                        "NJ",
                        "M",
                        "18-24",
                        "MX",
                        "I-247A",
                        "unknown",
                        "removed"),
                false);
        assertTrue(
                counts.result().hierarchies().stream()
                        .noneMatch(h -> h.fine().equals("facility") && h.coarse().equals("state")));
    }

    private static List<DetainerRecord> records(int n, long seed) {
        Random random = new Random(seed);
        String[] genders = {"M", "F", "unknown"};
        List<DetainerRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(6 * 365));
            String facility = FACILITIES[random.nextInt(FACILITIES.length)];
            records.add(
                    new DetainerRecord(
                            day,
                            PLACE.get(facility)[0],
                            facility,
                            PLACE.get(facility)[1],
                            PLACE.get(facility)[2],
                            genders[random.nextInt(3)],
                            "age-" + random.nextInt(4),
                            "c" + random.nextInt(5),
                            "t" + random.nextInt(3),
                            "k" + random.nextInt(2),
                            "o" + random.nextInt(4)));
        }
        return records;
    }

    private static DetainerRecord record(LocalDate day, String facility, String gender) {
        return new DetainerRecord(
                day,
                PLACE.get(facility)[0],
                facility,
                PLACE.get(facility)[1],
                PLACE.get(facility)[2],
                gender,
                "age-0",
                "c0",
                "t0",
                "k0",
                "o0");
    }

    /** Every published table's cells counted one record at a time. */
    private static Map<String, Long> plainCount(List<DetainerRecord> records) {
        Map<String, Long> cells = new HashMap<>();
        for (DetainerRecord r : records) {
            Map<String, String> v =
                    Map.of(
                            "agency",
                            r.agency(),
                            "facility",
                            r.facility(),
                            "aor",
                            r.aor(),
                            "state",
                            r.state(),
                            "gender",
                            r.gender(),
                            "age_band",
                            r.ageBand(),
                            "citizenship_country",
                            r.citizenshipCountry(),
                            "detainer_type",
                            r.detainerType(),
                            "criminality",
                            r.criminality(),
                            "outcome",
                            r.outcome());
            for (var table : PublishedTables.all()) {
                List<String> values = table.dimensions().stream().map(v::get).toList();
                cells.merge(
                        key(table.id(), table.granularity().periodStart(r.preparedOn()), values),
                        1L,
                        Long::sum);
            }
        }
        return cells;
    }

    private static Map<String, Long> cellsOf(StatAccumulator.Result result) {
        Map<String, Long> cells = new HashMap<>();
        result.cells()
                .forEach(
                        c ->
                                cells.put(
                                        key(c.table().id(), c.periodStart(), c.values()),
                                        c.count()));
        return cells;
    }

    private static String key(String table, LocalDate period, List<String> values) {
        return table + "|" + period + "|" + values;
    }
}

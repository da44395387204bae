package org.opendetainers.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.ingest.records.DetainerRecord;

/**
 * The fingerprint that decides whether an import reuses the current release's protected statistics
 * ({@link DetainerStats#fingerprint}): equal for the same records in any order, and different for a
 * changed record, another k, another protection width, or other staging counts (the disclosure
 * report shows them). The import end to end: {@code importer.StatisticsReuseTest}.
 */
@Tag("unit")
class StatisticsFingerprintTest {

    private static final int K = 11;
    private static final int WIDTH = 4;

    @Test
    void theSameRecordsInAnotherOrderHaveTheSameFingerprint() {
        List<DetainerRecord> records = records();
        List<DetainerRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(5));
        assertEquals(fingerprint(records, K, WIDTH), fingerprint(shuffled, K, WIDTH));
    }

    @Test
    void aChangedRecordKOrWidthIsAnotherFingerprint() {
        List<DetainerRecord> records = records();
        String base = fingerprint(records, K, WIDTH);
        List<DetainerRecord> changed = new ArrayList<>(records);
        DetainerRecord r = changed.get(17);
        changed.set(
                17,
                new DetainerRecord(
                        r.preparedOn(),
                        r.agency(),
                        r.facility(),
                        r.aor(),
                        r.state(),
                        r.gender(),
                        r.ageBand(),
                        r.citizenshipCountry(),
                        r.detainerType(),
                        r.criminality(),
                        r.outcome().equals("o0") ? "o1" : "o0"));
        assertNotEquals(base, fingerprint(changed, K, WIDTH), "one record's outcome");
        assertNotEquals(
                base, fingerprint(records.subList(1, records.size()), K, WIDTH), "one record less");
        assertNotEquals(base, fingerprint(records, K + 1, WIDTH), "k");
        assertNotEquals(base, fingerprint(records, K, WIDTH + 1), "protection width");
    }

    @Test
    void recordsMovedBetweenMonthsOfOneQuarterAreAnotherFingerprint() {
        // two records of different agencies swap months inside one quarter and one fiscal year:
        // every published cell is the same (by-agency tables are by fiscal year only), but the
        // months in which each agency has detainers, which the audit's knowledge reads, are not
        List<DetainerRecord> records = new ArrayList<>(records());
        records.add(ofAgency("a1", LocalDate.of(2019, 11, 5)));
        records.add(ofAgency("a2", LocalDate.of(2019, 12, 5)));
        List<DetainerRecord> swapped = new ArrayList<>(records());
        swapped.add(ofAgency("a1", LocalDate.of(2019, 12, 5)));
        swapped.add(ofAgency("a2", LocalDate.of(2019, 11, 5)));
        assertEquals(
                publishedCells(records),
                publishedCells(swapped),
                "the published cells are the same");
        assertNotEquals(fingerprint(records, K, WIDTH), fingerprint(swapped, K, WIDTH));
    }

    private static DetainerRecord ofAgency(String agency, LocalDate preparedOn) {
        return new DetainerRecord(
                preparedOn, agency, "f0", "aor", "NY", "M", "a0", "c0", "t0", "k", "o0");
    }

    private static List<String> publishedCells(List<DetainerRecord> records) {
        return count(records).cells().stream()
                .map(
                        c ->
                                c.table().id()
                                        + "|"
                                        + c.periodStart()
                                        + "|"
                                        + c.values()
                                        + "|"
                                        + c.count())
                .sorted()
                .toList();
    }

    @Test
    void otherStagingCountsAreAnotherFingerprint() {
        StatAccumulator.Result counted = count(records());
        long n = records().size();
        String base = DetainerStats.fingerprint(counted, n, n, 0, 0, Map.of(), K, WIDTH);
        assertEquals(base, DetainerStats.fingerprint(counted, n, n, 0, 0, Map.of(), K, WIDTH));
        assertNotEquals(
                base,
                DetainerStats.fingerprint(counted, n + 1, n, 1, 0, Map.of(), K, WIDTH),
                "a bad row dropped");
        assertNotEquals(
                base,
                DetainerStats.fingerprint(counted, n + 1, n, 0, 1, Map.of(), K, WIDTH),
                "a duplicate dropped");
        assertNotEquals(
                base,
                DetainerStats.fingerprint(
                        counted, n, n, 0, 0, Map.of("outcome: New", 1L), K, WIDTH),
                "an unmapped value");
    }

    private static String fingerprint(List<DetainerRecord> records, int k, int width) {
        return DetainerStats.fingerprint(
                count(records), records.size(), records.size(), 0, 0, Map.of(), k, width);
    }

    private static StatAccumulator.Result count(List<DetainerRecord> records) {
        StatAccumulator counts = new StatAccumulator();
        records.forEach(r -> counts.add(r, false));
        return counts.result();
    }

    private static List<DetainerRecord> records() {
        Random random = new Random(8);
        List<DetainerRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(
                    new DetainerRecord(
                            LocalDate.of(2018, 1, 1).plusDays(random.nextInt(900)),
                            "ice",
                            "f" + random.nextInt(3),
                            "aor",
                            "NY",
                            random.nextBoolean() ? "M" : "F",
                            "a" + random.nextInt(3),
                            "c" + random.nextInt(4),
                            "t" + random.nextInt(2),
                            "k",
                            "o" + random.nextInt(3)));
        }
        return records;
    }
}

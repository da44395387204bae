package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DuplicateCandidatesTest {

    @Test
    void everyRepeatIsACandidateAndDistinctHashesRarelyAre() {
        DuplicateCandidates d = new DuplicateCandidates();
        SplittableRandom random = new SplittableRandom(1);
        long[] hashes = new long[1_000_000];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = random.nextLong();
            d.add(hashes[i], 0, i, null);
        }
        int falseCandidates = d.candidates().size();
        assertTrue(
                falseCandidates < 100,
                "false candidates among 1,000,000 distinct hashes: " + falseCandidates);
        for (int i = 0; i < 1000; i++) {
            d.add(hashes[i * 997], 0, 1_000_000 + i, null);
        }
        for (int i = 0; i < 1000; i++) {
            assertTrue(d.candidates().contains(hashes[i * 997]), "a repeat is always a candidate");
        }
        assertFalse(d.overflow());
        assertTrue(d.records().size() >= 1000);
    }

    @Test
    void tooManyCandidatesFallBackToSearchingEverything() {
        DuplicateCandidates d = new DuplicateCandidates();
        for (long h = 0; h <= DuplicateCandidates.MAX_CANDIDATES + 1; h++) {
            long hash = h * 0x9E3779B97F4A7C15L;
            d.add(hash, 0, 2 * h, null);
            d.add(hash, 0, 2 * h + 1, null);
        }
        assertTrue(d.overflow());
    }
}

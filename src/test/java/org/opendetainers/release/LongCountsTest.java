package org.opendetainers.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The aggregation's counters: sums per key, the or-ed bits, growth, and keys that collide in the
 * low bits.
 */
@Tag("unit")
class LongCountsTest {

    @Test
    void addsDeltasPerKeyAndKeepsOredBits() {
        LongCounts counts = new LongCounts();
        counts.add(7, 2, 0);
        counts.add(7, 2, 1);
        counts.add(7, -2, 0);
        counts.add(0, 4, 0);
        assertEquals(2, counts.size());
        Map<Long, Long> seen = read(counts);
        assertEquals(3L, seen.get(7L), "2 + 2 - 2, with the bit 1 kept once set");
        assertEquals(4L, seen.get(0L), "key 0 is a key like any other");
    }

    @Test
    void growsAndKeepsEveryKeyAgainstAHashMap() {
        LongCounts counts = new LongCounts();
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(21);
        for (int i = 0; i < 100_000; i++) {
            // month in the top bits, value codes below: keys that differ only in high bits too
            long key =
                    (long) random.nextInt(200) << 48
                            | (long) random.nextInt(300) << 24
                            | random.nextInt(50);
            long delta = random.nextBoolean() ? 2 : -2;
            counts.add(key, delta, 0);
            expected.merge(key, delta, Long::sum);
        }
        assertEquals(expected.size(), counts.size());
        assertEquals(expected, read(counts));
    }

    @Test
    void keysEqualInTheirLowBitsDoNotCollide() {
        LongCounts counts = new LongCounts();
        for (long month = 0; month < 1000; month++) {
            counts.add(month << 48, 2, 0);
        }
        assertEquals(1000, counts.size());
        read(counts).values().forEach(v -> assertEquals(2L, v));
    }

    private static Map<Long, Long> read(LongCounts counts) {
        Map<Long, Long> seen = new HashMap<>();
        counts.forEach(
                (key, value) -> {
                    if (seen.put(key, value) != null) {
                        throw new AssertionError("key " + key + " visited twice");
                    }
                });
        return seen;
    }
}

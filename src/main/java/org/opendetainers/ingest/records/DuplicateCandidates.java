package org.opendetainers.ingest.records;

import java.util.HashSet;
import java.util.Set;

/**
 * A fixed-size Bloom filter of identifier hashes that collects the hashes it may have seen
 * before. A true duplicate is always among the candidates (no false negatives); the few false
 * candidates are sorted out in SQL. When nothing repeats — the usual case — the duplicate
 * search in the database is skipped. Memory is fixed (16 MiB plus at most
 * {@value #MAX_CANDIDATES} candidates) whatever the number of records; past that many
 * candidates the caller searches all records instead.
 */
final class DuplicateCandidates {

    static final int MAX_CANDIDATES = 100_000;
    private static final int BITS_LOG2 = 27;

    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];
    private final Set<Long> candidates = new HashSet<>();
    private boolean overflow;

    /** A blocked filter: four bits in one 64-bit word, so each record costs one memory access. */
    void add(long hash) {
        int word = (int) ((hash >>> 40) & ((1 << (BITS_LOG2 - 6)) - 1));
        long m = (1L << (hash & 63)) | (1L << ((hash >>> 6) & 63)) | (1L << ((hash >>> 12) & 63)) | (1L << ((hash >>> 18) & 63));
        boolean seen = (bits[word] & m) == m;
        bits[word] |= m;
        if (seen && !overflow) {
            candidates.add(hash);
            overflow = candidates.size() > MAX_CANDIDATES;
        }
    }

    /** The hashes that may repeat; empty when none does. */
    Set<Long> candidates() {
        return candidates;
    }

    /** Too many candidates to list: search every record. */
    boolean overflow() {
        return overflow;
    }
}

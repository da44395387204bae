package org.opendetainers.ingest.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed-size Bloom filter of identifier hashes that collects the hashes it may have seen before.
 * A true duplicate is always among the candidates (no false negatives); the few false candidates
 * are sorted out in SQL. When nothing repeats — the usual case — the duplicate search in the
 * database is skipped. The candidates keep what was counted for them, so that true duplicates can
 * be subtracted. Memory is fixed (16 MiB plus at most {@value #MAX_CANDIDATES} candidates) whatever
 * the number of records; past that many candidates the caller searches all records and reads the
 * extracts again.
 */
final class DuplicateCandidates {

    static final int MAX_CANDIDATES = 100_000;
    private static final int BITS_LOG2 = 27;

    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];
    private final Set<Long> candidates = new HashSet<>();
    private final List<Candidate> records = new ArrayList<>();
    private final int maxCandidates;
    private boolean overflow;

    DuplicateCandidates() {
        this(MAX_CANDIDATES);
    }

    DuplicateCandidates(int maxCandidates) {
        this.maxCandidates = maxCandidates;
    }

    /**
     * A record whose identifier may have been seen before: where it is, and what was counted for
     * it.
     */
    record Candidate(int fileNo, long line, DetainerRecord record) {}

    /** A blocked filter: four bits in one 64-bit word, so each record costs one memory access. */
    void add(long hash, int fileNo, long line, DetainerRecord record) {
        int word = (int) ((hash >>> 40) & ((1 << (BITS_LOG2 - 6)) - 1));
        long m =
                (1L << (hash & 63))
                        | (1L << ((hash >>> 6) & 63))
                        | (1L << ((hash >>> 12) & 63))
                        | (1L << ((hash >>> 18) & 63));
        boolean seen = (bits[word] & m) == m;
        bits[word] |= m;
        if (seen && !overflow) {
            candidates.add(hash);
            records.add(new Candidate(fileNo, line, record));
            overflow = records.size() > maxCandidates;
            if (overflow) {
                records.clear();
            }
        }
    }

    /** The hashes that may repeat; empty when none does. */
    Set<Long> candidates() {
        return candidates;
    }

    /**
     * The candidate records (later occurrences: the first one of an identifier is never a
     * candidate).
     */
    List<Candidate> records() {
        return records;
    }

    /** Too many candidates to list: search every record. */
    boolean overflow() {
        return overflow;
    }
}

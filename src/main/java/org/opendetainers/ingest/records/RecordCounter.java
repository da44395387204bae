package org.opendetainers.ingest.records;

/**
 * Where staging hands each accepted record to be counted, and takes back a duplicate found later.
 * The release's statistics implement it ({@code release.StatAccumulator}); staging does not know
 * how they count.
 */
public interface RecordCounter {

    /** Counts one record; {@code synthetic} marks a record of a generated extract. */
    void add(DetainerRecord record, boolean synthetic);

    /** Takes back a record counted before (a duplicate found after it was counted). */
    void remove(DetainerRecord record);
}

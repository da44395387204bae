package org.opendetainers.anonymize;

/**
 * What {@link Suppressor#suppress} did.
 *
 * @param cells number of cells examined
 * @param primary cells suppressed because their count is 1..k-1
 * @param complementary further cells suppressed so that no suppressed cell can be derived by
 *     subtraction
 */
public record SuppressionReport(long cells, long primary, long complementary) {

    /** Number of suppressed cells, primary and complementary. */
    public long suppressed() {
        return primary + complementary;
    }
}

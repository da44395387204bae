package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One cell of a {@link StatTable}: the number of records of one period with one combination of
 * dimension values. Only cells counting at least one record exist; an absent cell means zero.
 *
 * <p>The suppression flags are set by {@link Suppressor}. Equality and hash code depend only on the
 * cell's key (table, period start and values), not on its count or flags.
 */
public final class StatCell {

    private final StatTable table;
    private final LocalDate periodStart;
    private final List<String> values;
    private final long count;

    /** Last day of a derived (finer) cell's span; null for a published cell. */
    private final LocalDate derivedEnd;

    private boolean primary;
    private boolean complementary;

    /**
     * A cell with no suppression flag set.
     *
     * @param table its table
     * @param periodStart first day of its period, aligned to the table's granularity
     * @param values one non-null value per table dimension, in the table's dimension order
     *     ("unknown" is an ordinary value)
     * @param count number of records, at least 1
     * @throws IllegalArgumentException if the values do not match the dimensions, the period start
     *     is not aligned, or the count is below 1
     */
    public StatCell(StatTable table, LocalDate periodStart, List<String> values, long count) {
        this(table, periodStart, values, count, false, false);
    }

    /**
     * A cell with the given suppression flags, e.g. one read back from a stored release to check it
     * with {@link DifferencingAttack}, which never reads the count of a suppressed cell (any count
     * of at least 1 may then stand in for it).
     *
     * @throws IllegalArgumentException as {@link #StatCell(StatTable, LocalDate, List, long)}, or
     *     if both flags are set
     */
    public StatCell(
            StatTable table,
            LocalDate periodStart,
            List<String> values,
            long count,
            boolean primary,
            boolean complementary) {
        this.table = Objects.requireNonNull(table, "table");
        Objects.requireNonNull(values, "values");
        table.granularity().requirePeriodStart(periodStart);
        if (values.size() != table.dimensions().size()) {
            throw new IllegalArgumentException(
                    "table "
                            + table.id()
                            + " needs "
                            + table.dimensions().size()
                            + " value(s), got "
                            + values);
        }
        for (String v : values) {
            if (v == null) {
                throw new IllegalArgumentException(
                        "null value in "
                                + values
                                + " for table "
                                + table.id()
                                + " (use an explicit value such as \"unknown\")");
            }
        }
        if (count < 1) {
            throw new IllegalArgumentException(
                    "count must be at least 1 (absent cells mean zero), got " + count);
        }
        if (primary && complementary) {
            throw new IllegalArgumentException("a cell cannot be both primary and complementary");
        }
        this.periodStart = periodStart;
        this.values = List.copyOf(values);
        this.count = count;
        this.primary = primary;
        this.complementary = complementary;
        this.derivedEnd = null;
    }

    private StatCell(
            StatTable table,
            LocalDate start,
            LocalDate end,
            List<String> values,
            long count,
            boolean sensitive) {
        this.table = table;
        this.periodStart = start;
        this.derivedEnd = end;
        this.values = List.copyOf(values);
        this.count = count;
        this.primary = sensitive;
        this.complementary = !sensitive;
    }

    /**
     * A finer cell that no table publishes but the published tables imply (see {@link Knowledge}):
     * the records of {@code table}'s dimensions with {@code values} from {@code start} to {@code
     * end}, a part of one of {@code table}'s periods. It is never published: it counts as
     * suppressed, as primary when its true count is 1..k−1 ({@code sensitive}), and its count may
     * be 0.
     */
    static StatCell derived(
            StatTable table,
            LocalDate start,
            LocalDate end,
            List<String> values,
            long count,
            boolean sensitive) {
        return new StatCell(table, start, end, values, count, sensitive);
    }

    /**
     * Whether this is a finer cell implied by the published tables rather than a published cell.
     */
    public boolean derived() {
        return derivedEnd != null;
    }

    /** The table. */
    public StatTable table() {
        return table;
    }

    /** The first day of the period. */
    public LocalDate periodStart() {
        return periodStart;
    }

    /** The last day (inclusive) of the period. */
    public LocalDate periodEnd() {
        return derivedEnd != null ? derivedEnd : table.granularity().periodEnd(periodStart);
    }

    /** One value per dimension of the table, in the same order. */
    public List<String> values() {
        return values;
    }

    /** The true number of records; must not be published when {@link #suppressed()}. */
    public long count() {
        return count;
    }

    /** Whether the cell is suppressed because its count is below k. */
    public boolean primary() {
        return primary;
    }

    /** Whether the cell is suppressed to protect another suppressed cell from differencing. */
    public boolean complementary() {
        return complementary;
    }

    /** Whether the count is withheld: {@link #primary()} or {@link #complementary()}. */
    public boolean suppressed() {
        return primary || complementary;
    }

    void clearFlags() {
        if (derivedEnd != null) {
            return;
        }
        primary = false;
        complementary = false;
    }

    void markPrimary() {
        primary = true;
        complementary = false;
    }

    void markComplementary() {
        if (!primary) {
            complementary = true;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatCell c
                && table.equals(c.table)
                && periodStart.equals(c.periodStart)
                && values.equals(c.values)
                && Objects.equals(derivedEnd, c.derivedEnd);
    }

    @Override
    public int hashCode() {
        return (table.hashCode() * 31 + periodStart.hashCode()) * 31 + values.hashCode();
    }

    /** The key, period and values, and the count unless suppressed. */
    @Override
    public String toString() {
        // the count of a suppressed cell is left out so that it cannot leak through logs or
        // messages
        if (derivedEnd != null) {
            return table.id()
                    + "["
                    + periodStart
                    + ".."
                    + derivedEnd
                    + (values.isEmpty() ? "" : ", " + String.join(", ", values))
                    + "]=derived"
                    + (primary ? " (small)" : "");
        }
        return table.id()
                + "["
                + periodStart
                + (values.isEmpty() ? "" : ", " + String.join(", ", values))
                + "]="
                + (primary
                        ? "suppressed (primary)"
                        : complementary ? "suppressed (complementary)" : Long.toString(count));
    }
}

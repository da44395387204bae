package org.opendetainers.anonymize;

import java.time.YearMonth;
import java.util.List;

/**
 * What an attacker knows beyond the published cells, for the {@link LinearAudit}.
 *
 * <ul>
 *   <li><b>Finer cells.</b> A table published by calendar year and by fiscal year (the same
 *       dimensions) splits each year into January–September and October–December: per value v and
 *       year Y, year(v, Y) = JanSep(v, Y) + OctDec(v, Y) and FY(v, starting October Y) = OctDec(v,
 *       Y) + JanSep(v, Y + 1). These parts are unknowns of at least 0 (of the audit), with their
 *       margins (along each dimension and hierarchy) and, where quarters or months of the same
 *       dimensions are published (the totals), their sums of quarters.
 *   <li><b>The coverage span.</b> Months without any record (before the first, after the last, and
 *       gaps) hold nothing: a part of a period outside the span is zero, so the fiscal year at the
 *       edge holds only its covered months.
 *   <li><b>Agency months.</b> In each month in which an agency has detainers it has at least one: a
 *       cell of an agency counts at least as many records as its period has such months.
 * </ul>
 *
 * <p>A finer cell whose true value is 1..k−1 must be protected as a primary-suppressed cell is:
 * neither exact nor narrower than the protection width. Which finer cells are that small is read
 * from {@link #truth()}; the audit reads nothing else of it (the span and the agency months are
 * public).
 *
 * @param truth counts of the records over any span of months, for any dimensions and values
 * @param k cells of 1..k−1 records are sensitive
 * @param finerCells whether to model the finer cells (and the span)
 * @param agencyMonths whether the months in which each agency has records are known
 */
public record Knowledge(SpanCounts truth, int k, boolean finerCells, boolean agencyMonths) {

    /** Nothing beyond the published cells (the audit before finer cells were modelled). */
    public static final Knowledge NONE = new Knowledge(null, 1, false, false);

    public Knowledge {
        if ((finerCells || agencyMonths) && truth == null) {
            throw new IllegalArgumentException(
                    "finer cells and agency months need the month-level counts");
        }
    }

    /** The attacker of the import: finer cells, the span and the agency months. */
    public static Knowledge of(SpanCounts truth, int k) {
        return new Knowledge(truth, k, true, true);
    }

    public boolean any() {
        return finerCells || agencyMonths;
    }

    /** Counts of records over a span of months. */
    @FunctionalInterface
    public interface SpanCounts {
        /**
         * The number of records from month {@code from} to month {@code to} (both included) with
         * the given values of {@code dims} (canonical order; none: all records).
         */
        long count(List<String> dims, List<String> values, YearMonth from, YearMonth to);
    }
}

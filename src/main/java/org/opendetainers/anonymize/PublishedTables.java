package org.opendetainers.anonymize;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed, documented set of cross-tabulations published from record-level extracts.
 *
 * <ul>
 *   <li>the total at every granularity (month, quarter, year, fiscal_year);</li>
 *   <li>each dimension alone at fiscal_year (calendar years for the total only);</li>
 *   <li>pairs of dimensions at fiscal_year only (the federal reporting year): every dimension with
 *       outcome, and criminality with agency, area of responsibility and state, and gender with age
 *       band.</li>
 * </ul>
 *
 * <p>Why no finer tables: an attacker who solves every published relation at once (see
 * {@link LinearAudit}) recovers suppressed cells through the time roll-ups. A dimension published
 * by month or quarter as well as by calendar and fiscal year ties every year of a series into one
 * system (year − fiscal year isolates October–December), and on the seed release the audit-driven
 * suppression then had to hide most of those tables and took minutes; pairs published by both
 * calendar and fiscal year isolate October–December of each pair where no quarter table exists to
 * protect it. Months and quarters by a dimension, and pairs by calendar year, are therefore not
 * published. A dimension published by calendar year as well as by fiscal year splits each year into
 * January–September and October–December, a chain anchored where the records begin and end (the
 * partial fiscal years at the edges): an attacker who solves it recovers small finer cells (see
 * {@link Knowledge}), and protecting them hid more of the fiscal-year tables and took minutes; each
 * dimension is therefore published by fiscal year only. docs/disclosure.md gives the measurements.
 *
 * Every table is linked to its margins (the table with one dimension fewer, and the same
 * dimensions at a coarser granularity), and suppression runs across all of them.
 */
public final class PublishedTables {

    /** The dimensions, in canonical order; their names are the API's group_by values and filters. */
    public static final List<String> DIMENSIONS = Dimension.NAMES;

    /** The pairs published (at fiscal_year). */
    public static final List<List<String>> PAIRS = pairs();

    private PublishedTables() {
    }

    private static List<List<String>> pairs() {
        List<List<String>> pairs = new ArrayList<>();
        for (String d : DIMENSIONS) {
            if (!d.equals("outcome")) {
                pairs.add(List.of(d, "outcome"));
            }
        }
        pairs.add(List.of("agency", "criminality"));
        pairs.add(List.of("aor", "criminality"));
        pairs.add(List.of("state", "criminality"));
        pairs.add(List.of("gender", "age_band"));
        return List.copyOf(pairs);
    }

    public static List<StatTable> all() {
        List<StatTable> tables = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            tables.add(StatTable.of(g, List.of()));
            if (g == Granularity.fiscal_year) {
                for (String d : DIMENSIONS) {
                    tables.add(StatTable.of(g, List.of(d)));
                }
            }
            if (g == Granularity.fiscal_year) {
                for (List<String> pair : PAIRS) {
                    tables.add(StatTable.of(g, pair));
                }
            }
        }
        return List.copyOf(tables);
    }
}

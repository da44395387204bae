package org.opendetainers.anonymize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fixed, documented set of cross-tabulations published from record-level extracts.
 *
 * <ul>
 *   <li>the total at every granularity (month, quarter, year, fiscal_year);
 *   <li>each dimension alone at fiscal_year (calendar years for the total only);
 *   <li>pairs of dimensions at fiscal_year only (the federal reporting year): every dimension with
 *       outcome, and criminality with agency, area of responsibility and state, and gender with age
 *       band.
 * </ul>
 *
 * <p>Why no finer tables: an attacker who solves every published relation at once (see {@link
 * LinearAudit}) recovers suppressed cells through the time roll-ups. A dimension published by month
 * or quarter as well as by calendar and fiscal year ties every year of a series into one system
 * (year − fiscal year isolates October–December), and on the seed release the audit-driven
 * suppression then had to hide most of those tables and took minutes; pairs published by both
 * calendar and fiscal year isolate October–December of each pair where no quarter table exists to
 * protect it. Months and quarters by a dimension, and pairs by calendar year, are therefore not
 * published. A dimension published by calendar year as well as by fiscal year splits each year into
 * January–September and October–December, a chain anchored where the records begin and end (the
 * partial fiscal years at the edges): an attacker who solves it recovers small finer cells (see
 * {@link Knowledge}), and protecting them hid more of the fiscal-year tables and took minutes; each
 * dimension is therefore published by fiscal year only. docs/disclosure.md gives the measurements.
 *
 * <p>Every table is linked to its margins (the table with one dimension fewer, and the same
 * dimensions at a coarser granularity), and suppression runs across all of them.
 */
public final class PublishedTables {

    /** The pairs published (at fiscal_year). */
    public static final List<List<String>> PAIRS = pairs();

    private PublishedTables() {}

    private static List<List<String>> pairs() {
        List<List<String>> pairs = new ArrayList<>();
        for (String d : Dimension.NAMES) {
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

    /**
     * The published set in words, written from {@link #all()} (the API's description of {@code
     * /v1/detainer-stats} is this sentence, so it cannot name a table that is not published): the
     * total, then the dimensions alone, then the pairs, each with the granularities it is published
     * at.
     */
    public static String describe() {
        Map<List<String>, List<Granularity>> byDimensions = new LinkedHashMap<>();
        for (StatTable t : all()) {
            byDimensions
                    .computeIfAbsent(t.dimensions(), d -> new ArrayList<>())
                    .add(t.granularity());
        }
        List<String> parts = new ArrayList<>();
        for (int n = 0; n <= StatTable.MAX_DIMENSIONS; n++) {
            Map<List<Granularity>, List<String>> byGranularities = new LinkedHashMap<>();
            for (Map.Entry<List<String>, List<Granularity>> e : byDimensions.entrySet()) {
                if (e.getKey().size() == n) {
                    byGranularities
                            .computeIfAbsent(e.getValue(), g -> new ArrayList<>())
                            .add(String.join(" × ", e.getKey()));
                }
            }
            for (Map.Entry<List<Granularity>, List<String>> e : byGranularities.entrySet()) {
                List<String> tables = e.getValue();
                String which =
                        n == 0
                                ? "the total"
                                : n == 1 && tables.size() == Dimension.NAMES.size()
                                        ? "each dimension alone"
                                        : (n == 1 ? "the dimensions " : "the pairs ")
                                                + String.join(", ", tables);
                String at =
                        e.getKey().size() == Granularity.values().length
                                ? "every granularity"
                                : e.getKey().stream()
                                        .map(Granularity::name)
                                        .collect(Collectors.joining(" and "));
                parts.add(which + " at " + at);
            }
        }
        return "The published tables: " + String.join("; ", parts) + ".";
    }

    public static List<StatTable> all() {
        List<StatTable> tables = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            tables.add(StatTable.of(g, List.of()));
            if (g == Granularity.fiscal_year) {
                for (String d : Dimension.NAMES) {
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

package org.opendetainers.anonymize;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed, documented set of cross-tabulations published from record-level extracts.
 *
 * <ul>
 *   <li>the total, and each dimension alone, at every granularity (month, quarter, year,
 *       fiscal_year);</li>
 *   <li>pairs of dimensions at year and fiscal_year: every dimension with outcome, and
 *       criminality with agency, area of responsibility and state, and gender with age band.</li>
 * </ul>
 *
 * Every table is linked to its margins (the table with one dimension fewer, and the same
 * dimensions at a coarser granularity), and complementary suppression runs across all of them.
 */
public final class PublishedTables {

    /** The dimensions, in canonical order; their names are the API's group_by values and filters. */
    public static final List<String> DIMENSIONS = List.of("agency", "facility", "aor", "state", "gender", "age_band",
            "citizenship_country", "detainer_type", "criminality", "outcome");

    /** The pairs published (at year and fiscal_year). */
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
            for (String d : DIMENSIONS) {
                tables.add(StatTable.of(g, List.of(d)));
            }
            if (g == Granularity.year || g == Granularity.fiscal_year) {
                for (List<String> pair : PAIRS) {
                    tables.add(StatTable.of(g, pair));
                }
            }
        }
        return List.copyOf(tables);
    }
}

package org.opendetainers.ingest.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an ICE detainer extract. Headers are matched by their canonical snake_case form,
 * so ICE's Title Case ("Detainer Prepare Date") and the Deportation Data Project's snake_case
 * ({@code detainer_prepare_date}) are the same column; spellings used by other releases are aliases
 * ({@code Prepare Date}, {@code Anonymized_Identifier}, ...: {@link HeaderLayouts}).
 */
public final class ExtractColumns {

    /** The columns the import uses, in canonical names. */
    public static final List<String> USED =
            List.of(
                    "detainer_prepare_date",
                    "facility_state",
                    "facility_aor",
                    "facility_city",
                    "detention_facility",
                    "detainer_facility",
                    "detainer_facility_code",
                    "gender",
                    "citizenship_country",
                    "birth_year",
                    "detainer_type",
                    "detainer_criminality",
                    "detainer_threat_level",
                    "detainer_lift_reason",
                    "felon",
                    "apprehension_method",
                    "departed_date",
                    "unique_id");

    static final int PREPARE_DATE = USED.indexOf("detainer_prepare_date");
    static final int STATE = USED.indexOf("facility_state");
    static final int AOR = USED.indexOf("facility_aor");
    static final int DETENTION_FACILITY = USED.indexOf("detention_facility");
    static final int DETAINER_FACILITY = USED.indexOf("detainer_facility");
    static final int FACILITY_CODE = USED.indexOf("detainer_facility_code");
    static final int GENDER = USED.indexOf("gender");
    static final int COUNTRY = USED.indexOf("citizenship_country");
    static final int BIRTH_YEAR = USED.indexOf("birth_year");
    static final int TYPE = USED.indexOf("detainer_type");
    static final int CRIMINALITY = USED.indexOf("detainer_criminality");
    static final int LIFT_REASON = USED.indexOf("detainer_lift_reason");
    static final int UNIQUE_ID = USED.indexOf("unique_id");

    /**
     * A file without one of these is rejected (the facility may come from either facility column).
     */
    public static final List<String> REQUIRED =
            List.of(
                    "detainer_prepare_date",
                    "facility_state",
                    "detainer_type",
                    "detainer_lift_reason");

    /**
     * Identifier-like columns: read only to find duplicates (unique_id), never stored past staging.
     */
    public static final Set<String> IDENTIFIERS =
            Set.of(
                    "unique_id",
                    "alien_file_number",
                    "case_id",
                    "subject_id",
                    "eid_dta_id",
                    "eid_subject_id",
                    "eid_case_id",
                    "fin",
                    "a_number");

    private ExtractColumns() {}

    /** {@code "Detainer Prepare Date"} → {@code detainer_prepare_date}, then aliases. */
    public static String canonical(String header) {
        String name = header.strip();
        if (!name.isEmpty() && name.charAt(0) == '\uFEFF') {
            name = name.substring(1);
        }
        name =
                name.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "_")
                        .replaceAll("^_+|_+$", "");
        return HeaderLayouts.ALIASES.getOrDefault(name, name);
    }

    /** Whether a column holds identifiers or names of people. */
    public static boolean isIdentifier(String canonical) {
        return IDENTIFIERS.contains(canonical) || canonical.contains("name");
    }

    /** How a file's header maps to the used columns. */
    public record Layout(
            Map<String, Integer> index, int width, List<String> ignored, List<String> missing) {

        public int of(String column) {
            return index.getOrDefault(column, -1);
        }
    }

    public static Layout layout(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String canonical = canonical(header.get(i));
            if (USED.contains(canonical) && !index.containsKey(canonical)) {
                index.put(canonical, i);
            } else if (!isIdentifier(canonical)) {
                ignored.add(header.get(i).strip());
            } else {
                ignored.add(header.get(i).strip() + " (identifier, not read)");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!index.containsKey("detention_facility") && !index.containsKey("detainer_facility")) {
            missing.add("detention_facility");
        }
        return new Layout(index, header.size(), ignored, missing);
    }
}

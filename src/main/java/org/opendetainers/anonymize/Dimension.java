package org.opendetainers.anonymize;

import java.util.Arrays;
import java.util.List;

/**
 * The dimensions of the detainer statistics, declared once, in canonical order: each one's name
 * (the API's {@code group_by} value and filter parameter, and the column of published cells), its
 * description as a filter, an example value, and the values it may take where the set is closed
 * ({@code null}: any value the extracts hold). Everything else that lists dimensions — the
 * published tables, the statistics' accumulator, the API's filters and their validation — derives
 * from this enum.
 */
public enum Dimension {
    agency(Doc.AGENCY, "nypd", null),
    facility(Doc.FACILITY, "QUEENS CENTRAL BOOKING", null),
    aor(Doc.AOR, "New York City Area of Responsibility", null),
    state(Doc.STATE, "NY", null),
    gender(Doc.GENDER, "female", List.of("male", "female", "unknown")),
    age_band(Doc.AGE_BAND, "18-24", Arrays.stream(AgeBand.values()).map(AgeBand::value).toList()),
    citizenship_country(Doc.CITIZENSHIP_COUNTRY, "MEXICO", null),
    detainer_type(Doc.DETAINER_TYPE, "i-247a", null),
    criminality(Doc.CRIMINALITY, "convicted", null),
    outcome(
            Doc.OUTCOME,
            "declined",
            List.of("ice_custody", "lifted", "declined", "released", "other", "unknown"));

    /** Filter descriptions as constants, for the API's parameter annotations. */
    public static final class Doc {
        public static final String AGENCY = "Only this agency (id, e.g. nypd, or unknown).";
        public static final String FACILITY = "Only this facility (upper case).";
        public static final String AOR = "Only this area of responsibility.";
        public static final String STATE = "Only this state (two letters).";
        public static final String GENDER = "Only this gender: male, female, unknown.";
        public static final String AGE_BAND = "Only this age band.";
        public static final String CITIZENSHIP_COUNTRY =
                "Only this country of citizenship (upper case).";
        public static final String DETAINER_TYPE =
                "Only this detainer form: i-247, i-247d, i-247n, i-247x, i-247a, i-247g, unknown.";
        public static final String CRIMINALITY =
                "Only this criminality: convicted, pending_charges, other_immigration_violator, unknown.";
        public static final String OUTCOME =
                "Only this outcome: ice_custody, lifted, declined, released, other, unknown.";

        private Doc() {}
    }

    /**
     * Something that holds a value of each dimension (a record, a published cell), read by name:
     * {@link #value} is the one place that maps a dimension to its accessor.
     */
    public interface Values {
        String agency();

        String facility();

        String aor();

        String state();

        String gender();

        String ageBand();

        String citizenshipCountry();

        String detainerType();

        String criminality();

        String outcome();

        /** The value of {@code d}. */
        default String value(Dimension d) {
            return switch (d) {
                case agency -> agency();
                case facility -> facility();
                case aor -> aor();
                case state -> state();
                case gender -> gender();
                case age_band -> ageBand();
                case citizenship_country -> citizenshipCountry();
                case detainer_type -> detainerType();
                case criminality -> criminality();
                case outcome -> outcome();
            };
        }
    }

    /** The names, in canonical order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Dimension::name).toList();

    private final String description;
    private final String example;
    private final List<String> allowed;

    Dimension(String description, String example, List<String> allowed) {
        this.description = description;
        this.example = example;
        this.allowed = allowed;
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }

    /** The values this dimension may take, or null when any value of the extracts may occur. */
    public List<String> allowed() {
        return allowed;
    }

    /** The dimension named {@code name}, or null. */
    public static Dimension named(String name) {
        for (Dimension d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}

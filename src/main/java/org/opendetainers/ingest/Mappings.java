package org.opendetainers.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendetainers.anonymize.Dimension;

/**
 * The editable tables in {@code data-seed/mappings/} that normalize free-text categories of
 * record-level extracts: detainer type, criminality, lift reason → outcome, and facility → agency;
 * and the facility list's facility code → area of responsibility ({@link FacilityAors}). Raw values
 * are normalized before matching ({@link #key}): case, whitespace, dashes and hyphens of every
 * kind, and punctuation are ignored, so that "I247A - Immigration Detainer" and "I-247A Immigration
 * Detainer" match the same row. A raw value missing from a table becomes {@code unknown} and is
 * counted in the import report, per dimension ({@link #DIMENSIONS}).
 */
public final class Mappings {

    public static final String DIR = "mappings";
    public static final String DETAINER_TYPES = DIR + "/detainer_types.csv";
    public static final String CRIMINALITY = DIR + "/criminality.csv";
    public static final String LIFT_REASONS = DIR + "/lift_reasons.csv";
    public static final String FACILITIES = DIR + "/facilities.csv";

    /**
     * The files read: the tables of {@code mappings/}, and the facility list of the source ({@link
     * FacilityAors}, optional).
     */
    public static final List<String> FILES =
            List.of(
                    DETAINER_TYPES,
                    CRIMINALITY,
                    LIFT_REASONS,
                    FACILITIES,
                    FacilityAors.ALIASES,
                    FacilityAors.FILE);

    /** The outcomes a lift reason can map to; a blank lift reason (still pending) is unknown. */
    public static final Set<String> OUTCOMES = Set.copyOf(Dimension.outcome.allowed());

    /**
     * The extract columns whose values the category tables map, with the table of each: the
     * dimensions that {@code opendetainers.import.max-unmapped-share} applies to. Facilities are
     * not among them: a facility outside the jurisdictions of the data set has no agency here by
     * design, and is published with agency unknown.
     */
    public static final Map<String, String> DIMENSIONS = dimensions();

    private static Map<String, String> dimensions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("detainer_type", DETAINER_TYPES);
        d.put("detainer_criminality", CRIMINALITY);
        d.put("detainer_lift_reason", LIFT_REASONS);
        return Collections.unmodifiableMap(d);
    }

    private static final Pattern VALUE = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");

    private final Map<String, String> detainerTypes;
    private final Map<String, String> criminality;
    private final Map<String, String> outcomes;
    private final Map<String, String> facilityAgencies;
    private final FacilityAors facilityAors;

    private Mappings(
            Map<String, String> detainerTypes,
            Map<String, String> criminality,
            Map<String, String> outcomes,
            Map<String, String> facilityAgencies,
            FacilityAors facilityAors) {
        this.detainerTypes = detainerTypes;
        this.criminality = criminality;
        this.outcomes = outcomes;
        this.facilityAgencies = facilityAgencies;
        this.facilityAors = facilityAors;
    }

    /** Reads the mapping tables of {@code dir}; agency ids are checked against {@code agencies}. */
    public static Mappings read(Path dir, Set<String> agencies, ImportProblems problems) {
        Map<String, String> types =
                table(dir, DETAINER_TYPES, "raw", "detainer_type", problems, null);
        Map<String, String> crim = table(dir, CRIMINALITY, "raw", "criminality", problems, null);
        Map<String, String> lift = table(dir, LIFT_REASONS, "raw", "outcome", problems, OUTCOMES);
        Map<String, String> facilities =
                table(dir, FACILITIES, "facility", "agency", problems, agencies);
        return new Mappings(types, crim, lift, facilities, FacilityAors.read(dir, problems));
    }

    private static Map<String, String> table(
            Path dir,
            String file,
            String keyColumn,
            String valueColumn,
            ImportProblems problems,
            Set<String> allowed) {
        Map<String, String> map = new HashMap<>();
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, null, "file not found in " + dir);
            return map;
        }
        try (InputStream in = Files.newInputStream(path)) {
            CsvTable.read(
                    file,
                    in,
                    List.of(keyColumn, valueColumn, "note"),
                    problems,
                    line -> {
                        Row row = new Row(file, line, problems);
                        String raw = row.text(keyColumn);
                        String value = row.text(valueColumn);
                        if (raw == null || value == null) {
                            return;
                        }
                        if (allowed != null && !allowed.contains(value)) {
                            row.problem(
                                    valueColumn,
                                    "'"
                                            + value
                                            + "' is not one of: "
                                            + String.join(
                                                    ", ", allowed.stream().sorted().toList()));
                            return;
                        }
                        if (!VALUE.matcher(value).matches()) {
                            row.problem(
                                    valueColumn,
                                    "'"
                                            + value
                                            + "' is not a value (lowercase words joined by '_' or '-')");
                            return;
                        }
                        String previous = map.putIfAbsent(key(raw), value);
                        if (previous != null) {
                            row.problem(keyColumn, "'" + raw + "' is mapped twice");
                        }
                    });
        } catch (IOException e) {
            problems.add(file, 0, null, "cannot read: " + e.getMessage());
        }
        return map;
    }

    /**
     * The normalized key of a raw value: its letters and digits, lower-cased, in order. Case,
     * whitespace, dashes and hyphens of every kind (-, ‐, ‑, –, —, −…) and punctuation are ignored.
     */
    public static String key(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** Trims and collapses runs of whitespace to one space (a hot path of the import: no regex). */
    public static String collapse(String raw) {
        String s = raw.strip();
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            clean =
                    !(Character.isWhitespace(c)
                            && (c != ' '
                                    || (i + 1 < s.length()
                                            && Character.isWhitespace(s.charAt(i + 1)))));
        }
        if (clean) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    public String detainerType(String raw) {
        return raw == null ? null : detainerTypes.get(key(raw));
    }

    public String criminality(String raw) {
        return raw == null ? null : criminality.get(key(raw));
    }

    public String outcome(String raw) {
        return raw == null ? null : outcomes.get(key(raw));
    }

    public String agencyOfFacility(String facility) {
        return facility == null ? null : facilityAgencies.get(key(facility));
    }

    /** The area of responsibility of each facility code, from the source's facility list. */
    public FacilityAors facilityAors() {
        return facilityAors;
    }
}

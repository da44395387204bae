package org.opendetainers.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opendetainers.domain.vocabulary.CountyMethod;
import org.opendetainers.domain.vocabulary.StateFips;

/**
 * A facility's county (5-digit FIPS code) by the methods of {@link CountyMethod}, and the 287(g)
 * sheriff's office of a county jail's county. Nothing is guessed: a method that finds two counties
 * gives none, and where two methods give different counties the facility gets none and the
 * disagreement is reported.
 */
public final class FacilityCounties {

    /** The words after a county's name in a facility's name, by state (null: every state). */
    static final Map<String, String> COUNTY_WORDS =
            Map.of("COUNTY", "", "CO", "", "CNTY", "", "PARISH", "LA", "BOROUGH", "AK");

    /** The longest county name read before a county word, in words (Prince of Wales-Hyder: 4). */
    private static final int MAX_NAME_WORDS = 4;

    /** ICE's detailed types of a facility that a county runs under an agreement with ICE. */
    static final Set<String> COUNTY_JAIL_TYPES = Set.of("IGSA", "USMS IGA");

    /** Words of a facility's name that say it is a jail (one must appear). */
    static final Set<String> JAIL_WORDS =
            Set.of(
                    "JAIL",
                    "DETENTION",
                    "DET",
                    "SHERIFF",
                    "SHERIFFS",
                    "CORRECTIONAL",
                    "CORRECTIONS",
                    "CORR",
                    "ADC",
                    "JUSTICE");

    /** Words of a facility's name that say it is not the sheriff's jail (none may appear). */
    static final Set<String> NOT_JAIL_WORDS =
            Set.of("JUVENILE", "JUV", "YOUTH", "HOSPITAL", "MEDICAL", "HOLD", "COURT");

    /** What a method found: one county, none, or a reason why none is taken. */
    record Found(String fips, String problem) {
        static final Found NONE = new Found(null, null);

        static Found problem(String reason) {
            return new Found(null, reason);
        }
    }

    /** A facility's county and the methods that gave it, or the reasons it has none. */
    record County(String fips, List<CountyMethod> methods, List<String> problems) {}

    private final CountyBoundaries boundaries;

    FacilityCounties(CountyBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    /** The county whose boundary holds the point, if it is in the facility's state. */
    Found byCoordinates(String state, String latitude, String longitude) {
        if (latitude == null || longitude == null) {
            return Found.NONE;
        }
        List<String> in =
                boundaries.at(Double.parseDouble(longitude), Double.parseDouble(latitude));
        if (in.isEmpty()) {
            return Found.problem(
                    "coordinates " + latitude + ", " + longitude + " lie in no county's boundary");
        }
        if (in.size() > 1) {
            return Found.problem(
                    "coordinates " + latitude + ", " + longitude + " lie in " + describe(in));
        }
        String fips = in.get(0);
        String stateFips = StateFips.of(state).orElse(null);
        if (stateFips == null || !fips.startsWith(stateFips)) {
            return Found.problem(
                    "coordinates "
                            + latitude
                            + ", "
                            + longitude
                            + " lie in "
                            + describe(in)
                            + (state == null
                                    ? ", and the row gives no state"
                                    : ", not in " + state));
        }
        return new Found(fips, null);
    }

    /**
     * The county a list names (e.g. UWCHR's column {@code county}: "GRAYS HARBOR"), matched to the
     * names of the state's counties; a trailing COUNTY, PARISH or BOROUGH is not part of the name.
     */
    Found byListCounty(String state, String county) {
        if (county == null || county.isBlank() || county.strip().equals("NA")) {
            return Found.NONE;
        }
        String stateFips = StateFips.of(state).orElse(null);
        if (stateFips == null) {
            return Found.NONE;
        }
        List<String> words = new ArrayList<>(words(county));
        if (!words.isEmpty()
                && Set.of("COUNTY", "PARISH", "BOROUGH").contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return Found.problem("'" + county + "' names no county");
        }
        List<String> named = boundaries.named(stateFips, String.join(" ", words));
        if (named.isEmpty()) {
            return Found.problem("'" + county + "' is the name of no county of " + state);
        }
        if (named.size() > 1) {
            return Found.problem(
                    "'" + county + "' is the name of " + describe(named) + ": not taken");
        }
        return new Found(named.get(0), null);
    }

    /**
     * The county a facility's name names: "&lt;name&gt; COUNTY" (or CO, CNTY; PARISH in Louisiana,
     * BOROUGH in Alaska) where &lt;name&gt;, the one to four words before, is the name of exactly
     * one county of the state. A name naming two counties names none.
     */
    Found byName(String state, String name) {
        String stateFips = StateFips.of(state).orElse(null);
        if (stateFips == null || name == null) {
            return Found.NONE;
        }
        List<String> w = words(name);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 1; i < w.size(); i++) {
            String onlyIn = COUNTY_WORDS.get(w.get(i));
            if (onlyIn == null || !(onlyIn.isEmpty() || onlyIn.equals(state))) {
                continue;
            }
            for (int n = 1; n <= Math.min(i, MAX_NAME_WORDS); n++) {
                found.addAll(boundaries.named(stateFips, String.join(" ", w.subList(i - n, i))));
            }
        }
        if (found.isEmpty()) {
            return Found.NONE;
        }
        if (found.size() > 1) {
            return Found.problem(
                    "the name '"
                            + name
                            + "' names "
                            + describe(List.copyOf(found))
                            + ": not taken");
        }
        return new Found(found.iterator().next(), null);
    }

    /**
     * The county of a facility from what each method found: one county where every method that
     * found one found the same, none where they differ (a conflict, reported).
     */
    County combine(Map<CountyMethod, Found> found) {
        Map<String, List<CountyMethod>> byFips = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CountyMethod m : CountyMethod.values()) {
            Found f = found.get(m);
            if (f == null) {
                continue;
            }
            if (f.fips() != null) {
                byFips.computeIfAbsent(f.fips(), k -> new ArrayList<>()).add(m);
            } else if (f.problem() != null) {
                problems.add(m + ": " + f.problem());
            }
        }
        if (byFips.size() == 1) {
            Map.Entry<String, List<CountyMethod>> e = byFips.entrySet().iterator().next();
            return new County(e.getKey(), List.copyOf(e.getValue()), problems);
        }
        if (byFips.size() > 1) {
            List<String> parts = new ArrayList<>();
            byFips.forEach((fips, methods) -> parts.add(methods + " " + describe(List.of(fips))));
            problems.add(0, "conflict: " + String.join("; ", parts) + ": county left blank");
        }
        return new County(null, List.of(), problems);
    }

    /**
     * Whether a facility is a county jail for the rule of the sheriff's link: ICE's detailed type
     * is one of {@link #COUNTY_JAIL_TYPES}, its name names its county ({@link
     * CountyMethod#facility_name}) and has a word of {@link #JAIL_WORDS} and none of {@link
     * #NOT_JAIL_WORDS}.
     */
    static boolean isCountyJail(String typeDetailed, String name, County county) {
        if (typeDetailed == null
                || !COUNTY_JAIL_TYPES.contains(typeDetailed)
                || county.fips() == null
                || !county.methods().contains(CountyMethod.facility_name)) {
            return false;
        }
        List<String> w = words(name);
        return w.stream().anyMatch(JAIL_WORDS::contains)
                && w.stream().noneMatch(NOT_JAIL_WORDS::contains);
    }

    /** "48201 (Harris)", "24005 (Baltimore), 24510 (Baltimore)". */
    String describe(List<String> fips) {
        return String.join(
                ", ", fips.stream().map(f -> f + " (" + boundaries.name(f) + ")").toList());
    }

    /** A name's words: capital letters and digits, accents removed, split at anything else. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String part : name.split("[^\\p{L}\\p{N}']+")) {
            String k = CountyBoundaries.key(part);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The sheriff's offices of agreements.csv by county FIPS (rule in {@link #sheriffs}). */
    record Sheriff(String agencyId, String agency, long line) {}

    /**
     * The agencies of agreements.csv that are a county's sheriff's office: {@code agency_type}
     * County, a name containing "Sheriff", and a {@code county} ("Harris County") that is, without
     * its last word County, Parish or Borough, the name of exactly one county of the state. An
     * agency whose county is not such a name is reported in {@code problems} (file, line, value,
     * reason) and left out.
     */
    Map<String, List<Sheriff>> sheriffs(
            List<Map<String, String>> agreements, List<String[]> problems) {
        Map<String, List<Sheriff>> out = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        long line = 1;
        for (Map<String, String> a : agreements) {
            line++;
            String id = a.get("agency_id");
            String agency = a.getOrDefault("agency", "");
            if (!seen.add(id)
                    || !"County".equals(a.get("agency_type"))
                    || !agency.toLowerCase(Locale.ROOT).contains("sheriff")) {
                continue;
            }
            String county = a.get("county");
            Found f = byListCounty(a.get("state"), county);
            if (f.fips() == null) {
                problems.add(
                        new String[] {
                            Long.toString(line),
                            county == null ? "" : county,
                            f.problem() == null
                                    ? "no county given: the sheriff's office is linked to no facility"
                                    : f.problem()
                                            + ": the sheriff's office is linked to no facility"
                        });
                continue;
            }
            out.computeIfAbsent(f.fips(), k -> new ArrayList<>())
                    .add(new Sheriff(id, agency, line));
        }
        return out;
    }
}

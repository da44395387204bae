package org.opendetainers.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule that joins a county as a text names it (ICE's {@code COUNTY} of a 287(g) agreement:
 * "Harris County", "Lafourche Parish") to a county of the Census boundaries (places.csv: "Harris",
 * id 48201), within one state. Written once: the import fills an agreement's {@code county_fips}
 * with it, and the converter of the boundaries (tools.Places) lists with it what does not match.
 *
 * <p>Both names are compared without the county's kind at the end of the text ("County", "Parish",
 * "Borough", "City and Borough", "Census Area", "Municipality", "city"), and then by their letters
 * and digits only, in any case, accents removed ("Doña Ana" = "Dona Ana", "St. Lucie" = "St Lucie",
 * "DeKalb" = "De Kalb"). A name matches when exactly one county of the state has it. Where two
 * counties of one state have the same name (in the boundaries read: Baltimore, St. Louis, and four
 * in Virginia: Fairfax, Franklin, Richmond, Roanoke), the kind decides: "city" is the independent
 * city (the Census codes independent cities from 510 up: 24510 Baltimore city, 29510 St. Louis
 * city), "County" the county; a name without a kind stays unmatched. Nothing else is tried: no
 * spelling is corrected and no county is guessed from an agency's name. A name whose last word is a
 * kind but that no county has without it is looked up whole ("Carson City").
 */
public final class CountyNames {

    /** The lowest county code the Census gives an independent city (VA, MD, MO, NV). */
    static final int INDEPENDENT_CITY_CODES_FROM = 510;

    /** The kinds of county a name may end with, longest first; "city" is an independent city. */
    private static final List<String> KINDS =
            List.of(
                    "city and borough",
                    "census area",
                    "municipality",
                    "county",
                    "parish",
                    "borough",
                    "city");

    /** A county of the boundaries: its 5-digit FIPS code and its name as the boundaries give it. */
    public record County(String fips, String name) {}

    /** What became of one name: the county matched (null if none) and, if none, why. */
    public record Match(String fips, String reason) {
        public boolean matched() {
            return fips != null;
        }
    }

    private final Map<String, Map<String, List<County>>> byStateAndName = new HashMap<>();

    /** The counties of the boundaries, by the postal code of their state. */
    public CountyNames(Map<String, List<County>> countiesByState) {
        countiesByState.forEach(
                (state, counties) -> {
                    Map<String, List<County>> byName = new HashMap<>();
                    for (County c : counties) {
                        byName.computeIfAbsent(letters(c.name()), n -> new ArrayList<>()).add(c);
                    }
                    byStateAndName.put(state, byName);
                });
    }

    /** The county of {@code state} (postal code) that {@code name} names, or why there is none. */
    public Match match(String state, String name) {
        Map<String, List<County>> byName = byStateAndName.get(state);
        if (byName == null) {
            return new Match(null, "no county of the boundaries is in state " + state);
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        String kind = null;
        String base = lower;
        for (String k : KINDS) {
            if (lower.endsWith(" " + k)) {
                kind = k;
                base = lower.substring(0, lower.length() - k.length() - 1);
                break;
            }
        }
        List<County> found = byName.getOrDefault(letters(base), List.of());
        if (found.isEmpty() && kind != null) {
            // the kind may be part of the name itself ("Carson City")
            found = byName.getOrDefault(letters(lower), List.of());
            kind = null;
        }
        if (found.isEmpty()) {
            return new Match(null, "no county of " + state + " is named so");
        }
        if (found.size() == 1) {
            return new Match(found.get(0).fips(), null);
        }
        if (kind == null) {
            return new Match(
                    null,
                    "two counties of "
                            + state
                            + " are named so ("
                            + String.join(", ", found.stream().map(County::fips).toList())
                            + ") and the name says neither 'County' nor 'city'");
        }
        boolean city = kind.equals("city");
        List<County> ofKind =
                found.stream().filter(c -> independentCity(c.fips()) == city).toList();
        if (ofKind.size() == 1) {
            return new Match(ofKind.get(0).fips(), null);
        }
        return new Match(
                null,
                "counties of "
                        + state
                        + " named so: "
                        + String.join(", ", found.stream().map(County::fips).toList()));
    }

    private static boolean independentCity(String fips) {
        return Integer.parseInt(fips.substring(2)) >= INDEPENDENT_CITY_CODES_FROM;
    }

    /** Letters and digits only, lowercased, accents removed. */
    static String letters(String s) {
        String plain =
                Normalizer.normalize(s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}

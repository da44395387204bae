package org.opendetainers.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The official code list of the states, the District of Columbia and the territories: the Census
 * Bureau's two-digit state FIPS (ANSI) code and the postal code of each. Written here once; the
 * converter of the Census boundaries (tools.Places) gives each place its postal code from it.
 */
public final class StateCodes {

    private StateCodes() {}

    // FIPS, postal: the 50 states, DC, and the territories with a FIPS state code
    private static final String[] PAIRS = {
        "01", "AL", "02", "AK", "04", "AZ", "05", "AR", "06", "CA", "08", "CO", "09", "CT", "10",
        "DE", "11", "DC", "12", "FL", "13", "GA", "15", "HI", "16", "ID", "17", "IL", "18", "IN",
        "19", "IA", "20", "KS", "21", "KY", "22", "LA", "23", "ME", "24", "MD", "25", "MA", "26",
        "MI", "27", "MN", "28", "MS", "29", "MO", "30", "MT", "31", "NE", "32", "NV", "33", "NH",
        "34", "NJ", "35", "NM", "36", "NY", "37", "NC", "38", "ND", "39", "OH", "40", "OK", "41",
        "OR", "42", "PA", "44", "RI", "45", "SC", "46", "SD", "47", "TN", "48", "TX", "49", "UT",
        "50", "VT", "51", "VA", "53", "WA", "54", "WV", "55", "WI", "56", "WY", "60", "AS", "66",
        "GU", "69", "MP", "72", "PR", "78", "VI"
    };

    private static final Map<String, String> POSTAL_BY_FIPS = new LinkedHashMap<>();
    private static final Map<String, String> FIPS_BY_POSTAL = new LinkedHashMap<>();

    static {
        for (int i = 0; i < PAIRS.length; i += 2) {
            POSTAL_BY_FIPS.put(PAIRS[i], PAIRS[i + 1]);
            FIPS_BY_POSTAL.put(PAIRS[i + 1], PAIRS[i]);
        }
    }

    /** The postal code of a two-digit state FIPS code ({@code 48} → {@code TX}), or null. */
    public static String postal(String fips) {
        return POSTAL_BY_FIPS.get(fips);
    }

    /** The two-digit state FIPS code of a postal code ({@code TX} → {@code 48}), or null. */
    public static String fips(String postal) {
        return FIPS_BY_POSTAL.get(postal);
    }

    /** Every state FIPS code of the list, in code order. */
    public static Iterable<String> allFips() {
        return POSTAL_BY_FIPS.keySet();
    }
}

package org.opendetainers.domain.vocabulary;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two-digit FIPS code of each state, the District of Columbia and the territories, by postal
 * code (ANSI INCITS 38, the Census Bureau's state codes): the first two digits of a county's
 * five-digit FIPS code are its state's.
 */
public final class StateFips {

    /** FIPS code by postal code. */
    public static final Map<String, String> BY_POSTAL_CODE =
            Map.ofEntries(
                    Map.entry("AL", "01"),
                    Map.entry("AK", "02"),
                    Map.entry("AZ", "04"),
                    Map.entry("AR", "05"),
                    Map.entry("CA", "06"),
                    Map.entry("CO", "08"),
                    Map.entry("CT", "09"),
                    Map.entry("DE", "10"),
                    Map.entry("DC", "11"),
                    Map.entry("FL", "12"),
                    Map.entry("GA", "13"),
                    Map.entry("HI", "15"),
                    Map.entry("ID", "16"),
                    Map.entry("IL", "17"),
                    Map.entry("IN", "18"),
                    Map.entry("IA", "19"),
                    Map.entry("KS", "20"),
                    Map.entry("KY", "21"),
                    Map.entry("LA", "22"),
                    Map.entry("ME", "23"),
                    Map.entry("MD", "24"),
                    Map.entry("MA", "25"),
                    Map.entry("MI", "26"),
                    Map.entry("MN", "27"),
                    Map.entry("MS", "28"),
                    Map.entry("MO", "29"),
                    Map.entry("MT", "30"),
                    Map.entry("NE", "31"),
                    Map.entry("NV", "32"),
                    Map.entry("NH", "33"),
                    Map.entry("NJ", "34"),
                    Map.entry("NM", "35"),
                    Map.entry("NY", "36"),
                    Map.entry("NC", "37"),
                    Map.entry("ND", "38"),
                    Map.entry("OH", "39"),
                    Map.entry("OK", "40"),
                    Map.entry("OR", "41"),
                    Map.entry("PA", "42"),
                    Map.entry("RI", "44"),
                    Map.entry("SC", "45"),
                    Map.entry("SD", "46"),
                    Map.entry("TN", "47"),
                    Map.entry("TX", "48"),
                    Map.entry("UT", "49"),
                    Map.entry("VT", "50"),
                    Map.entry("VA", "51"),
                    Map.entry("WA", "53"),
                    Map.entry("WV", "54"),
                    Map.entry("WI", "55"),
                    Map.entry("WY", "56"),
                    Map.entry("AS", "60"),
                    Map.entry("GU", "66"),
                    Map.entry("MP", "69"),
                    Map.entry("PR", "72"),
                    Map.entry("VI", "78"));

    /** The FIPS code of a postal code, if it is a state's, DC's or a territory's. */
    public static Optional<String> of(String postalCode) {
        return Optional.ofNullable(postalCode == null ? null : BY_POSTAL_CODE.get(postalCode));
    }

    private static final Map<String, String> POSTAL_BY_FIPS =
            BY_POSTAL_CODE.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    /** The postal code of a two-digit state FIPS code ({@code 48} → {@code TX}), or null. */
    public static String postal(String fips) {
        return fips == null ? null : POSTAL_BY_FIPS.get(fips);
    }

    private StateFips() {}
}

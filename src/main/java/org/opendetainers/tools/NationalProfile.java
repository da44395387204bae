package org.opendetainers.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.opendetainers.tools.SyntheticExtractGenerator.Dist;

/**
 * The national profile of the synthetic extract ({@code generate-records --profile national}): the
 * cardinalities and skew of ICE's national detainer data as measured from its public releases (the
 * project's real-data notes, §4), so that anyone can repeat the national-scale benchmark of the
 * disclosure control. Federal fiscal years 2012–2025 (2011-10-01 to 2025-09-30) weighted by ICE's
 * yearly volumes (about 2.1 million detainers in all); 7,000 facility codes under ICE's 25 field
 * offices (areas of responsibility) in 56 state and territory codes, the facility's area blank in
 * 20 % of rows; about 200 countries of citizenship with Mexico about 60 %; 10 spellings of the
 * detainer form; 20 lift reasons with 35 % blank; 13 % of rows without a person identifier. The
 * facility names, codes and cities are made up ({@code DETENTION FACILITY 0042 TX}); the field
 * offices, states and countries are real names.
 *
 * <p>Columns and their order are {@link SyntheticExtractGenerator#HEADER}.
 */
final class NationalProfile {

    static final LocalDate FIRST_DAY = LocalDate.of(2011, 10, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 9, 30);
    static final int FACILITIES = 7_000;

    /** Detainers per fiscal year 2012..2025, thousands (ICE's counts; 2023–2025 estimates). */
    private static final double[] FY_VOLUME = {
        280, 213, 162, 97, 86, 142, 172, 157, 116, 64, 77, 120, 170, 230
    };

    /** The 25 field offices, by volume, each with the states and territories it covers. */
    private static final String[][] AORS = {
        {"Houston", "TX"},
        {"San Antonio", "TX"},
        {"Dallas", "TX", "OK"},
        {"Los Angeles", "CA"},
        {"Atlanta", "GA", "NC", "SC"},
        {"Phoenix", "AZ"},
        {"Harlingen", "TX"},
        {"Miami", "FL", "PR", "VI"},
        {"Chicago", "IL", "IN", "WI", "MO", "KY", "KS"},
        {"New Orleans", "LA", "AL", "AR", "MS", "TN"},
        {"San Diego", "CA"},
        {"El Paso", "TX", "NM"},
        {"San Francisco", "CA", "HI", "GU", "MP", "AS"},
        {"Denver", "CO", "WY"},
        {"Seattle", "WA", "OR", "AK"},
        {"New York City", "NY"},
        {"Newark", "NJ"},
        {"Salt Lake City", "UT", "ID", "MT", "NV"},
        {"Washington", "VA", "DC"},
        {"St. Paul", "MN", "IA", "NE", "ND", "SD"},
        {"Detroit", "MI", "OH"},
        {"Philadelphia", "PA", "DE", "WV"},
        {"Boston", "MA", "CT", "ME", "NH", "RI", "VT"},
        {"Baltimore", "MD"},
        {"Buffalo", "NY"},
    };

    private static final double BLANK_AOR = 0.20;
    private static final double BLANK_ID = 0.13;
    private static final double BLANK_LIFT = 0.35;
    private static final double MEXICO_SHARE = 0.60;

    /**
     * Lift reasons: the 12 of the seed's first mapping, then 8 rare ones (under 1 % of rows): 7
     * reasons of NPR's 2007–2015 files that the mapping does not know, and Judicial Review (mapped
     * to outcome other since December 2026).
     */
    private static final String[] LIFT_REASONS = {
        "Booked into Detention",
        "Detainer Declined by LEA",
        "Case Closed",
        "Duplicate",
        "Early Release",
        "ICE Temporary Resource Constraint",
        "Insufficient Notice to ICE",
        "No longer in State, Local, or Federal Custody",
        "Not Amenable to Removal",
        "Prosecutorial Discretion",
        "Superseding - New Form Issued",
        "USC or Presumptive Claim to US Citizenship",
        "Lifted",
        "Transferred",
        "Alien Not Subject to Deportation",
        "United States Citizen Interviewed",
        "Died",
        "Lifted - Lack of Space",
        "Lifted - Lack of Funds",
        "Judicial Review",
    };

    private static final double[] LIFT_WEIGHTS = {
        560, 60, 50, 30, 40, 10, 30, 80, 20, 40, 80, 20, 2, 1, 0.5, 0.3, 0.2, 0.3, 0.2, 0.5
    };

    /**
     * Ten spellings of the form, by period. I247G has no documented name: it is written as its code
     * alone (mapped to i-247g since December 2026).
     */
    private static final String[] TYPES = {
        "I-247 Immigration Detainer - Notice of Action",
        "Immigration Detainer - Notice of Action",
        "I-247D Immigration Detainer - Request for Voluntary Action",
        "I-247N Request for Voluntary Notification of Release",
        "I-247X Request for Voluntary Transfer",
        "I-247A Immigration Detainer - Notice of Action",
        "I247A - Immigration Detainer - Notice of Action (as of May 2025)",
        "I247A - Immigration Detainer - Immigration Detainer - Notice of Action",
        "I247G",
        "",
    };

    private static final String[] GENDERS = {"Male", "Female", "Unknown", ""};
    private static final String[] CRIMINALITY = {
        "1 Convicted Criminal", "2 Pending Criminal Charges", "3 Other Immigration Violator", ""
    };

    private final String[] dates;
    private final int[] fyStart;
    private final int[] fyLength;
    private final int i247dFrom;
    private final int i247aFrom;
    private final int may2025;
    private final Dist fy = Dist.of(FY_VOLUME);
    private final Dist aor;
    private final String[] aorNames;
    private final Facility[][] facilities;
    private final Dist[] facilityDist;
    private final String[] countries;
    private final Dist otherCountry;
    private final Dist lift = Dist.of(LIFT_WEIGHTS);
    private final Dist gender = Dist.of(new double[] {84, 14, 1, 1});
    private final Dist criminality = Dist.of(new double[] {55, 25, 18, 2});
    private final String[] liftCells;

    /** A facility and the fiscal years (indexes, both included) in which it receives detainers. */
    private record Facility(
            String name, String city, String code, String state, int firstYear, int lastYear) {}

    NationalProfile() {
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        dates = new String[days];
        for (int i = 0; i < days; i++) {
            dates[i] = FIRST_DAY.plusDays(i).toString();
        }
        fyStart = new int[FY_VOLUME.length];
        fyLength = new int[FY_VOLUME.length];
        for (int y = 0; y < FY_VOLUME.length; y++) {
            LocalDate start = FIRST_DAY.plusYears(y);
            fyStart[y] = index(start);
            fyLength[y] = (int) (start.plusYears(1).toEpochDay() - start.toEpochDay());
        }
        i247dFrom = index(LocalDate.of(2015, 7, 1));
        i247aFrom = index(LocalDate.of(2017, 4, 2));
        may2025 = index(LocalDate.of(2025, 5, 1));
        aor = Dist.zipf(AORS.length, 0.7);
        aorNames = new String[AORS.length];
        // facilities shared among the field offices by the square root of their volume
        double[] share = new double[AORS.length];
        double total = 0;
        for (int a = 0; a < AORS.length; a++) {
            aorNames[a] = SyntheticExtractGenerator.csv(AORS[a][0] + " Area of Responsibility");
            share[a] = Math.sqrt(Math.pow(a + 1, -0.7));
            total += share[a];
        }
        facilities = new Facility[AORS.length][];
        facilityDist = new Dist[AORS.length];
        int made = 0;
        SplittableRandom places = new SplittableRandom(20_251_207L);
        for (int a = 0; a < AORS.length; a++) {
            int n =
                    a == AORS.length - 1
                            ? FACILITIES - made
                            : (int) Math.round(FACILITIES * share[a] / total);
            facilities[a] = new Facility[n];
            for (int f = 0; f < n; f++) {
                int no = made + f + 1;
                String state = AORS[a][1 + places.nextInt(AORS[a].length - 1)];
                // active for 1 to 14 fiscal years: about half of the codes in a year, as in ICE's
                // data (3,000–4,000 receiving facilities a year, 6,000–8,000 codes over the span)
                int years = 1 + places.nextInt(FY_VOLUME.length);
                int first = places.nextInt(FY_VOLUME.length - years + 1);
                facilities[a][f] =
                        new Facility(
                                String.format(Locale.ROOT, "DETENTION FACILITY %04d %s", no, state),
                                String.format(Locale.ROOT, "CITY %04d", no),
                                String.format(Locale.ROOT, "F%04d%s", no, state),
                                state,
                                first,
                                first + years - 1);
            }
            facilityDist[a] = Dist.zipf(n, 0.9);
            made += n;
        }
        countries = countries();
        otherCountry = Dist.zipf(countries.length - 1, 1.1);
        liftCells = new String[LIFT_REASONS.length];
        for (int i = 0; i < LIFT_REASONS.length; i++) {
            liftCells[i] = SyntheticExtractGenerator.csv(LIFT_REASONS[i]);
        }
    }

    /** Mexico first, then the countries of most detainers after it, then the rest by name. */
    private static String[] countries() {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(
                List.of(
                        "MEXICO",
                        "GUATEMALA",
                        "HONDURAS",
                        "EL SALVADOR",
                        "DOMINICAN REPUBLIC",
                        "ECUADOR",
                        "CUBA",
                        "COLOMBIA",
                        "VENEZUELA",
                        "NICARAGUA",
                        "HAITI",
                        "JAMAICA",
                        "BRAZIL",
                        "INDIA",
                        "CHINA",
                        "PERU"));
        List<String> rest = new ArrayList<>();
        for (String iso : Locale.getISOCountries()) {
            if (!iso.equals("US")) {
                rest.add(
                        new Locale("", iso)
                                .getDisplayCountry(Locale.ENGLISH)
                                .toUpperCase(Locale.ROOT));
            }
        }
        rest.sort(null);
        for (String c : rest) {
            if (names.size() >= 200) {
                break;
            }
            names.add(c);
        }
        return names.stream().map(SyntheticExtractGenerator::csv).toArray(String[]::new);
    }

    private int index(LocalDate d) {
        return (int) (d.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    /** Appends one row after its identifier (which may be blank), with its line break. */
    void appendRow(StringBuilder sb, SplittableRandom r) {
        int y = fy.pick(r);
        int day = fyStart[y] + r.nextInt(fyLength[y]);
        int a = aor.pick(r);
        Facility facility = facilities[a][facilityDist[a].pick(r)];
        for (int tries = 0;
                tries < 50 && (y < facility.firstYear() || y > facility.lastYear());
                tries++) {
            facility = facilities[a][facilityDist[a].pick(r)];
        }
        String aorCell = r.nextDouble() < BLANK_AOR ? "" : aorNames[a];
        String country =
                r.nextDouble() < MEXICO_SHARE ? countries[0] : countries[1 + otherCountry.pick(r)];
        String type;
        double u = r.nextDouble();
        if (u < 0.005) {
            type = TYPES[9];
        } else if (day < i247dFrom) {
            type = TYPES[u < 0.05 ? 1 : 0];
        } else if (day < i247aFrom) {
            type = TYPES[u < 0.6 ? 2 : u < 0.9 ? 3 : 4];
        } else if (day < may2025) {
            type = TYPES[u < 0.003 ? 8 : 5];
        } else {
            type = TYPES[u < 0.003 ? 8 : u < 0.5 ? 6 : 7];
        }
        String liftCell = r.nextDouble() < BLANK_LIFT ? "" : liftCells[lift.pick(r)];
        int birthYear = FIRST_DAY.getYear() + y - 18 - r.nextInt(40);
        sb.append(',').append(dates[day]);
        sb.append(',').append(facility.state);
        sb.append(',').append(aorCell);
        sb.append(',').append(facility.city);
        sb.append(',').append(facility.name);
        sb.append(',').append(facility.name);
        sb.append(',').append(facility.code);
        sb.append(',').append(GENDERS[gender.pick(r)]);
        sb.append(',').append(country);
        sb.append(',').append(birthYear);
        sb.append(',').append(type);
        sb.append(',').append(CRIMINALITY[criminality.pick(r)]);
        sb.append(",,"); // threat level
        sb.append(liftCell);
        sb.append(",,,,,"); // felon, apprehension method, departed date, case id, port
        sb.append('\n');
    }

    /** Whether this row has no person identifier (13 % of rows). */
    static boolean withoutId(SplittableRandom r) {
        return r.nextDouble() < BLANK_ID;
    }
}

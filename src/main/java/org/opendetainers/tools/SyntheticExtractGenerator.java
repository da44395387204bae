package org.opendetainers.tools;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes SYNTHETIC record-level detainer extracts in the column layout of the ICE FOIA detainer
 * releases as normalized by the Deportation Data Project. Every value is drawn from fixed,
 * documented distributions (see {@code data-seed/records/README.md}); no row describes a real
 * person.
 *
 * <p>The output is an RFC 4180 CSV (comma, LF line ends, header first, fields containing a comma, a
 * double quote or a line break are quoted), gzip-compressed when the file name ends with {@code
 * .gz}. Rows are streamed, so memory use does not grow with the row count. The same {@code (rows,
 * seed)} always gives the same bytes: all randomness comes from one {@link SplittableRandom} seeded
 * with {@code seed}, dates are precomputed from fixed calendar bounds, and nothing depends on the
 * clock, the locale or hash iteration order.
 *
 * <p>Why one class of about 600 lines: a measurement tool, not the service; it holds the
 * vocabularies and the distributions of one synthetic extract, which read best together.
 */
public final class SyntheticExtractGenerator {

    /** The header, in file order. */
    public static final List<String> HEADER =
            List.of(
                    "unique_id",
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
                    "case_id",
                    "port_of_departure");

    public static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    /** Text that stands for a withheld value in FOIA releases; a null, not a bad row. */
    public static final String REDACTED = "(b)(6), (b)(7)(c)";

    /** Deflate level of {@code .gz} output: fast enough for millions of rows, still compact. */
    static final int GZIP_LEVEL = 4;

    private static final int FIRST_YEAR = 2012;
    private static final int YEARS = 14;

    // ---- calendar ------------------------------------------------------------------------

    /** "YYYY-MM-DD" of every day from FIRST_DAY to LAST_DAY; index = days since FIRST_DAY. */
    private static final String[] DATES;

    private static final int[] YEAR_START = new int[YEARS];
    private static final int[] YEAR_LENGTH = new int[YEARS];
    private static final int LAST_INDEX;
    private static final int I247D_FROM; // 2015-07-01
    private static final int I247A_FROM; // 2017-04-02
    private static final int YEAR_2015; // 2015-01-01

    static {
        LAST_INDEX = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());
        DATES = new String[LAST_INDEX + 1];
        for (int i = 0; i <= LAST_INDEX; i++) {
            DATES[i] = FIRST_DAY.plusDays(i).toString(); // ISO-8601, locale-independent
        }
        for (int y = 0; y < YEARS; y++) {
            LocalDate start = LocalDate.of(FIRST_YEAR + y, 1, 1);
            YEAR_START[y] = index(start);
            YEAR_LENGTH[y] = start.lengthOfYear();
        }
        I247D_FROM = index(LocalDate.of(2015, 7, 1));
        I247A_FROM = index(LocalDate.of(2017, 4, 2));
        YEAR_2015 = index(LocalDate.of(2015, 1, 1));
    }

    private static int index(LocalDate d) {
        return (int) (d.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    /** Relative detainer volume of 2012..2025. */
    private static final Dist YEAR =
            Dist.of(new double[] {10, 9, 6, 4, 5, 9, 10, 9, 5, 4, 5, 6, 7, 10});

    /** Share of detainers still pending (blank lift reason) by year, 2012..2025. */
    private static final double[] PENDING_SHARE = {
        0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.12, 0.18, 0.25, 0.35, 0.50
    };

    // ---- places --------------------------------------------------------------------------

    private record Facility(
            String name, String city, String code, String state, String[] oddStates) {
        Facility(String name, String city, String code, String state) {
            this(
                    csv(name),
                    csv(city),
                    csv(code),
                    state,
                    new String[] {state.toLowerCase(Locale.ROOT), " " + state, state + " "});
        }
    }

    private record Aor(String name, Facility[] facilities, Dist facility) {
        Aor(String name, Facility... facilities) {
            this(csv(name), facilities, Dist.zipf(facilities.length, 1.0));
        }
    }

    static final int NYC = 0;
    static final int HOUSTON = 4;

    private static final Aor[] AORS = {
        new Aor(
                "New York City Area of Responsibility",
                new Facility("QUEENS CENTRAL BOOKING", "KEW GARDENS", "QCBNY", "NY"),
                new Facility("BROOKLYN CENTRAL BOOKING", "BROOKLYN", "BCBNY", "NY"),
                new Facility("MANHATTAN CENTRAL BOOKING", "NEW YORK", "MCBNY", "NY"),
                new Facility("BRONX CENTRAL BOOKING", "BRONX", "XCBNY", "NY"),
                new Facility("STATEN ISLAND CENTRAL BOOKING", "STATEN ISLAND", "SCBNY", "NY"),
                new Facility("RIKERS ISLAND", "EAST ELMHURST", "RIKNY", "NY"),
                new Facility("MANHATTAN DETENTION COMPLEX", "NEW YORK", "MDCNY", "NY"),
                new Facility("VERNON C. BAIN CENTER", "BRONX", "VCBNY", "NY"),
                new Facility("NASSAU COUNTY CORRECTIONAL CENTER", "EAST MEADOW", "NCCNY", "NY"),
                new Facility("WESTCHESTER COUNTY JAIL", "VALHALLA", "WCJNY", "NY")),
        new Aor(
                "Chicago Area of Responsibility",
                new Facility("COOK COUNTY JAIL", "CHICAGO", "CCJIL", "IL"),
                new Facility("LAKE COUNTY JAIL", "WAUKEGAN", "LCJIL", "IL"),
                new Facility("KANE COUNTY ADULT JUSTICE CENTER", "ST. CHARLES", "KCJIL", "IL")),
        // The two Virginia facilities come first so that most Washington rows are in VA.
        new Aor(
                "Washington Area of Responsibility",
                new Facility("FAIRFAX COUNTY ADULT DETENTION CENTER", "FAIRFAX", "FCAVA", "VA"),
                new Facility("PRINCE WILLIAM-MANASSAS REGIONAL ADC", "MANASSAS", "PWMVA", "VA"),
                new Facility("DC CENTRAL DETENTION FACILITY", "WASHINGTON", "DCDDC", "DC")),
        new Aor(
                "Los Angeles Area of Responsibility",
                new Facility("LOS ANGELES COUNTY MEN'S CENTRAL JAIL", "LOS ANGELES", "LACCA", "CA"),
                new Facility("ORANGE COUNTY INTAKE RELEASE CENTER", "SANTA ANA", "OCICA", "CA"),
                new Facility(
                        "SAN BERNARDINO WEST VALLEY DETENTION CENTER",
                        "RANCHO CUCAMONGA",
                        "SBWCA",
                        "CA")),
        new Aor(
                "Houston Area of Responsibility",
                new Facility("HARRIS COUNTY JAIL", "HOUSTON", "HCJTX", "TX"),
                new Facility("MONTGOMERY COUNTY JAIL", "CONROE", "MCJTX", "TX"),
                new Facility("FORT BEND COUNTY JAIL", "RICHMOND", "FBCTX", "TX")),
        new Aor(
                "Miami Area of Responsibility",
                new Facility("MIAMI-DADE TGK CORRECTIONAL CENTER", "MIAMI", "TGKFL", "FL"),
                new Facility("BROWARD COUNTY MAIN JAIL", "FORT LAUDERDALE", "BCJFL", "FL"),
                new Facility("PALM BEACH COUNTY JAIL", "WEST PALM BEACH", "PBCFL", "FL")),
    };

    private static final Dist AOR = Dist.of(new double[] {30, 12, 8, 20, 18, 12});

    // ---- people --------------------------------------------------------------------------

    private static final String[] GENDERS = {"Male", "Female", "Unknown", ""};
    private static final Dist GENDER = Dist.of(new double[] {84, 14, 1, 1});
    private static final String[][] ODD_GENDERS = {
        {"male ", " Male", "MALE", "male"},
        {"female ", " Female", "FEMALE", "female"},
        {"unknown", " Unknown", "UNKNOWN", "Unknown "},
    };

    private static final String[] COUNTRIES = {
        "MEXICO",
        "GUATEMALA",
        "HONDURAS",
        "EL SALVADOR",
        "DOMINICAN REPUBLIC",
        "ECUADOR",
        "CHINA",
        "JAMAICA",
        "COLOMBIA",
        "INDIA",
        "HAITI",
        "CUBA",
        "VENEZUELA",
        "BRAZIL",
        "PERU",
        "NICARAGUA",
        "TRINIDAD AND TOBAGO",
        "GUYANA",
        "PAKISTAN",
        "BANGLADESH",
        "PHILIPPINES",
        "NIGERIA",
        "GHANA",
        "POLAND",
        "UKRAINE",
        "RUSSIA",
        "VIETNAM",
        "KOREA SOUTH",
        "ALBANIA",
        "ROMANIA"
    };
    private static final int MEXICO = 0;
    private static final double COUNTRY_ZIPF = 1.2;

    /** Countries with more weight in New York City rows, and the factor. */
    private static final List<String> NYC_COUNTRIES =
            List.of("DOMINICAN REPUBLIC", "ECUADOR", "CHINA", "JAMAICA", "GUYANA");

    private static final double NYC_COUNTRY_FACTOR = 6.0;
    private static final Dist COUNTRY = Dist.zipf(COUNTRIES.length, COUNTRY_ZIPF);
    private static final Dist NYC_COUNTRY;

    static {
        double[] w = new double[COUNTRIES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] =
                    Math.pow(i + 1, -COUNTRY_ZIPF)
                            * (NYC_COUNTRIES.contains(COUNTRIES[i]) ? NYC_COUNTRY_FACTOR : 1.0);
        }
        NYC_COUNTRY = Dist.of(w);
    }

    // ---- detainer ------------------------------------------------------------------------

    private static final String I247 = "I-247 Immigration Detainer - Notice of Action";
    private static final String I247A = "I-247A Immigration Detainer - Notice of Action";
    private static final String[] I247_2015 = {
        "I-247D Immigration Detainer - Request for Voluntary Action",
        "I-247N Request for Voluntary Notification of Release",
        "I-247X Request for Voluntary Transfer"
    };
    private static final Dist I247_2015_DIST = Dist.of(new double[] {60, 30, 10});

    private static final String[] CRIMINALITY = {
        "1 Convicted Criminal", "2 Pending Criminal Charges", "3 Other Immigration Violator", ""
    };
    private static final Dist CRIMINALITY_DIST = Dist.of(new double[] {55, 25, 18, 2});

    private static final String[] THREAT = {"1", "2", "3", ""};
    private static final Dist THREAT_CONVICTED = Dist.of(new double[] {30, 22.5, 22.5, 25});
    private static final Dist THREAT_OTHER = Dist.of(new double[] {4, 12, 24, 60});

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
        "USC or Presumptive Claim to US Citizenship"
    };
    private static final String[] LIFT_REASON_CELLS = csv(LIFT_REASONS);
    private static final int BOOKED = 0;

    /** Lift reasons of detainers that are no longer pending (weights sum to 100). */
    private static final Dist LIFT = Dist.of(new double[] {56, 4, 5, 3, 4, 1, 3, 8, 2, 4, 8, 2});

    /** The same, for New York City rows from 2015 on: more declines. */
    private static final Dist LIFT_NYC_2015 =
            Dist.of(new double[] {45, 18, 4, 3, 3, 1, 3, 8, 2, 3, 8, 2});

    private static final String[] FELON = {"Y", "N", ""};
    private static final Dist FELON_CONVICTED = Dist.of(new double[] {60, 35, 5});
    private static final Dist FELON_OTHER = Dist.of(new double[] {5, 80, 15});

    private static final String[] APPREHENSION = {
        "CAP Local Incarceration",
        "287(g) Program",
        "Non-Custodial Arrest",
        "Located",
        "Other Efforts"
    };
    private static final Dist APPREHENSION_DIST = Dist.of(new double[] {82, 6, 4, 5, 3});
    private static final Dist APPREHENSION_HOUSTON = Dist.of(new double[] {70, 18, 4, 5, 3});

    private static final String[] LAND_PORTS =
            csv(
                    new String[] {
                        "Harlingen, TX",
                        "Laredo, TX",
                        "Brownsville, TX",
                        "El Paso, TX",
                        "San Diego, CA",
                        "Nogales, AZ",
                        "Calexico, CA",
                        "Del Rio, TX"
                    });
    private static final Dist LAND_PORT = Dist.zipf(LAND_PORTS.length, 1.0);
    private static final String[] AIR_PORTS =
            csv(
                    new String[] {
                        "Houston, TX",
                        "Alexandria, LA",
                        "Mesa, AZ",
                        "Miami, FL",
                        "Harlingen, TX",
                        "San Antonio, TX",
                        "New York, NY",
                        "El Paso, TX"
                    });
    private static final Dist AIR_PORT = Dist.zipf(AIR_PORTS.length, 1.0);

    // ---- shares of blank and odd cells ---------------------------------------------------

    private static final double ODD_STATE = 0.01;
    private static final double ODD_GENDER = 0.012;
    private static final double BLANK_DETAINER_FACILITY = 0.02;
    private static final double BLANK_COUNTRY = 0.005;
    private static final double REDACTED_COUNTRY = 0.005;
    private static final double BLANK_BIRTH_YEAR = 0.02;
    private static final double ODD_BIRTH_YEAR = 0.003;
    private static final double REDACTED_BIRTH_YEAR = 0.005;
    private static final double UNDER_18 = 0.01;
    private static final double AGE_55_PLUS = 0.03;
    private static final double BLANK_DETAINER_TYPE = 0.005;
    private static final double DEPARTED_IF_BOOKED = 0.80;
    private static final double DEPARTED_OTHERWISE = 0.12;

    private SyntheticExtractGenerator() {}

    // ---- writing -------------------------------------------------------------------------

    /**
     * Writes {@code rows} synthetic rows to {@code out} (gzip-compressed when its name ends with
     * {@code .gz}), replacing the file.
     *
     * @return the number of rows written (without the header)
     */
    public static long write(Path out, long rows, long seed) throws IOException {
        return write(out, rows, seed, Profile.sample);
    }

    /**
     * The shape of the records: {@code sample} is the seed's extract (six field offices with a
     * handful of facilities, New York City first); {@code national} has the cardinalities of ICE's
     * national data ({@link NationalProfile}).
     */
    public enum Profile {
        sample,
        national
    }

    /** As {@link #write(Path, long, long)}, records of the given profile. */
    public static long write(Path out, long rows, long seed, Profile profile) throws IOException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        boolean gzip = out.getFileName().toString().endsWith(".gz");
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        if (gzip) {
            os =
                    new GZIPOutputStream(os, 1 << 16) {
                        {
                            def.setLevel(GZIP_LEVEL);
                        }
                    };
        }
        try (Writer w =
                new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", HEADER));
            w.write('\n');
            Rows generator = new Rows(seed, profile);
            StringBuilder sb = new StringBuilder(512);
            char[] buf = new char[512];
            for (long i = 0; i < rows; i++) {
                sb.setLength(0);
                generator.appendRow(sb, i);
                int len = sb.length();
                if (len > buf.length) {
                    buf = new char[len * 2];
                }
                sb.getChars(0, len, buf, 0);
                w.write(buf, 0, len);
            }
        }
        return rows;
    }

    /** Generates the rows of one file: one random stream, consumed row after row. */
    private static final class Rows {
        private final SplittableRandom r;
        private final long idOffset;
        private final long idMul1;
        private final long idMul2;
        private final NationalProfile national;

        Rows(long seed, Profile profile) {
            this.national = profile == Profile.national ? new NationalProfile() : null;
            this.r = new SplittableRandom(seed);
            this.idOffset = mix64(seed);
            this.idMul1 = mix64(seed + 0x9E3779B97F4A7C15L) | 1L;
            this.idMul2 = mix64(seed + 0x3C6EF372FE94F82AL) | 1L;
        }

        void appendRow(StringBuilder sb, long rowNo) {
            SplittableRandom r = this.r;
            if (national != null) {
                if (!NationalProfile.withoutId(r)) {
                    appendId(sb, rowNo);
                }
                national.appendRow(sb, r);
                return;
            }

            int yearNo = YEAR.pick(r);
            int year = FIRST_YEAR + yearNo;
            int day = YEAR_START[yearNo] + r.nextInt(YEAR_LENGTH[yearNo]);

            int aorNo = AOR.pick(r);
            Aor aor = AORS[aorNo];
            Facility facility = aor.facilities[aor.facility.pick(r)];
            boolean nyc = aorNo == NYC;

            String state =
                    r.nextDouble() < ODD_STATE ? facility.oddStates[r.nextInt(3)] : facility.state;
            String detainerFacility = r.nextDouble() < BLANK_DETAINER_FACILITY ? "" : facility.name;

            int genderNo = GENDER.pick(r);
            String gender = GENDERS[genderNo];
            if (genderNo < ODD_GENDERS.length && r.nextDouble() < ODD_GENDER) {
                gender = ODD_GENDERS[genderNo][r.nextInt(ODD_GENDERS[genderNo].length)];
            }

            int countryNo = -1;
            String country;
            double u = r.nextDouble();
            if (u < BLANK_COUNTRY) {
                country = "";
            } else if (u < BLANK_COUNTRY + REDACTED_COUNTRY) {
                country = REDACTED_CELL;
            } else {
                countryNo = (nyc ? NYC_COUNTRY : COUNTRY).pick(r);
                country = COUNTRIES[countryNo];
            }

            String birthYear = birthYear(r, year);

            String type;
            if (r.nextDouble() < BLANK_DETAINER_TYPE) {
                type = "";
            } else if (day < I247D_FROM) {
                type = I247;
            } else if (day < I247A_FROM) {
                type = I247_2015[I247_2015_DIST.pick(r)];
            } else {
                type = I247A;
            }

            int criminalityNo = CRIMINALITY_DIST.pick(r);
            boolean convicted = criminalityNo == 0;
            String threat = THREAT[(convicted ? THREAT_CONVICTED : THREAT_OTHER).pick(r)];

            int liftNo = -1;
            if (r.nextDouble() >= PENDING_SHARE[yearNo]) {
                liftNo = (nyc && day >= YEAR_2015 ? LIFT_NYC_2015 : LIFT).pick(r);
            }
            String felon = FELON[(convicted ? FELON_CONVICTED : FELON_OTHER).pick(r)];
            String apprehension =
                    APPREHENSION[
                            (aorNo == HOUSTON ? APPREHENSION_HOUSTON : APPREHENSION_DIST).pick(r)];

            String departed = "";
            String port = "";
            if (liftNo >= 0
                    && r.nextDouble()
                            < (liftNo == BOOKED ? DEPARTED_IF_BOOKED : DEPARTED_OTHERWISE)) {
                double d = r.nextDouble();
                int departedDay = day + 30 + (int) (371 * d * d); // 30..400 days, mostly short
                if (departedDay <= LAST_INDEX) {
                    departed = DATES[departedDay];
                    port =
                            countryNo == MEXICO
                                    ? LAND_PORTS[LAND_PORT.pick(r)]
                                    : AIR_PORTS[AIR_PORT.pick(r)];
                }
            }
            int caseNo = r.nextInt(1_000_000_000);

            appendId(sb, rowNo);
            sb.append(',').append(DATES[day]);
            sb.append(',').append(state);
            sb.append(',').append(aor.name);
            sb.append(',').append(facility.city);
            sb.append(',').append(facility.name);
            sb.append(',').append(detainerFacility);
            sb.append(',').append(facility.code);
            sb.append(',').append(gender);
            sb.append(',').append(country);
            sb.append(',').append(birthYear);
            sb.append(',').append(type);
            sb.append(',').append(CRIMINALITY[criminalityNo]);
            sb.append(',').append(threat);
            sb.append(',').append(liftNo < 0 ? "" : LIFT_REASON_CELLS[liftNo]);
            sb.append(',').append(felon);
            sb.append(',').append(apprehension);
            sb.append(',').append(departed);
            sb.append(",C-");
            appendPadded(sb, caseNo, 9);
            sb.append(',').append(port);
            sb.append('\n');
        }

        /** Birth year cell for a detainer prepared in {@code year}. */
        private static String birthYear(SplittableRandom r, int year) {
            double u = r.nextDouble();
            if (u < BLANK_BIRTH_YEAR) {
                return "";
            }
            u -= BLANK_BIRTH_YEAR;
            if (u < ODD_BIRTH_YEAR) {
                int kind = r.nextInt(3);
                return kind == 0
                        ? "0"
                        : kind == 1 ? "1900" : Integer.toString(year + 1 + r.nextInt(3));
            }
            u -= ODD_BIRTH_YEAR;
            if (u < REDACTED_BIRTH_YEAR) {
                return REDACTED_CELL;
            }
            double v = r.nextDouble();
            int age;
            if (v < UNDER_18) {
                age = 14 + r.nextInt(4); // 14..17
            } else if (v < UNDER_18 + AGE_55_PLUS) {
                double w = r.nextDouble();
                age = 55 + (int) (26 * w * w); // 55..80, fewer at the top
            } else {
                age = (int) triangular(r.nextDouble(), 18, 30, 55); // 18..54, mode 30
            }
            // The birthday may not have come yet in the detainer year.
            return Integer.toString(year - age - (r.nextBoolean() ? 1 : 0));
        }

        /**
         * Anonymized-looking, unique id: "SYN" + 10 hex digits of a 40-bit bijection of the row
         * number.
         */
        private void appendId(StringBuilder sb, long rowNo) {
            long x = (rowNo + idOffset) & MASK40;
            x = (x * idMul1) & MASK40;
            x ^= x >>> 21;
            x = (x * idMul2) & MASK40;
            x ^= x >>> 19;
            sb.append("SYN");
            for (int shift = 36; shift >= 0; shift -= 4) {
                sb.append(HEX[(int) (x >>> shift) & 0xF]);
            }
        }
    }

    private static final long MASK40 = (1L << 40) - 1;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String REDACTED_CELL = csv(REDACTED);

    /** Inverse CDF of the triangular distribution on [a, b) with mode c. */
    static double triangular(double u, double a, double c, double b) {
        double f = (c - a) / (b - a);
        return u < f
                ? a + Math.sqrt(u * (b - a) * (c - a))
                : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }

    /** SplitMix64 finalizer: spreads a seed over all 64 bits. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void appendPadded(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /**
     * A value as an RFC 4180 cell: quoted (quotes doubled) when it holds a comma, quote or line
     * break.
     */
    static String csv(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    private static String[] csv(String[] values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = csv(values[i]);
        }
        return cells;
    }

    /** A discrete distribution over 0..n-1, sampled by inverse CDF. */
    static final class Dist {
        private final double[] cumulative;

        private Dist(double[] cumulative) {
            this.cumulative = cumulative;
        }

        static Dist of(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double[] cum = new double[weights.length];
            double run = 0;
            for (int i = 0; i < weights.length; i++) {
                run += weights[i];
                cum[i] = run / total;
            }
            cum[cum.length - 1] = 1.0;
            return new Dist(cum);
        }

        /** Zipf weights 1/k^s for k = 1..n: the first value is the most frequent. */
        static Dist zipf(int n, double s) {
            double[] w = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = Math.pow(k + 1, -s);
            }
            return of(w);
        }

        int pick(SplittableRandom r) {
            double u = r.nextDouble();
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (u < cumulative[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    // ---- command line --------------------------------------------------------------------

    /**
     * {@code --rows N --seed S --out FILE}: writes the file, prints rows written and elapsed ms.
     */
    public static void main(String[] args) throws IOException {
        long rows = -1;
        long seed = 0;
        boolean seedGiven = false;
        Path out = null;
        Profile profile = Profile.sample;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + a);
            }
            switch (a) {
                case "--rows" -> rows = parseLong(args[++i], a);
                case "--seed" -> {
                    seed = parseLong(args[++i], a);
                    seedGiven = true;
                }
                case "--out" -> out = Path.of(args[++i]);
                case "--profile" -> {
                    try {
                        profile = Profile.valueOf(args[++i]);
                    } catch (IllegalArgumentException e) {
                        usage("--profile is sample or national, got " + args[i]);
                    }
                }
                default -> usage("unknown option " + a);
            }
        }
        if (rows < 0 || !seedGiven || out == null) {
            usage("--rows, --seed and --out are required");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long start = System.nanoTime();
        long written;
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            // an ICE-style workbook (layout L2, 6 preamble rows, 500,000 rows per sheet) of the
            // same records
            Path csv = Files.createTempFile("synthetic-", ".csv");
            try {
                write(csv, rows, seed, profile);
                written = SyntheticWorkbookWriter.toWorkbook(csv, out).rows();
            } finally {
                Files.deleteIfExists(csv);
            }
        } else {
            written = write(out, rows, seed, profile);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("wrote " + written + " rows to " + out + " in " + ms + " ms");
    }

    private static long parseLong(String value, String option) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            usage(option + " needs a whole number, got " + value);
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(
                "usage: SyntheticExtractGenerator --rows N --seed S --out FILE[.gz] [--profile sample|national] (a FILE.xlsx: an ICE-style workbook)");
        System.exit(2);
    }
}

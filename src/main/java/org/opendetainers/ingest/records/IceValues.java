package org.opendetainers.ingest.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell values as ICE's detainer files hold them (see {@code docs/import.md}, "Values"): dates in
 * every form seen (Excel serial numbers, date cells with or without a time, ISO text, {@code
 * M/D/YYYY} and {@code M/D/YY} text with an optional time), redaction markers and literal {@code
 * NA}, full state names, and codes glued to labels ({@code 1 Convicted Criminal}, {@code [8F]
 * Expedited Removal}, {@code 6-Deported/Removed - Deportability}, {@code I247A - ...}).
 */
public final class IceValues {

    /** What a cell holds before its column's rule applies. */
    public enum Kind {
        /** a value */
        VALUE,
        /** an empty cell */
        BLANK,
        /** a FOIA redaction marker such as {@code b(6), b(7)c} or {@code (b)(6)} */
        REDACTED,
        /** a literal marker of a missing value: {@code NA}, {@code N/A}, {@code NULL} */
        MARKED_MISSING
    }

    /**
     * {@code (b)(6)}, {@code (b)(7)(C)}, {@code b(6), b(7)c}, {@code B(6)}: the pattern the
     * Deportation Data Project uses.
     */
    private static final Pattern REDACTION =
            Pattern.compile("\\(b\\)|b\\([0-9]\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern US_DATE =
            Pattern.compile(
                    "(\\d{1,2})/(\\d{1,2})/(\\d{1,4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?)?");
    private static final Pattern ISO_DATE =
            Pattern.compile(
                    "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.(\\d+))?");

    /** A leading code: {@code [8F] label}, {@code 6-label}, {@code A-label}, {@code 1 label}. */
    private static final Pattern GLUED_CODE =
            Pattern.compile(
                    "^\\s*(?:\\[([0-9A-Za-z]{1,4})\\]\\s*|([0-9]{1,2})(?:\\s*-\\s*|\\s+)|([A-Z])\\s*-\\s*)(\\S.*)$");

    /** A detainer form code at the start: {@code I247}, {@code I-247A}, {@code I247D - ...}. */
    private static final Pattern FORM_CODE =
            Pattern.compile("^\\s*I\\s*-?\\s*247([A-Z])?(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, String> STATES = states();
    private static final Set<String> STATE_CODES = Set.copyOf(STATES.values());

    private IceValues() {}

    /** Whether a cell is blank, a redaction marker, a literal missing marker, or a value. */
    public static Kind kind(String cell) {
        if (cell == null) {
            return Kind.BLANK;
        }
        String v = cell.strip();
        if (v.isEmpty()) {
            return Kind.BLANK;
        }
        if (v.length() <= 4) {
            switch (v.toUpperCase(Locale.ROOT)) {
                case "NA", "N/A", "NULL" -> {
                    return Kind.MARKED_MISSING;
                }
                default -> {}
            }
        }
        if (v.indexOf('(') >= 0 && REDACTION.matcher(v).find()) {
            return Kind.REDACTED;
        }
        return Kind.VALUE;
    }

    /**
     * A date and time from the forms seen in ICE's files, or null when the text is no date: ISO
     * ({@code 2024-03-05}, {@code 2024-03-05 14:30:00}, {@code 2024-03-05T14:30}), US ({@code
     * 3/5/2024}, {@code 3/5/24}, {@code 06/14/0002 03:10 PM}), and Excel serial numbers 20000 to
     * 60000 (1954 to 2064), with a fraction for the time. A two-digit year is 2000-2068 when at
     * most 68, else 19xx (as R and the Deportation Data Project read NPR's files). An implausible
     * year such as 0002 is returned as written, for the caller's range check.
     */
    public static LocalDateTime dateTime(String text) {
        String t = text.strip();
        try {
            Matcher m = ISO_DATE.matcher(t);
            if (m.matches()) {
                return at(
                        LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3))),
                        m.group(4),
                        m.group(5),
                        m.group(6),
                        null);
            }
            m = US_DATE.matcher(t);
            if (m.matches()) {
                String y = m.group(3);
                int year = Integer.parseInt(y);
                if (y.length() <= 2) {
                    year += year <= 68 ? 2000 : 1900;
                }
                return at(
                        LocalDate.of(
                                year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                        m.group(4),
                        m.group(5),
                        m.group(6),
                        m.group(7));
            }
            m = SERIAL.matcher(t);
            if (m.matches()) {
                int days = Integer.parseInt(m.group(1));
                if (days < 20_000 || days > 60_000) {
                    return null;
                }
                double fraction = m.group(2) == null ? 0 : Double.parseDouble("0." + m.group(2));
                long seconds = Math.round(fraction * 86_400);
                return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDateTime at(
            LocalDate date, String hour, String minute, String second, String amPm) {
        if (hour == null) {
            return date.atStartOfDay();
        }
        int h = Integer.parseInt(hour);
        if (amPm != null) {
            if (h < 1 || h > 12) {
                throw new DateTimeException("hour " + h + " with " + amPm);
            }
            h = h % 12 + (amPm.equalsIgnoreCase("pm") ? 12 : 0);
        }
        return date.atTime(
                LocalTime.of(
                        h,
                        Integer.parseInt(minute),
                        second == null ? 0 : Integer.parseInt(second)));
    }

    /**
     * The two-letter postal code of a state: a code as given (any case, spaces trimmed), or a full
     * name as ICE writes it ({@code NEW YORK}, {@code District of Columbia}); null otherwise.
     */
    public static String state(String raw) {
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.length() == 2 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1))) {
            return s;
        }
        return STATES.get(s.replaceAll("\\s+", " "));
    }

    /** Whether {@code code} is the postal code of a state, DC or a territory. */
    public static boolean isStateCode(String code) {
        return STATE_CODES.contains(code);
    }

    /**
     * A value's label without its leading code ({@code [8F] Expedited Removal} → {@code Expedited
     * Removal}), or null when it has none.
     */
    public static String label(String raw) {
        Matcher m = GLUED_CODE.matcher(raw);
        return m.matches() ? m.group(4).strip() : null;
    }

    /**
     * A value's leading code ({@code [8F] Expedited Removal} → {@code 8F}), or null when it has
     * none.
     */
    public static String code(String raw) {
        Matcher m = GLUED_CODE.matcher(raw);
        return !m.matches()
                ? null
                : m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /**
     * The detainer form code at the start of a detainer type ({@code I247A - Immigration Detainer
     * ...} → {@code I-247A}; {@code I-247 - Notice of Action} → {@code I-247}), or null.
     */
    public static String formCode(String raw) {
        Matcher m = FORM_CODE.matcher(raw);
        if (!m.find()) {
            return null;
        }
        return "I-247" + (m.group(1) == null ? "" : m.group(1).toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> states() {
        String[] pairs = {
            "ALABAMA",
            "AL",
            "ALASKA",
            "AK",
            "ARIZONA",
            "AZ",
            "ARKANSAS",
            "AR",
            "CALIFORNIA",
            "CA",
            "COLORADO",
            "CO",
            "CONNECTICUT",
            "CT",
            "DELAWARE",
            "DE",
            "DISTRICT OF COLUMBIA",
            "DC",
            "FLORIDA",
            "FL",
            "GEORGIA",
            "GA",
            "HAWAII",
            "HI",
            "IDAHO",
            "ID",
            "ILLINOIS",
            "IL",
            "INDIANA",
            "IN",
            "IOWA",
            "IA",
            "KANSAS",
            "KS",
            "KENTUCKY",
            "KY",
            "LOUISIANA",
            "LA",
            "MAINE",
            "ME",
            "MARYLAND",
            "MD",
            "MASSACHUSETTS",
            "MA",
            "MICHIGAN",
            "MI",
            "MINNESOTA",
            "MN",
            "MISSISSIPPI",
            "MS",
            "MISSOURI",
            "MO",
            "MONTANA",
            "MT",
            "NEBRASKA",
            "NE",
            "NEVADA",
            "NV",
            "NEW HAMPSHIRE",
            "NH",
            "NEW JERSEY",
            "NJ",
            "NEW MEXICO",
            "NM",
            "NEW YORK",
            "NY",
            "NORTH CAROLINA",
            "NC",
            "NORTH DAKOTA",
            "ND",
            "OHIO",
            "OH",
            "OKLAHOMA",
            "OK",
            "OREGON",
            "OR",
            "PENNSYLVANIA",
            "PA",
            "RHODE ISLAND",
            "RI",
            "SOUTH CAROLINA",
            "SC",
            "SOUTH DAKOTA",
            "SD",
            "TENNESSEE",
            "TN",
            "TEXAS",
            "TX",
            "UTAH",
            "UT",
            "VERMONT",
            "VT",
            "VIRGINIA",
            "VA",
            "WASHINGTON",
            "WA",
            "WEST VIRGINIA",
            "WV",
            "WISCONSIN",
            "WI",
            "WYOMING",
            "WY",
            "PUERTO RICO",
            "PR",
            "GUAM",
            "GU",
            "VIRGIN ISLANDS",
            "VI",
            "U.S. VIRGIN ISLANDS",
            "VI",
            "AMERICAN SAMOA",
            "AS",
            "NORTHERN MARIANA ISLANDS",
            "MP"
        };
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(m);
    }
}

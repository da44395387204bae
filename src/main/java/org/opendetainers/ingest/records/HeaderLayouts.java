package org.opendetainers.ingest.records;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column layouts of ICE's detainer releases, and the alias table that maps their header names
 * to the import's columns ({@link ExtractColumns#USED}). Columns are always found by name, never by
 * position: the layouts differ in order (alphabetical in August 2026), width (64 or 65 columns in
 * March 2026) and names. {@code docs/ice-file-layouts.md} describes the layouts and names its
 * sources (the public code of the Deportation Data Project, UWCHR and NPR); {@code docs/import.md}
 * shows the alias table.
 */
public final class HeaderLayouts {

    /**
     * Header name (in canonical snake_case, see {@link ExtractColumns#canonical}) → the import's
     * column.
     */
    public static final Map<String, String> ALIASES =
            Map.ofEntries(
                    // the date the detainer was prepared
                    Map.entry("prepare_date", "detainer_prepare_date"), // N1, N2
                    Map.entry("detainer_prepared_date", "detainer_prepare_date"), // L3
                    // the person's identifier in the release: read only to find duplicates, never
                    // stored
                    Map.entry("unique_identifier", "unique_id"), // L1
                    Map.entry("anonymized_identifier", "unique_id"), // L2
                    Map.entry("anonymized_unique_identifier", "unique_id"), // L3
                    Map.entry("alien_number_unique_identifier", "unique_id"), // T
                    // the facility that received the detainer
                    Map.entry("detainer_detention_facility", "detention_facility"), // N1, T
                    Map.entry("detention_facility_code", "detainer_facility_code"), // L1, L3
                    Map.entry("detainer_detention_facility_code", "detainer_facility_code"), // T
                    Map.entry("city", "facility_city"), // L3, N1
                    Map.entry("state", "facility_state"), // L3, N1
                    Map.entry("aor", "facility_aor"), // L3
                    Map.entry("area_of_responsibility", "facility_aor"), // N1
                    Map.entry("detainer_aor", "facility_aor"),
                    // ICE's classifications
                    Map.entry("detainer_prepared_criminality", "detainer_criminality"), // L1, L3
                    Map.entry("detainer_prep_threat_level", "detainer_threat_level"), // L1
                    Map.entry("detainer_prepare_threat_level", "detainer_threat_level"),
                    Map.entry("detainer_prepared_threat_level", "detainer_threat_level")); // L3

    /** Aug 2025 and Nov/Dec 2025 LESA releases: 65 columns, header on row 7. */
    public static final List<String> L1 =
            List.of(
                    "Detainer Prepare Date",
                    "Facility State",
                    "Facility AOR",
                    "Port of Departure",
                    "Departure Country",
                    "Departed Date",
                    "Case Status",
                    "Detainer Prepared Criminality",
                    "Detention Facility",
                    "Detention Facility Code",
                    "Facility City",
                    "Detainer Prep Threat Level",
                    "Gender",
                    "Citizenship Country",
                    "Birth Country",
                    "Birth Date",
                    "Birth Year",
                    "Entry Status",
                    "Most Serious Conviction (MSC) Charge",
                    "MSC Sentence Days",
                    "MSC Sentence Months",
                    "MSC Sentence Years",
                    "MSC Charge Code",
                    "MSC Charge Date",
                    "MSC Conviction Date",
                    "Felon",
                    "Processing Disposition",
                    "Case Category",
                    "Final Program",
                    "Time of Apprehension Case Category",
                    "Time of Apprehension Current Program",
                    "Apprehension Method",
                    "Case Final Order Yes No",
                    "Final Order Date",
                    "Apprehension Date",
                    "Entry Date",
                    "Prior Felony Yes No",
                    "Multiple Prior MISD Yes No",
                    "Violent Misdemeanor Yes No",
                    "Illegal Entry Yes No",
                    "Illegal Reentry Yes No",
                    "Immigration Fraud Yes No",
                    "Significant Risk Yes No",
                    "Other Removal Reason Yes No",
                    "Other Removal Reason",
                    "Criminal Street Gang Yes No",
                    "Aggravated Felony Yes No",
                    "Deportation Ordered Yes No",
                    "Order to Show Cause Served Yes No",
                    "Order to Show Cause Served Date",
                    "Biometric Match Yes No",
                    "Statements Made Yes No",
                    "Unlawful Attempt Yes No",
                    "Unlawful Entry Yes No",
                    "Visa Yes No",
                    "Final Order Yes No",
                    "Federal Interest Yes No",
                    "Resume Custody Yes No",
                    "Detainer Lift Reason",
                    "Detainer Type",
                    "Alien File Number",
                    "EID Case ID",
                    "EID Subject ID",
                    "EID DTA ID",
                    "Unique Identifier");

    /**
     * March 2026 LESA release, FY25 and FY26 workbooks: 65 columns (FY23 and FY24 lack Birth Date:
     * {@link #L2_64}).
     */
    public static final List<String> L2 =
            List.of(
                    "Detainer Prepare Date",
                    "Facility State",
                    "Facility AOR",
                    "Port of Departure",
                    "Departure Country",
                    "Departed Date",
                    "Case Status",
                    "Detainer Criminality",
                    "Detainer Facility",
                    "Detainer Facility Code",
                    "Facility City",
                    "Detainer Threat Level",
                    "Gender",
                    "Citizenship Country",
                    "Birth Country",
                    "Birth Date",
                    "Birth Year",
                    "Entry Status",
                    "MSC Charge",
                    "MSC Sentence Days",
                    "MSC Sentence Months",
                    "MSC Sentence Years",
                    "MSC Charge Code",
                    "MSC Charge Date",
                    "MSC Conviction Date",
                    "Aggravated Felon Yes No",
                    "Processing Disposition",
                    "Case Category",
                    "TOA Case Category",
                    "TOA Current Program",
                    "Apprehension Method",
                    "Final Order Yes No",
                    "Final Order Date",
                    "Apprehension Date",
                    "Entry Date",
                    "Prior Felony Yes No",
                    "Multiple Prior MISD Yes No",
                    "Violent Misdemeanor Yes No",
                    "Illegal Entry Yes No",
                    "Illegal Reentry Yes No",
                    "Immigration Fraud Yes No",
                    "Significant Risk Yes No",
                    "Other Removal Reason Yes No",
                    "Other Removal Reason",
                    "Criminal Street Gang Yes No",
                    "Aggravated Felony Yes No",
                    "Deportation Ordered Yes No",
                    "Order to Show Cause Served Yes No",
                    "Order to Show Cause Served Date",
                    "Biometric Match Yes No",
                    "Statements Made Yes No",
                    "Unlawful Attempt Yes No",
                    "Unlawful Entry Yes No",
                    "Visa Yes No",
                    "Federal Register Notice Yes No",
                    "Resume Custody Yes No",
                    "Detainer Lift Reason",
                    "Detainer Lift Reason Code",
                    "Active Investigation Yes No",
                    "Arrest Warrant Served Date",
                    "Detainer Type",
                    "Notify Release Request Yes No",
                    "TOD Current Duty Site",
                    "EID DTA ID",
                    "Anonymized Identifier");

    /**
     * March 2026 LESA release, FY23 and FY24 workbooks: {@link #L2} without Birth Date (64
     * columns).
     */
    public static final List<String> L2_64 =
            L2.stream().filter(h -> !h.equals("Birth Date")).toList();

    /** August 2026 release ("DPR" files): 44 columns in alphabetical order, identifiers last. */
    public static final List<String> L3 =
            List.of(
                    "Apprehension Date",
                    "Apprehension Method",
                    "Biometric Match Yes No",
                    "Birth Country",
                    "Birth Year",
                    "Case Category",
                    "Case Status",
                    "Citizenship Country",
                    "Departed Date",
                    "Departure Country",
                    "Deportation Ordered Yes No",
                    "Detainer Lift Reason",
                    "Detainer Prepared Threat Level",
                    "Detainer Prepared Date",
                    "Detainer Prepared Criminality",
                    "Detainer Type",
                    "Detention Facility",
                    "Detention Facility Code",
                    "Entry Date",
                    "Entry Status",
                    "AOR",
                    "City",
                    "State",
                    "Felon",
                    "Final Order Date",
                    "Final Order Yes No",
                    "TOD Final Program",
                    "Gender",
                    "MSC Charge",
                    "MSC Charge Code",
                    "MSC Charge Date",
                    "MSC Conviction Date",
                    "Sentence Days",
                    "Sentence Months",
                    "Sentence Years",
                    "Order to Show Cause Served Yes No",
                    "Port Of Departure",
                    "Processing Disposition",
                    "Resume Custody Yes No",
                    "Statements Made Yes No",
                    "TOA Case Category",
                    "TOA Case Category Code",
                    "Alien File Number",
                    "Anonymized Unique Identifier");

    /**
     * TRAC's FOIA 2025-ICFO-18038 workbooks (FY17-FY25YTD), header on the first row with a value in
     * column B. Only these header names are known from public code; the others of the layout are
     * not published.
     */
    public static final List<String> TRAC_KNOWN =
            List.of(
                    "Detainer Prepare Date",
                    "Multiple Prior Misd Yes No",
                    "Program",
                    "Detainer Most Serious Conviction Charge Code",
                    "Detainer Most Serious Conviction Charge",
                    "Detainer Most Serious Conviction Conviction Date",
                    "Detainer Most Serious Conviction Sentence Days",
                    "Detainer Most Serious Conviction Sentence Months",
                    "Detainer Most Serious Conviction Sentence Years",
                    "Detainer Most Serious Conviction Charge Date",
                    "Alien Number Unique Identifier",
                    "Detainer Detention Facility",
                    "Detainer Detention Facility Code");

    /**
     * NPR-era files (N1 "lea-detainers" .txt, comma-delimited; N2 "detainersfyNN" .csv,
     * tab-delimited): the known headers.
     */
    public static final List<String> NPR_KNOWN =
            List.of(
                    "Prepare Date",
                    "Detainer Lift Reason",
                    "Detainer Lift Reason 2 Code",
                    "Detainer Detention Facility",
                    "Detention Facility",
                    "City",
                    "State",
                    "Area of Responsibility",
                    "Detainer Type",
                    "OSC Served Yes No",
                    "OSC Served Date");

    /** The layouts by name, as {@code docs/import.md} names them. */
    public static final Map<String, List<String>> LAYOUTS = layouts();

    /**
     * Every known header, canonical: a row holding at least {@link #HEADER_MATCHES} of them is a
     * header row.
     */
    private static final Set<String> KNOWN = known();

    /** How many known header names make a row the header row of a sheet. */
    public static final int HEADER_MATCHES = 3;

    private HeaderLayouts() {}

    /**
     * Whether a row's cells look like a header row: at least {@link #HEADER_MATCHES} known header
     * names.
     */
    public static boolean isHeader(List<String> cells) {
        int known = 0;
        for (String cell : cells) {
            if (cell != null
                    && !cell.isBlank()
                    && KNOWN.contains(ExtractColumns.canonical(cell))
                    && ++known >= HEADER_MATCHES) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> layouts() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("L1", L1);
        m.put("L2", L2);
        m.put("L2-64", L2_64);
        m.put("L3", L3);
        m.put("T", TRAC_KNOWN);
        m.put("N1/N2", NPR_KNOWN);
        return Collections.unmodifiableMap(m);
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>(ExtractColumns.USED);
        known.addAll(ALIASES.keySet());
        for (List<String> layout : layouts().values()) {
            layout.forEach(h -> known.add(ExtractColumns.canonical(h)));
        }
        return Set.copyOf(known);
    }
}

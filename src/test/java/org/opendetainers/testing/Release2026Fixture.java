package org.opendetainers.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opendetainers.ingest.CuratedDataReader;

/**
 * SYNTHETIC records with what ICE's 2025–2026 files hold that earlier ones do not
 * (docs/ice-file-layouts.md): the form code I247G, the lift reasons Judicial Review and Noncitizen
 * Not Amenable to Removal, the redaction markers of the December 2025 and March 2026 releases,
 * Felon holding text rather than YES/NO, a "Yes No" column holding other text, and a blank Facility
 * AOR on a third of the records, with a facility list ({@code facilities.csv}) that gives the AOR
 * of some of their facility codes. Each change applies to whole profiles of the dense fixture
 * ({@link SourceDirs#denseExtractLines}: {@link SourceDirs#DENSE_COPIES} records per profile), so
 * that every published cell stays a sum of whole profiles.
 *
 * <p>{@link #workbookRows} are the records as a workbook of the August 2026 layout holds them;
 * {@link #expectedRows} are the same records as the import must count them: the AOR given where the
 * facility list fills it (the list gives each code the AOR the fixture's other records have), blank
 * where it cannot.
 */
public record Release2026Fixture(
        List<List<String>> workbookRows,
        List<List<String>> expectedRows,
        long i247g,
        long judicialReview,
        long noncitizenNotAmenable,
        long aorFilled,
        long aorNotFilled,
        long redactionMarkers) {

    /** The redaction markers of the 2025–2026 releases, other than the generator's own. */
    public static final List<String> MARKERS =
            List.of(
                    "(b)(6), (b)(7)(c) (b)(7)(e)",
                    "(b)(6)(b)(7)(c)",
                    "b(6), b(7)(c)",
                    "b(7)(e)",
                    "b(6), b(7)c");

    /** The "Yes No" column added, and the texts it holds (not only YES and NO). */
    public static final String YES_NO_COLUMN = "final_order_yes_no";

    private static final List<String> YES_NO_TEXTS = List.of("YES", "NO", "UNKNOWN", "");

    /**
     * The facility list: the fixed header of data-seed's facilities.csv; AORs in each spelling the
     * import reads (the field office's name alone, ICE's full spelling, another case), one in a
     * spelling it does not know, one without an AOR. The codes are the synthetic fixture's.
     */
    public static final String FACILITY_LIST =
            """
            id,detloc,name,city,county_fips,county_fips_methods,state,aor,type_detailed,type_grouped,latitude,longitude,agency,agreement_agency_id,source_ids,note
            qcbny,QCBNY,QUEENS CENTRAL BOOKING,KEW GARDENS,36081,list_county,NY,New York City,,,,,nypd,,facility-list-uwchr-facilities,test fixture: synthetic code
            bcbny,BCBNY,BROOKLYN CENTRAL BOOKING,BROOKLYN,36047,list_county,NY,New York City Area of Responsibility,,,,,nypd,,facility-list-uwchr-facilities,test fixture: synthetic code
            lacca,LACCA,LOS ANGELES COUNTY MEN'S CENTRAL JAIL,LOS ANGELES,06037,list_county,CA,Los Angeles,,,,,,,facility-list-uwchr-facilities,test fixture: synthetic code
            hcjtx,HCJTX,HARRIS COUNTY JAIL,HOUSTON,48201,list_county,TX,HOUSTON AREA OF RESPONSIBILITY,,,,,,,facility-list-uwchr-facilities,test fixture: synthetic code
            tgkfl,TGKFL,MIAMI-DADE TGK CORRECTIONAL CENTER,MIAMI,12086,list_county,FL,Miami,,,,,,,facility-list-uwchr-facilities,test fixture: synthetic code
            mcjtx,MCJTX,MONTGOMERY COUNTY JAIL,CONROE,48339,list_county,TX,Houston Field Office,,,,,,,facility-list-uwchr-facilities,test fixture: an AOR spelling the import does not know
            ccjil,CCJIL,COOK COUNTY JAIL,CHICAGO,17031,list_county,IL,,,,,,cook-county-sheriff,,facility-list-uwchr-facilities,test fixture: no AOR
            """;

    /** Codes whose blank AOR the facility list fills. */
    public static final Set<String> FILLED_CODES =
            Set.of("QCBNY", "BCBNY", "LACCA", "HCJTX", "TGKFL");

    /** Writes {@link #FACILITY_LIST} as {@code facilities.csv} of a source directory. */
    public static void writeFacilityList(Path source) throws IOException {
        // the fixture's list spells AORs as ICE's files do, which data-seed's list of areas of
        // responsibility (checked at load when present) does not: the fixture source has none
        SourceDirs.withoutSeedFacilityList(source);
        Files.deleteIfExists(source.resolve(CuratedDataReader.AREAS_OF_RESPONSIBILITY));
        Files.writeString(source.resolve("facilities.csv"), FACILITY_LIST);
    }

    /** The fixture made from the dense fixture's lines (header first), parsed into cells. */
    public static Release2026Fixture of(List<List<String>> dense) {
        List<String> header = dense.get(0);
        int type = header.indexOf("detainer_type");
        int lift = header.indexOf("detainer_lift_reason");
        int aor = header.indexOf("facility_aor");
        int code = header.indexOf("detainer_facility_code");
        int country = header.indexOf("citizenship_country");
        int gender = header.indexOf("gender");
        int felon = header.indexOf("felon");
        List<String> workbookHeader = new ArrayList<>(header);
        workbookHeader.add(YES_NO_COLUMN);
        List<List<String>> workbook = new ArrayList<>(List.of(workbookHeader));
        List<List<String>> expected = new ArrayList<>(List.of(header));
        long i247g = 0;
        long judicial = 0;
        long noncitizen = 0;
        long filled = 0;
        long notFilled = 0;
        long markers = 0;
        for (int i = 1; i < dense.size(); i++) {
            int profile = (i - 1) / SourceDirs.DENSE_COPIES;
            List<String> r = new ArrayList<>(dense.get(i));
            if (profile % 5 == 0) {
                r.set(type, "I247G");
                i247g++;
            }
            if (profile % 7 == 1) {
                r.set(lift, "Judicial Review");
                judicial++;
            } else if (profile % 7 == 2) {
                r.set(lift, "Noncitizen Not Amenable to Removal");
                noncitizen++;
            }
            if (profile % 6 == 1) {
                r.set(country, MARKERS.get(profile % MARKERS.size()));
                markers++;
            }
            if (profile % 10 == 4) {
                r.set(gender, "b(7)(e)");
                markers++;
            }
            r.set(felon, profile % 2 == 0 ? "Not an Aggravated Felon" : "Aggravated Felon");
            List<String> w = new ArrayList<>(r);
            w.add(YES_NO_TEXTS.get(profile % YES_NO_TEXTS.size()));
            if (profile % 3 == 0) {
                w.set(aor, "");
                if (FILLED_CODES.contains(r.get(code))) {
                    filled++;
                } else {
                    r.set(aor, "");
                    notFilled++;
                }
            }
            workbook.add(w);
            expected.add(r);
        }
        return new Release2026Fixture(
                workbook, expected, i247g, judicial, noncitizen, filled, notFilled, markers);
    }

    /** The expected rows as CSV lines. */
    public List<String> expectedLines() {
        List<String> lines = new ArrayList<>();
        for (List<String> r : expectedRows) {
            lines.add(String.join(",", r.stream().map(Release2026Fixture::quoted).toList()));
        }
        return lines;
    }

    private static String quoted(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

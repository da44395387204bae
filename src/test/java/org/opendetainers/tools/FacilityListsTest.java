package org.opendetainers.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.tools.FacilityLists.Area;
import org.opendetainers.tools.FacilityLists.Facility;
import org.opendetainers.tools.FacilityLists.Problem;
import org.opendetainers.tools.FacilityLists.Table;

/**
 * The converter of the public facility lists, on small tables, and real facilities of
 * data-seed/facilities.csv pinned against the rows of the lists it was written from.
 */
@Tag("unit")
class FacilityListsTest {

    @TempDir Path dir;

    private static Table table(String file, String header, String... rows) {
        List<String> columns = Arrays.asList(header.split(","));
        List<Map<String, String>> out = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), cells[i]);
            }
            out.add(m);
        }
        return new Table(file, out);
    }

    private static final List<Area> AREAS =
            List.of(
                    new Area("Baltimore", "MD", null, null),
                    new Area("St Paul", "MN", null, null),
                    new Area("New Orleans", "TN", null, null),
                    new Area("New York City", "NY", "Bronx", null));

    private static final Table DETLOC_AOR =
            table(
                    FacilityLists.DETLOC_AOR,
                    "detention_facility_code,detention_facility,area_of_responsibility",
                    "AAORDMD,ORDNANCE ROAD CORRECTIONAL CENTER,Baltimore Area of Responsibility",
                    "RAMSEMN,RAMSEY COUNTY JAIL,St. Paul Area of Responsibility",
                    "ABRMCTX,ABILENE REGIONAL MED CTR,NA",
                    "bad code,X,NA",
                    "BERGENJ,BERGEN COUNTY JAIL,New York City Area of Responsibility");

    private static final Table UWCHR =
            table(
                    FacilityLists.UWCHR_FACILITIES,
                    "detloc,name,city,state,aor,type,type_detailed",
                    "AAORDMD,ANNE ARUNDEL COUNTY ORDNANCE ROAD CORRECTIONAL CTR,GLEN BURNIE,MD,BAL,IGSA,IGSA",
                    "HAMILTN,HAMILTON COUNTY,CHATTANOOGA,TN,NOL,IGSA,IGSA",
                    "BERGENJ,BERGEN COUNTY JAIL,HACKENSACK,NJ,NYC,USMS IGA,USMS IGA",
                    "RIKISNY,RIKERS ISLAND QUEENS NY,ELMHURST,NY,XYZ,IGSA,?");

    private static final Table LOCATIONS =
            table(
                    FacilityLists.DDP_LOCATIONS,
                    "detention_facility_code,detention_facility_name,latitude,longitude,city,state",
                    "HAMILTN,HAMILTON CO. JAIL (TENN),39.23382548,-84.51144306,Cincinnati,OH",
                    "HOUGTTX,GREENTREE INN HOUSTON IAH AIRPORT,29.9449761,-95.33184812,,");

    private Map<String, Facility> convert(List<Problem> problems) {
        Map<String, Facility> out = new LinkedHashMap<>();
        for (Facility f :
                FacilityLists.facilities(
                        DETLOC_AOR,
                        UWCHR,
                        LOCATIONS,
                        AREAS,
                        Map.of("rikersislandqueensny", "nyc-doc"),
                        problems)) {
            out.put(f.id(), f);
        }
        return out;
    }

    @Test
    void eachValueComesFromTheFirstListGivingItAndTheOthersAreQuoted() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Facility> f = convert(problems);
        assertEquals(
                List.of(
                        "aaordmd", "abrmctx", "bergenj", "hamiltn", "hougttx", "ramsemn",
                        "rikisny"),
                List.copyOf(f.keySet()));
        Facility ordnance = f.get("aaordmd");
        assertEquals("AAORDMD", ordnance.detloc());
        assertEquals("ORDNANCE ROAD CORRECTIONAL CENTER", ordnance.name());
        assertEquals(
                List.of("GLEN BURNIE", "MD", "Baltimore", "IGSA", "IGSA"),
                List.of(
                        ordnance.city(),
                        ordnance.state(),
                        ordnance.aor(),
                        ordnance.typeDetailed(),
                        ordnance.typeGrouped()));
        assertTrue(
                ordnance.note().contains("'ANNE ARUNDEL COUNTY ORDNANCE ROAD CORRECTIONAL CTR'"),
                ordnance.note());
        assertEquals(
                List.of(FacilityLists.SOURCE_DETLOC_AOR, FacilityLists.SOURCE_UWCHR_FACILITIES),
                ordnance.sourceIds());
        // UWCHR's "St. Paul" is the AOR list's "St Paul"; NA is no area of responsibility
        assertEquals("St Paul", f.get("ramsemn").aor());
        assertNull(f.get("abrmctx").aor());
    }

    @Test
    void coordinatesPlacingAFacilityInAnotherStateAreNotTaken() {
        Facility hamilton = convert(new ArrayList<>()).get("hamiltn");
        assertEquals(List.of("CHATTANOOGA", "TN"), List.of(hamilton.city(), hamilton.state()));
        assertNull(hamilton.latitude());
        assertTrue(hamilton.note().contains("they place it in OH"), hamilton.note());
        Facility hotel = convert(new ArrayList<>()).get("hougttx");
        assertEquals(
                List.of("29.9449761", "-95.33184812"),
                List.of(hotel.latitude(), hotel.longitude()));
    }

    @Test
    void aStateOutsideItsAreaOfResponsibilityIsKeptAndRecorded() {
        Facility bergen = convert(new ArrayList<>()).get("bergenj");
        assertEquals(List.of("NJ", "New York City"), List.of(bergen.state(), bergen.aor()));
        assertTrue(
                bergen.note()
                        .startsWith(
                                "AOR/state disagreement: NJ is not a state of the New York City area of responsibility"),
                bergen.note());
    }

    @Test
    void unreadableValuesAreReportedWithFileRowAndColumn() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Facility> f = convert(problems);
        assertEquals(
                List.of(
                        new Problem(
                                FacilityLists.DETLOC_AOR,
                                5,
                                "detention_facility_code",
                                "bad code",
                                "not a facility code (capital letters and digits); row skipped"),
                        new Problem(
                                FacilityLists.UWCHR_FACILITIES,
                                5,
                                "aor",
                                "XYZ",
                                "not one of ICE's office codes")),
                problems);
        // the agency only where mappings/facilities.csv names ICE's name of the facility
        assertEquals("nyc-doc", f.get("rikisny").agency());
        assertNull(f.get("aaordmd").agency());
        // '?' is no type
        assertNull(f.get("rikisny").typeDetailed());
    }

    @Test
    void theAreaListsStateNamesBecomeCodes() {
        List<Problem> problems = new ArrayList<>();
        List<Area> areas =
                FacilityLists.areas(
                        table(
                                FacilityLists.DDP_AORS,
                                "office_name,state_name,county_name,notes",
                                "Miami,United States Virgin Islands,,",
                                "San Francisco,Commonwealth of the Northern Mariana Islands,,",
                                "Buffalo,New York,Albany,Counties in Upstate New York not in the NYC AOR",
                                "Atlantis,Atlantis,,"),
                        problems);
        assertEquals(
                List.of(
                        new Area("Miami", "VI", null, null),
                        new Area("San Francisco", "MP", null, null),
                        new Area(
                                "Buffalo",
                                "NY",
                                "Albany",
                                "Counties in Upstate New York not in the NYC AOR")),
                areas);
        assertEquals(
                List.of(
                        new Problem(
                                FacilityLists.DDP_AORS,
                                5,
                                "state_name",
                                "Atlantis",
                                "not a state's name")),
                problems);
    }

    /**
     * Real rows of data-seed/facilities.csv against the rows they were converted from:
     * detloc_aor.csv line 2 "AAORDMD,ORDNANCE ROAD CORRECTIONAL CENTER,Baltimore Area of
     * Responsibility"; UWCHR's facilities list "AAORDMD|ANNE ARUNDEL COUNTY ORDNANCE ROAD
     * CORRECTIONAL CTR|600 E. ORDNANCE ROAD|GLEN BURNIE|ANNE ARUNDEL|MD|21060|4|BAL|…|IGSA|IGSA|…";
     * DDP's located facilities "BOPDEV DEVENS FMC 42.52929198 -71.61795255 … Ayer MA".
     */
    @Test
    void theSeedHoldsTheListsValues() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("data-seed/facilities.csv"), StandardCharsets.UTF_8);
        // 1,845 facility codes and the header
        assertEquals(1846, lines.size());
        assertEquals(
                "id,detloc,name,city,county_fips,county_fips_methods,state,aor,type_detailed,type_grouped,latitude,longitude,agency,agreement_agency_id,source_ids,note",
                lines.get(0));
        assertTrue(
                lines.get(1)
                        .startsWith(
                                "aaordmd,AAORDMD,ORDNANCE ROAD CORRECTIONAL CENTER,GLEN BURNIE,24003,list_county,MD,Baltimore,IGSA,IGSA,,,,,"),
                lines.get(1));
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith(
                                                "bopdev,BOPDEV,DEVENS FEDERAL MEDICAL CENTER,AYER,,,MA,Boston,BOP,BOP,42.52929198,-71.61795255,,,")));
        List<String> areas =
                Files.readAllLines(
                        Path.of("data-seed/areas-of-responsibility.csv"), StandardCharsets.UTF_8);
        // the 426 rows of the AOR list (its last line has no line end): 25 offices
        assertEquals(427, areas.size());
        assertEquals(
                25,
                areas.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count());
    }
}

package org.opendetainers.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.domain.vocabulary.CountyMethod;
import org.opendetainers.tools.FacilityCounties.County;
import org.opendetainers.tools.FacilityCounties.Found;
import org.opendetainers.tools.FacilityCounties.Sheriff;

/**
 * The county methods of the facility converter on a small TopoJSON excerpt in us-atlas's form:
 * squares of 1 degree standing for Fort Bend (48157) and Harris (48201), Texas; Harris, Georgia
 * (13145); and a county and an independent city both named Baltimore, Maryland (24005, 24510).
 */
@Tag("unit")
class FacilityCountiesTest {

    // quantized squares of 1,000 units (1 degree: scale 0.001), translated to 97 W, 29 N
    private static final String TOPOLOGY =
            """
            {"type": "Topology",
             "transform": {"scale": [0.001, 0.001], "translate": [-97, 29]},
             "objects": {"counties": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "arcs": [[0]], "id": "48157", "properties": {"name": "Fort Bend"}},
               {"type": "Polygon", "arcs": [[1]], "id": "48201", "properties": {"name": "Harris"}},
               {"type": "MultiPolygon", "arcs": [[[2]]], "id": "13145", "properties": {"name": "Harris"}},
               {"type": "Polygon", "arcs": [[~3]], "id": "24005", "properties": {"name": "Baltimore"}},
               {"type": "Polygon", "arcs": [[4]], "id": "24510", "properties": {"name": "Baltimore"}}
             ]}},
             "arcs": [
               [[0, 0], [1000, 0], [0, 1000], [-1000, 0], [0, -1000]],
               [[1000, 0], [1000, 0], [0, 1000], [-1000, 0], [0, -1000]],
               [[12000, 4000], [1000, 0], [0, 1000], [-1000, 0], [0, -1000]],
               [[20000, 10000], [1000, 0], [0, 1000], [-1000, 0], [0, -1000]],
               [[22000, 10000], [500, 0], [0, 500], [-500, 0], [0, -500]]
             ]}
            """
                    .replace("~3", "-4");

    private final FacilityCounties counties;

    FacilityCountiesTest() throws IOException {
        counties = new FacilityCounties(CountyBoundaries.of(new ObjectMapper().readTree(TOPOLOGY)));
    }

    @Test
    void aPointInsideACountyOfTheFacilitysStateGivesThatCounty() {
        // 29.5 N, 95.5 W: inside the square of Harris, TX (96-95 W); 96.5 W: Fort Bend
        assertEquals(new Found("48201", null), counties.byCoordinates("TX", "29.5", "-95.5"));
        assertEquals(new Found("48157", null), counties.byCoordinates("TX", "29.5", "-96.5"));
        // outside every square: no county, and the reason
        Found sea = counties.byCoordinates("TX", "28.5", "-95.5");
        assertNull(sea.fips());
        assertEquals("coordinates 28.5, -95.5 lie in no county's boundary", sea.problem());
        // a point in Texas for a facility that the lists place in Georgia is not taken
        Found elsewhere = counties.byCoordinates("GA", "29.5", "-95.5");
        assertNull(elsewhere.fips());
        assertEquals(
                "coordinates 29.5, -95.5 lie in 48201 (Harris), not in GA", elsewhere.problem());
        assertEquals(Found.NONE, counties.byCoordinates("TX", null, null));
    }

    @Test
    void theNameRuleMatchesACountyNameOfTheStateExactly() {
        assertEquals(new Found("48201", null), counties.byName("TX", "HARRIS COUNTY JAIL"));
        assertEquals(new Found("48201", null), counties.byName("TX", "HARRIS CO. JAIL"));
        assertEquals(new Found("48157", null), counties.byName("TX", "FORT BEND CNTY JAIL"));
        // the state decides which Harris
        assertEquals(new Found("13145", null), counties.byName("GA", "HARRIS COUNTY JAIL"));
        // never fuzzy: Harrison is not Harris; a city's jail names no county; no state, no rule
        assertEquals(Found.NONE, counties.byName("TX", "HARRISON COUNTY JAIL"));
        assertEquals(Found.NONE, counties.byName("TX", "HOUSTON CITY JAIL"));
        assertEquals(Found.NONE, counties.byName("TX", "HARRIS JAIL"));
        assertEquals(Found.NONE, counties.byName(null, "HARRIS COUNTY JAIL"));
        // PARISH counts in Louisiana only
        assertEquals(Found.NONE, counties.byName("TX", "HARRIS PARISH JAIL"));
    }

    @Test
    void aNameOfTwoCountiesIsNotLinked() {
        Found byName = counties.byName("MD", "BALTIMORE COUNTY DETENTION CENTER");
        assertNull(byName.fips());
        assertEquals(
                "the name 'BALTIMORE COUNTY DETENTION CENTER' names 24005 (Baltimore), 24510 (Baltimore): not taken",
                byName.problem());
        Found listed = counties.byListCounty("MD", "BALTIMORE");
        assertNull(listed.fips());
        // a list's county: a trailing COUNTY is not part of the name; a misspelling matches none
        assertEquals(new Found("48157", null), counties.byListCounty("TX", "FORT BEND COUNTY"));
        assertEquals(
                "'FORT BENDS' is the name of no county of TX",
                counties.byListCounty("TX", "FORT BENDS").problem());
        assertEquals(Found.NONE, counties.byListCounty("TX", "NA"));
    }

    @Test
    void methodsThatAgreeGiveTheCountyAndAConflictGivesNone() {
        Map<CountyMethod, Found> agree = new LinkedHashMap<>();
        agree.put(CountyMethod.coordinates, Found.NONE);
        agree.put(CountyMethod.list_county, new Found("48201", null));
        agree.put(CountyMethod.facility_name, new Found("48201", null));
        County c = counties.combine(agree);
        assertEquals("48201", c.fips());
        assertEquals(List.of(CountyMethod.list_county, CountyMethod.facility_name), c.methods());

        Map<CountyMethod, Found> conflict = new LinkedHashMap<>(agree);
        conflict.put(CountyMethod.coordinates, counties.byCoordinates("TX", "29.5", "-96.5"));
        County none = counties.combine(conflict);
        assertNull(none.fips());
        assertEquals(List.of(), none.methods());
        assertEquals(
                "conflict: [coordinates] 48157 (Fort Bend); [list_county, facility_name] 48201 (Harris): county left blank",
                none.problems().get(0));
    }

    @Test
    void aCountyJailIsLinkedToTheOnlySheriffsOfficeOfItsCounty() {
        County harris = new County("48201", List.of(CountyMethod.facility_name), List.of());
        assertTrue(FacilityCounties.isCountyJail("IGSA", "HARRIS COUNTY JAIL", harris));
        assertTrue(FacilityCounties.isCountyJail("USMS IGA", "HARRIS CO DET CTR", harris));
        // not by type, not a jail by its name, or a county its name does not give
        assertFalse(FacilityCounties.isCountyJail("HOLD", "HARRIS COUNTY JAIL", harris));
        assertFalse(
                FacilityCounties.isCountyJail("IGSA", "HARRIS COUNTY JUVENILE DETENTION", harris));
        assertFalse(
                FacilityCounties.isCountyJail(
                        "IGSA",
                        "HOUSTON CITY JAIL",
                        new County("48201", List.of(CountyMethod.list_county), List.of())));

        List<Map<String, String>> agreements =
                List.of(
                        agreement(
                                "tx-harris-county-sheriffs-office",
                                "Harris County Sheriff's Office",
                                "County",
                                "TX",
                                "Harris County"),
                        agreement(
                                "tx-harris-county-sheriffs-office",
                                "Harris County Sheriff's Office",
                                "County",
                                "TX",
                                "Harris County"),
                        agreement(
                                "tx-fort-bend-county-constable",
                                "Fort Bend County Constable Precinct 1",
                                "County",
                                "TX",
                                "Fort Bend County"),
                        agreement(
                                "tx-houston-police-department",
                                "Houston Police Department",
                                "Municipality",
                                "TX",
                                ""),
                        agreement(
                                "ga-harris-county-sheriffs-office",
                                "Harris County Sheriff's Office",
                                "County",
                                "GA",
                                "Harris County"),
                        agreement(
                                "ga-harris-county-sheriffs-department",
                                "Harris County Sheriff's Department",
                                "County",
                                "GA",
                                "Harris County"),
                        agreement(
                                "md-baltimore-county-sheriffs-office",
                                "Baltimore County Sheriff's Office",
                                "County",
                                "MD",
                                "Baltimore County"),
                        agreement(
                                "tx-frt-bend-sheriff",
                                "Fort Bend County Sheriff",
                                "County",
                                "TX",
                                "Frt Bend County"));
        List<String[]> problems = new ArrayList<>();
        Map<String, List<Sheriff>> sheriffs = counties.sheriffs(agreements, problems);
        assertEquals(List.of("48201", "13145"), List.copyOf(sheriffs.keySet()));
        assertEquals("tx-harris-county-sheriffs-office", sheriffs.get("48201").get(0).agencyId());
        // two sheriff's offices in one county: the converter links neither
        assertEquals(2, sheriffs.get("13145").size());
        // Baltimore names two places of Maryland; "Frt Bend" none of Texas: both reported
        assertEquals(2, problems.size());
        assertEquals("8", problems.get(0)[0]);
        assertEquals(
                "'Frt Bend County' is the name of no county of TX: the sheriff's office is linked to no facility",
                problems.get(1)[2]);
    }

    private static Map<String, String> agreement(
            String id, String agency, String type, String state, String county) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agency_id", id);
        m.put("agency", agency);
        m.put("agency_type", type);
        m.put("state", state);
        m.put("county", county);
        return m;
    }
}

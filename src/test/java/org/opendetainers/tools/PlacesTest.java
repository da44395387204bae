package org.opendetainers.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.StateFips;
import org.opendetainers.ingest.CountyNames;
import org.opendetainers.ingest.CuratedData;
import org.opendetainers.ingest.CuratedData.PlaceRecord;
import org.opendetainers.ingest.CuratedDataReader;

/**
 * The converter of the Census boundaries (us-atlas 3.0.1) on an excerpt of its two files, the rule
 * that joins a county's name to a county, and data-seed/places.csv and places-problems.csv against
 * what they must hold.
 */
@Tag("unit")
class PlacesTest {

    private static final Path EXCERPT = Path.of("src/test/resources/sources/us-atlas-3.0.1");
    private static final Path SEED = Path.of("data-seed");

    @TempDir Path dir;

    @Test
    void theExcerptGivesStatesCountiesAndCities() throws IOException {
        List<PlaceRecord> places = Places.read(EXCERPT);
        Map<PlaceKind, Long> kinds =
                places.stream()
                        .collect(Collectors.groupingBy(PlaceRecord::kind, Collectors.counting()));
        assertEquals(Map.of(PlaceKind.state, 7L, PlaceKind.county, 20L, PlaceKind.city, 3L), kinds);
        Map<String, PlaceRecord> byId =
                places.stream().collect(Collectors.toMap(PlaceRecord::id, Function.identity()));
        // the names as the package gives them; the postal code from the official list
        assertEquals("District of Columbia", byId.get("11").name());
        assertEquals("DC", byId.get("11").state());
        assertEquals("Baltimore", byId.get("24005").name());
        assertEquals("Baltimore", byId.get("24510").name());
        assertEquals("24", byId.get("24510").parentId());
        assertEquals("MD", byId.get("24510").state());
        assertEquals("Carson City", byId.get("32510").name());
        assertNull(byId.get("36").parentId());
        assertEquals(
                List.of("36005", "36047", "36061", "36081", "36085"), byId.get("nyc").countyIds());
        assertEquals("36", byId.get("nyc").parentId());
        assertEquals(List.of(), byId.get("chicago").countyIds());
        // states first, then counties, each by id
        assertEquals("11", places.get(0).id());
        assertEquals("11001", places.get(7).id());
    }

    @Test
    void writesPlacesSourcesAndTheAgreementsWhoseCountyMatchesNone() throws IOException {
        Files.writeString(
                dir.resolve("sources.csv"),
                String.join(",", CuratedDataReader.SOURCE_COLUMNS) + "\n");
        Files.writeString(
                dir.resolve("agreements.csv"),
                """
                id,state,county
                a,MD,Baltimore city
                b,MD,Baltimore County
                c,MD,Baltimore
                d,NV,Carson City
                e,VA,Frankin County
                f,NY,
                """);
        Places.write(Places.read(EXCERPT), dir, "367d64e4b31d3f945827710f1a43813c38e17d6b");
        List<String> places = Files.readAllLines(dir.resolve("places.csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", CuratedDataReader.PLACE_COLUMNS), places.get(0));
        assertTrue(places.contains("24510,county,Baltimore,MD,24,,us-atlas-3-0-1-counties,"));
        List<String> sources = Files.readAllLines(dir.resolve("sources.csv"));
        assertEquals(3, sources.size());
        assertTrue(sources.get(1).startsWith("us-atlas-3-0-1-states,U.S. Census Bureau,"));
        assertTrue(
                sources.get(2)
                        .contains(
                                ",npm:us-atlas@3.0.1,367d64e4b31d3f945827710f1a43813c38e17d6b,package/counties-10m.json,"));
        // "Baltimore" alone names two counties of Maryland; "Frankin" none of Virginia
        assertEquals(
                List.of(
                        "file,row,column,value,reason",
                        "agreements.csv,4,county,Baltimore (MD),\"two counties of MD are named so (24005, 24510) and the name says neither 'County' nor 'city'; county_fips left blank\"",
                        "agreements.csv,6,county,Frankin County (VA),no county of VA is named so; county_fips left blank"),
                Files.readAllLines(dir.resolve("places-problems.csv")));
        // converting again leaves the files as they were
        byte[] before = Files.readAllBytes(dir.resolve("sources.csv"));
        Places.write(Places.read(EXCERPT), dir, "367d64e4b31d3f945827710f1a43813c38e17d6b");
        assertEquals(new String(before), Files.readString(dir.resolve("sources.csv")));
    }

    @Test
    void aCountyNameMatchesExactlyOneCountyOrNone() throws IOException {
        CountyNames names = CuratedDataReader.countyNames(Places.read(EXCERPT));
        assertEquals("24510", names.match("MD", "Baltimore city").fips());
        assertEquals("24510", names.match("MD", "Baltimore City").fips());
        assertEquals("24005", names.match("MD", "Baltimore County").fips());
        assertFalse(names.match("MD", "Baltimore").matched());
        assertEquals("24031", names.match("MD", "Montgomery County").fips());
        assertEquals("24031", names.match("MD", "montgomery").fips());
        assertEquals("32510", names.match("NV", "Carson City").fips());
        assertEquals("51760", names.match("VA", "Richmond city").fips());
        assertEquals("51159", names.match("VA", "Richmond County").fips());
        assertEquals("36047", names.match("NY", "Kings County").fips());
        assertEquals("11001", names.match("DC", "District of Columbia").fips());
        // another state's county, a misspelling, no county of the state at all
        assertFalse(names.match("NY", "Montgomery County").matched());
        assertFalse(names.match("NY", "Kngs County").matched());
        assertEquals(
                "no county of the boundaries is in state TX",
                names.match("TX", "Harris County").reason());
    }

    @Test
    void theSeedsPlacesAreTheCensusStatesAndCounties() {
        CuratedData data = new CuratedDataReader(LocalDate.now()).read(SEED);
        Map<PlaceKind, Long> kinds =
                data.places().stream()
                        .collect(Collectors.groupingBy(PlaceRecord::kind, Collectors.counting()));
        // us-atlas 3.0.1: 50 states, DC and 5 territories (AS, GU, MP, PR, VI); 3,231 counties and
        // county equivalents (Puerto Rico's 78 municipios among them)
        assertEquals(
                Map.of(PlaceKind.state, 56L, PlaceKind.county, 3231L, PlaceKind.city, 3L), kinds);
        for (PlaceRecord p : data.places()) {
            String stateFips = p.kind() == PlaceKind.state ? p.id() : p.parentId();
            assertEquals(StateFips.postal(stateFips), p.state(), p.id());
        }
        assertEquals(
                254,
                data.places().stream().filter(p -> "48".equals(p.parentId())).count(),
                "Texas' 254 counties");
        // the jurisdictions join their places: a state its state, a county its county
        Map<String, String> placeOf =
                data.jurisdictions().stream()
                        .filter(j -> j.placeId() != null)
                        .collect(
                                Collectors.toMap(
                                        CuratedData.JurisdictionRecord::id,
                                        CuratedData.JurisdictionRecord::placeId));
        assertEquals("48", placeOf.get("texas"));
        assertEquals("48201", placeOf.get("harris-county"));
        assertEquals("nyc", placeOf.get("nyc"));
        assertEquals("11", placeOf.get("dc"));
    }

    @Test
    void theProblemsFileIsWhatTheRuleGivesOnTheSeedsAgreements() throws IOException {
        CuratedData data = new CuratedDataReader(LocalDate.now()).read(SEED);
        List<List<Object>> problems = Places.agreementProblems(data.places(), SEED);
        List<String> lines = Files.readAllLines(SEED.resolve(Places.PROBLEMS));
        assertEquals(
                problems.size() + 1,
                lines.size(),
                "data-seed/places-problems.csv is out of date: run bin/convert-places");
        for (int i = 0; i < problems.size(); i++) {
            assertTrue(
                    lines.get(i + 1).startsWith("agreements.csv," + problems.get(i).get(1) + ","),
                    lines.get(i + 1));
        }
        // every agreement with a county either matched one or is listed: 614 and 15 of 629 (of the
        // 15 agreements listed only in 2021-2024, 4 take their county from the agency's agreements
        // of 2025, 11 from the sheriff's office's name)
        long withCounty = data.agreements().stream().filter(a -> a.county() != null).count();
        long matched = data.agreements().stream().filter(a -> a.countyFips() != null).count();
        assertEquals(629, withCounty);
        assertEquals(614, matched);
        assertEquals(withCounty - matched, problems.size());
        var aransas =
                data.agreements().stream()
                        .filter(a -> a.id().equals("tx-aransas-county-sheriffs-office-jem"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("48007", aransas.countyFips());
    }
}

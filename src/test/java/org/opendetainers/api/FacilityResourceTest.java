package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ICE facilities of the seed (data-seed/facilities.csv) through the API. */
@QuarkusTest
class FacilityResourceTest {

    /** Every page of a listing, following page.next. */
    private static List<JsonPath> pages(String url) {
        List<JsonPath> pages = new ArrayList<>();
        while (url != null) {
            JsonPath page = given().when().get(url).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            url = page.getString("page.next");
        }
        return pages;
    }

    @Test
    void oneFacilityWithItsPlaceAreaTypeCoordinatesAndSources() {
        // BOPDEV: name, city, state, AOR (BOS) and types in UWCHR's facilities list; coordinates
        // in the Deportation Data Project's located facilities (42.52929198, -71.61795255, Ayer MA)
        given().when()
                .get("/v1/facilities/bopdev")
                .then()
                .statusCode(200)
                .body("detloc", is("BOPDEV"))
                .body("name", is("DEVENS FEDERAL MEDICAL CENTER"))
                .body("city", is("AYER"))
                .body("state", is("MA"))
                .body("aor", is("Boston"))
                .body("type_detailed", is("BOP"))
                // its point lies in Worcester County (25027), UWCHR's list names Middlesex
                // (25017): a conflict, so no county, and the note says why
                .body("county_fips", nullValue())
                .body("county_fips_methods", empty())
                .body(
                        "note",
                        containsString(
                                "county_fips conflict: [coordinates] 25027 (Worcester); [list_county] 25017 (Middlesex): county left blank"))
                .body("agency", nullValue())
                .body("agreement_agency_id", nullValue())
                .body("latitude", is(42.52929198f))
                .body("longitude", is(-71.61795255f))
                .body(
                        "source_ids",
                        is(
                                List.of(
                                        "facility-list-uwchr-facilities",
                                        "facility-list-ddp-locations-2025-10")))
                .body(
                        "how_to_cite",
                        containsString(
                                "ICE facility BOPDEV, DEVENS FEDERAL MEDICAL CENTER (AYER, MA)"))
                .body("how_to_cite", containsString("/v1/facilities/bopdev?release="));
        // Rikers Island: ICE's name is a row of mappings/facilities.csv, which names its agency
        given().when()
                .get("/v1/facilities/rikisny")
                .then()
                .statusCode(200)
                .body("agency", is("nyc-doc"));
        given().when().get("/v1/facilities/no-such-facility").then().statusCode(404);
    }

    @Test
    void filtersByStateAndAreaOfResponsibility() {
        // ICE's lists put two New Jersey jails in the New York City AOR, which the AOR list gives
        // as New York State only: both are served, and their notes say so
        given().queryParam("state", "NJ")
                .queryParam("aor", "new york city")
                .when()
                .get("/v1/facilities")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of("bergenj", "hudsonj")))
                .body("data.note", everyItem(startsWith("AOR/state disagreement:")));
        List<JsonPath> pages = pages("/v1/facilities?aor=Boston&limit=20");
        assertEquals(4, pages.size());
        List<Object> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(p.getList("data.id")));
        assertEquals(76, ids.size());
        assertEquals(ids.stream().distinct().count(), ids.size());
        assertEquals(ids.stream().sorted().toList(), ids);
        given().queryParam("state", "MA")
                .queryParam("limit", 100)
                .when()
                .get("/v1/facilities")
                .then()
                .body("data.state", everyItem(is("MA")))
                .body("data.id", hasItem("bopdev"))
                .body("data.size()", is(18));
        // Victoria County, Texas (48469): UWCHR's list names VICTORIA as the county of
        // VICTORIA COUNTY JAIL, and so does its name; the county's sheriff's office holds a
        // 287(g) agreement
        given().queryParam("county", "48469")
                .when()
                .get("/v1/facilities")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of("victotx")))
                .body("data[0].county_fips_methods", is(List.of("list_county", "facility_name")))
                .body("data[0].agreement_agency_id", is("tx-victoria-county-sheriffs-office"))
                .body("data[0].source_ids", hasItem("us-atlas-3-0-1-counties"));
        given().when()
                .get("/v1/agreements?agency=tx-victoria-county-sheriffs-office")
                .then()
                .statusCode(200)
                .body("data[0].county", is("Victoria County"));
        // a county with no facility: nothing
        given().queryParam("county", "25019")
                .when()
                .get("/v1/facilities")
                .then()
                .statusCode(200)
                .body("data", empty());
    }

    @Test
    void badParametersAreProblems() {
        for (String[] bad :
                new String[][] {
                    {"state", "Massachusetts"},
                    {"state", "ma"},
                    {"county", "2501"},
                    {"county", "Middlesex"},
                    {"aor", " "},
                    {"stat", "MA"}
                }) {
            given().queryParam(bad[0], bad[1])
                    .when()
                    .get("/v1/facilities")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("parameter", is(bad[0]));
        }
    }

    @Test
    void csvAndConditionalGet() {
        String csv =
                given().queryParam("state", "NJ")
                        .queryParam("aor", "New York City")
                        .queryParam("format", "csv")
                        .when()
                        .get("/v1/facilities")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertEquals(
                true,
                lines.get(0)
                        .startsWith(
                                "id,detloc,name,city,county_fips,county_fips_methods,state,aor,"),
                lines.get(0));
        String url = "/v1/facilities?state=MA";
        String etag = given().when().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
    }

    @Test
    void theFacilitiesAreADataSetInTheDownloadsTheDataPackageAndDcat() {
        String csv =
                given().when()
                        .get("/v1/datasets/facilities.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        // a header and one line per facility code (no field of the seed spans lines)
        assertEquals(1846, csv.lines().count());
        given().when()
                .get("/v1/datapackage.json")
                .then()
                .statusCode(200)
                .body("resources.name", hasItem("facilities"));
        given().when()
                .get("/v1/data.json")
                .then()
                .statusCode(200)
                .body("dataset.title", hasItem(containsString("ICE facilities")));
    }
}

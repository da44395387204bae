package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.CsvRows;

/**
 * Places (data-seed/places.csv) through the API, with the seed's agreements, laws, facilities and
 * counts joined by official code.
 */
@QuarkusTest
class PlaceResourceTest {

    @Test
    void aCountyWithItsSheriffsAgreementLookedUpByFips() {
        // agreements.csv: Aransas County Sheriff's Office, Jail Enforcement Model, signed
        // 2020-06-08
        // in ICE's sheets; ICE's county "Aransas County" is the county 48007 of the boundaries
        JsonPath place =
                given().when()
                        .get("/v1/places/48007")
                        .then()
                        .statusCode(200)
                        .body("kind", is("county"))
                        .body("name", is("Aransas"))
                        .body("state", is("TX"))
                        .body("parent_id", is("48"))
                        .body("parent_name", is("Texas"))
                        .body("source_ids", is(List.of("us-atlas-3-0-1-counties")))
                        .body("how_to_cite", containsString("/v1/places/48007?release="))
                        .extract()
                        .jsonPath();
        int i = place.getList("agreements.id").indexOf("tx-aransas-county-sheriffs-office-jem");
        assertTrue(i >= 0, "the sheriff's agreement is the county's");
        assertEquals(
                "Aransas County Sheriff's Office", place.getString("agreements[" + i + "].agency"));
        assertEquals("jail_enforcement", place.getString("agreements[" + i + "].model"));
        assertEquals("2020-06-08", place.getString("agreements[" + i + "].signed_on"));
        assertEquals("48007", place.getString("agreements[" + i + "].county_fips"));
        assertTrue(
                place.getList("agencies.id").contains("tx-aransas-county-sheriffs-office"),
                "the agency holding it is an agency of the county");
        // Texas SB 4 applies to the counties within Texas
        assertTrue(place.getList("policies.id").contains("texas-sb-4-2017"));

        // on a day before it was signed it is not listed; on 2025-07-01 it is, in force
        given().queryParam("on", "2020-06-07")
                .when()
                .get("/v1/places/48007")
                .then()
                .statusCode(200)
                .body("agreements.id", not(hasItem("tx-aransas-county-sheriffs-office-jem")))
                .body("on", is("2020-06-07"));
        given().queryParam("on", "2025-07-01")
                .when()
                .get("/v1/places/48007")
                .then()
                .statusCode(200)
                .body(
                        "agreements.find { it.id == 'tx-aransas-county-sheriffs-office-jem' }.in_force",
                        is("yes"))
                .body("label", is("agreement_jail_enforcement"))
                .body("labels", hasItems("agreement_jail_enforcement", "state_law_other"));
    }

    @Test
    void aCountyMeetsItsFacilitiesAndTheirCounts() {
        // facilities.csv: Santa Rita Jail (SRITACA) is in Alameda County, 06001, as UWCHR's list
        // names it; ICE's counts: 729 detainers it declined in 2014 (NPR's facility file)
        JsonPath place =
                given().when()
                        .get("/v1/places/06001")
                        .then()
                        .statusCode(200)
                        .body("name", is("Alameda"))
                        .body("facilities.id", hasItem("sritaca"))
                        .extract()
                        .jsonPath();
        int i = place.getList("ice_counts.id").indexOf("declined-2014-santa-rita-jail-dublin-ca");
        assertTrue(i >= 0, "the jail's declines of 2014 are the county's");
        assertEquals(729, place.getInt("ice_counts[" + i + "].value"));
        // and California's SB 54 applies there
        assertTrue(place.getList("policies.id").contains("california-sb-54-2017"));
    }

    @Test
    void aStateWithItsLawsItsCountiesAndItsAgreements() {
        // Texas SB 4 took effect 2017-09-01 (policies.csv); the state lists its 254 counties and
        // every agreement in the state
        JsonPath texas =
                given().when()
                        .get("/v1/places/48")
                        .then()
                        .statusCode(200)
                        .body("kind", is("state"))
                        .body("name", is("Texas"))
                        .body("parent_id", nullValue())
                        .body("jurisdiction_ids", is(List.of("texas")))
                        .body("children", hasSize(254))
                        .extract()
                        .jsonPath();
        assertEquals("48001", texas.getString("children[0].id"));
        assertEquals("Anderson", texas.getString("children[0].name"));
        assertTrue(texas.getList("agreements.state").stream().allMatch("TX"::equals));
        assertTrue(
                texas.getList("agreements.id").contains("tx-aransas-county-sheriffs-office-jem"));
        given().queryParam("on", "2017-08-31")
                .when()
                .get("/v1/places/48")
                .then()
                .body("policies.id", not(hasItem("texas-sb-4-2017")));
        given().queryParam("on", "2017-09-01")
                .when()
                .get("/v1/places/48")
                .then()
                .body("policies.find { it.id == 'texas-sb-4-2017' }.effective_on", is("2017-09-01"))
                .body("policies.find { it.id == 'texas-sb-4-2017' }.level", is("state"))
                .body("policies.find { it.id == 'texas-sb-4-2017' }.in_force", is("yes"));

        // Washington's Keep Washington Working Act (2019-05-21): a state law of Washington (53),
        // which applies to King County (53033) with King County's own ordinances
        given().queryParam("on", "2019-06-01")
                .when()
                .get("/v1/places/53033")
                .then()
                .statusCode(200)
                .body("policies.id", hasItem("washington-keep-washington-working-2019"))
                .body(
                        "policies.find { it.id == 'washington-keep-washington-working-2019' }.level",
                        is("state"))
                .body("jurisdiction_ids", is(List.of("king-county")));
    }

    @Test
    void aDateInsideAnEndWindowIsUnknown() {
        // Ellis County Sheriff's Office (TX, 48139), Warrant Service Officer: last listed on
        // 2025-07-11, first absent on 2025-07-14; on 2025-07-12 whether it was in force is unknown
        given().queryParam("on", "2025-07-12")
                .when()
                .get("/v1/places/48139")
                .then()
                .statusCode(200)
                .body(
                        "agreements.find { it.id == 'tx-ellis-county-sheriffs-office-wso' }.in_force",
                        is("unknown"))
                .body("labels", hasItem("unknown_window"));
        // the same answer in the map's list, with the agreement among the unknown ones
        JsonPath list =
                given().queryParam("kind", "county")
                        .queryParam("state", "TX")
                        .queryParam("on", "2025-07-12")
                        .queryParam("limit", 1000)
                        .when()
                        .get("/v1/places")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        int i = list.getList("data.id").indexOf("48139");
        assertTrue(
                list.getList("data[" + i + "].agreement_ids_unknown")
                        .contains("tx-ellis-county-sheriffs-office-wso"));
        assertTrue(list.getList("data[" + i + "].labels").contains("unknown_window"));
        // after the window it is not in force
        given().queryParam("on", "2025-07-14")
                .when()
                .get("/v1/places/48139")
                .then()
                .body("agreements.id", not(hasItem("tx-ellis-county-sheriffs-office-wso")));
    }

    @Test
    void theMapListLabelsEveryCountyOfAState() {
        List<JsonPath> pages = new ArrayList<>();
        String url = "/v1/places?kind=county&state=CA&on=2018-06-01&limit=20";
        while (url != null) {
            JsonPath page = given().when().get(url).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            url = page.getString("page.next");
        }
        List<Object> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(p.getList("data.id")));
        assertEquals(58, ids.size(), "California's 58 counties, paged");
        // California SB 54 (in force 2018-01-01) limits information sharing: a limiting state law
        JsonPath first = pages.get(0);
        assertEquals("06001", first.getString("data[0].id"));
        assertTrue(first.getList("data[0].labels").contains("state_law_limiting"));
        assertTrue(first.getList("data[0].policy_ids").contains("california-sb-54-2017"));
        // without a date: no labels
        given().queryParam("kind", "state")
                .when()
                .get("/v1/places")
                .then()
                .statusCode(200)
                .body("data", hasSize(56))
                .body("data[0].label", nullValue())
                .body("data[0].labels", empty());
    }

    @Test
    void newYorkCityIsACityOfFiveCounties() {
        given().when()
                .get("/v1/places/nyc")
                .then()
                .statusCode(200)
                .body("kind", is("city"))
                .body("children.id", is(List.of("36005", "36047", "36061", "36081", "36085")))
                .body("jurisdiction_ids", is(List.of("nyc")))
                .body("policies.id", hasItem("nyc-ll-58-2014"))
                .body("figures", not(empty()));
        // NYC's Local Law 58 (in force 2014-12-14, a judicial warrant required) colours Kings
        // County as a local policy limiting cooperation
        given().queryParam("on", "2015-01-01")
                .when()
                .get("/v1/places/36047")
                .then()
                .statusCode(200)
                .body("cities.id", is(List.of("nyc")))
                .body("label", is("local_policy"));
    }

    @Test
    void badIdsAndDatesAreProblems() {
        given().when()
                .get("/v1/places/4820")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'4820' is neither a 2-digit state FIPS code"));
        given().when()
                .get("/v1/places/TX!")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when()
                .get("/v1/places/99999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no place '99999'"));
        given().queryParam("on", "2025-13-01")
                .when()
                .get("/v1/places/48")
                .then()
                .statusCode(400)
                .body("detail", containsString("not a date"));
        given().queryParam("kind", "parish").when().get("/v1/places").then().statusCode(400);
        given().queryParam("state", "tx").when().get("/v1/places").then().statusCode(400);
        given().queryParam("on", "July 1").when().get("/v1/places").then().statusCode(400);
    }

    @Test
    void csvAndTheDataSet() {
        String csv =
                given().queryParam("format", "csv")
                        .when()
                        .get("/v1/places/48007")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<String[]> rows = CsvRows.parse(csv);
        assertEquals(
                List.of(
                        "section",
                        "id",
                        "name",
                        "kind",
                        "start",
                        "end",
                        "in_force",
                        "value",
                        "source_ids"),
                List.of(rows.get(0)));
        assertEquals(
                List.of("place", "48007", "Aransas", "county"), List.of(rows.get(1)).subList(0, 4));
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r[0].equals("agreement")
                                                && r[1].equals(
                                                        "tx-aransas-county-sheriffs-office-jem")
                                                && r[4].equals("2020-06-08")),
                "the sheriff's agreement is a row, with its signed date");
        rows.forEach(r -> assertEquals(9, r.length, "every row as wide as the header"));
        String file =
                given().when()
                        .get("/v1/datasets/places.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        // a header, 56 states, 3,231 counties and 3 cities (a city's note spans no line)
        assertEquals(1 + 56 + 3231 + 3, file.lines().count());
        given().when()
                .get("/v1/datapackage.json")
                .then()
                .statusCode(200)
                .body("resources.name", hasItem("places"));
        given().when()
                .get("/v1/data.json")
                .then()
                .statusCode(200)
                .body("dataset.title", hasItem(containsString("Places")));
    }
}

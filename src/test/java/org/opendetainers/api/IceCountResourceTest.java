package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ICE's detainer counts of October 2007 to July 2015 (FOIA 15-87693, NPR's exports) through the
 * API, as a journalist asks for them.
 */
@QuarkusTest
class IceCountResourceTest {

    @Test
    void theMonthlySeriesRunsFromOctober2007ToJuly2015AndPeaksInAugust2011() {
        JsonPath page =
                given().queryParam("series", "detainers_by_month")
                        .queryParam("limit", 500)
                        .when()
                        .get("/v1/ice-counts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<Map<String, Object>> months = page.getList("data");
        assertEquals(94, months.size());
        assertEquals("2007-10-01", months.get(0).get("period_start"));
        assertEquals("2015-07-31", months.get(93).get("period_end"));
        Map<String, Object> max =
                months.stream()
                        .max(Comparator.comparingLong(m -> ((Number) m.get("value")).longValue()))
                        .orElseThrow();
        assertEquals("us-detainers-2011-08", max.get("id"));
        assertEquals(28717, max.get("value"));
    }

    @Test
    void howManyDetainersDidAJailDeclineIn2013IsOneRequestAway() {
        given().queryParam("series", "declined_by_facility_and_year")
                .queryParam("facility_name", "santa rita")
                .queryParam("from", "2014-01-01")
                .queryParam("to", "2014-12-31")
                .when()
                .get("/v1/ice-counts")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].facility_name", is("SANTA RITA JAIL"))
                .body("data[0].facility_state", is("CA"))
                .body("data[0].category", is("Detainer Declined by LEA"))
                .body("data[0].value", is(729))
                .body("data[0].facility_id", is("sritaca"))
                .body("data[0].source_id", is("npr-ice-foia-15-87693-declined-by-facility"))
                .body(
                        "data[0].how_to_cite",
                        containsString(
                                "/v1/ice-counts/declined-2014-santa-rita-jail-dublin-ca?release="))
                .body("data[0].how_to_cite", containsString("NPR"));
        given().queryParam("state", "CA")
                .queryParam("series", "declined_by_facility_and_year")
                .queryParam("limit", 500)
                .when()
                .get("/v1/ice-counts")
                .then()
                .body("data.facility_state", everyItem(is("CA")))
                .body("data.id", hasItem("declined-2014-santa-rita-jail-dublin-ca"));
    }

    @Test
    void aLinkedFacilitysCountsAreOneFilterAway() {
        // Santa Rita Jail (SRITACA in ICE's facility list): its declines and other lifts by year
        given().queryParam("facility", "sritaca")
                .queryParam("limit", 100)
                .when()
                .get("/v1/ice-counts")
                .then()
                .statusCode(200)
                .body("data.facility_id", everyItem(is("sritaca")))
                .body("data.id", hasItem("declined-2014-santa-rita-jail-dublin-ca"))
                .body("data.id", hasItem("lifted-other-2014-santa-rita-jail-dublin-ca"));
        given().when().get("/v1/facilities/sritaca").then().statusCode(200).body("state", is("CA"));
    }

    @Test
    void theFiscalYearSumsStandBesideTracsCounts() {
        given().when()
                .get("/v1/figures/ice-us-detainers-issued-fy2013-ice-foia-npr")
                .then()
                .statusCode(200)
                .body("value", is(216730))
                .body(
                        "other_source_figure_ids",
                        hasItems(
                                "ice-us-detainers-issued-fy2013-trac",
                                "ice-us-detainers-issued-fy2013-trac-511"));
    }

    @Test
    void badParametersAreProblems() {
        for (String[] bad :
                new String[][] {
                    {"series", "monthly"},
                    {"state", "California"},
                    {"from", "2014"},
                    {"facility", "Santa Rita"},
                    {"facility_name", " "}
                }) {
            given().queryParam(bad[0], bad[1])
                    .when()
                    .get("/v1/ice-counts")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("parameter", is(bad[0]));
        }
        given().when().get("/v1/ice-counts/no-such-count").then().statusCode(404);
    }

    @Test
    void theCountsAreADataSetAndACsv() {
        String csv =
                given().when()
                        .get("/v1/datasets/ice-counts.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertEquals(2890, csv.lines().count());
        given().when()
                .get("/v1/datapackage.json")
                .then()
                .body("resources.name", hasItem("ice-counts"));
        given().when()
                .get("/v1/data.json")
                .then()
                .statusCode(200)
                .body("dataset.title", hasItem(containsString("ICE's detainer counts")));
        String page =
                given().queryParam("series", "detainers_by_year")
                        .queryParam("format", "csv")
                        .when()
                        .get("/v1/ice-counts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertEquals(10, page.lines().count(), page);
    }
}

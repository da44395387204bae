package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 287(g) agreements of the seed (ICE's sheets of May-July 2025) through the API. */
@QuarkusTest
class AgreementResourceTest {

    /** Every row of a listing, following page.next. */
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
    void texasAgreementsInForceOn1July2025AreOneRequestAway() {
        List<JsonPath> pages = pages("/v1/agreements?state=TX&in_force_on=2025-07-01&limit=500");
        assertEquals(1, pages.size());
        JsonPath page = pages.get(0);
        // 120 Texas agreements in ICE's sheets; Ellis County's WSO, signed 2025-07-07, was not yet
        // in force, nor were the others signed after 1 July; none is in an end window that day
        assertEquals(108, page.getList("data").size());
        assertEquals(List.of("TX"), page.getList("data.state").stream().distinct().toList());
        assertEquals(List.of("yes"), page.getList("data.in_force").stream().distinct().toList());
        given().queryParam("state", "TX")
                .queryParam("in_force_on", "2025-07-01")
                .queryParam("limit", 500)
                .when()
                .get("/v1/agreements")
                .then()
                .body("data.id", hasItem("tx-aransas-county-sheriffs-office-jem"))
                .body("data.id", hasItem("tx-southside-place-police-department-tfm"))
                .body("data.id", not(hasItem("tx-ellis-county-sheriffs-office-wso")));
    }

    @Test
    void insideAnEndWindowInForceIsUnknownAfterItNo() {
        // Southside Place PD's task force agreement: last listed 2025-07-16, absent 2025-07-18
        String id = "tx-southside-place-police-department-tfm";
        given().when()
                .get("/v1/agreements/" + id)
                .then()
                .statusCode(200)
                .body("status", is("ended"))
                .body("ended_after", is("2025-07-16"))
                .body("ended_before", is("2025-07-18"))
                .body("ended_on", nullValue())
                .body("signed_on", is("2025-06-13"))
                .body("how_to_cite", containsString("/v1/agreements/" + id + "?release="));
        given().queryParam("agency", "tx-southside-place-police-department")
                .queryParam("in_force_on", "2025-07-17")
                .when()
                .get("/v1/agreements")
                .then()
                .body("data.id", hasItem(id))
                .body("data.in_force", everyItem(is("unknown")));
        given().queryParam("agency", "tx-southside-place-police-department")
                .queryParam("in_force_on", "2025-07-16")
                .when()
                .get("/v1/agreements")
                .then()
                .body("data.in_force", everyItem(is("yes")));
        given().queryParam("agency", "tx-southside-place-police-department")
                .queryParam("in_force_on", "2025-07-18")
                .when()
                .get("/v1/agreements")
                .then()
                .body("data.id", not(hasItem(id)));
    }

    @Test
    void agreementsOfICEsWebPageOf2021To2024AnswerInForceOnADayOf2022() {
        // Louisiana on 2022-06-01: East Baton Rouge Parish's JEM, listed 2021-01-13 to
        // 2023-06-15, in force; Ouachita Parish's, last listed 2022-02-24 and absent 2022-08-09,
        // inside its end window
        given().queryParam("state", "LA")
                .queryParam("in_force_on", "2022-06-01")
                .when()
                .get("/v1/agreements")
                .then()
                .statusCode(200)
                .body(
                        "data.find { it.id == 'la-east-baton-rouge-parish-sheriffs-office-jem' }.in_force",
                        is("yes"))
                .body(
                        "data.find { it.id == 'la-ouachita-parish-sheriffs-office-jem' }.in_force",
                        is("unknown"));
        given().when()
                .get("/v1/agreements/ga-cobb-county-sheriffs-office-jem")
                .then()
                .statusCode(200)
                .body("status", is("ended"))
                .body("first_listed_on", is("2021-01-13"))
                .body("ended_after", is("2021-01-13"))
                .body("ended_before", is("2021-04-09"))
                .body("source_ids", hasItem("ice-287g-page-2021-01-13"));
    }

    @Test
    void filtersByCountyAndModelAndPagesByKeyset() {
        given().queryParam("county", "aransas county")
                .queryParam("model", "jail_enforcement")
                .when()
                .get("/v1/agreements")
                .then()
                .statusCode(200)
                .body("data.id", hasItem("tx-aransas-county-sheriffs-office-jem"))
                .body("data.model", everyItem(is("jail_enforcement")));
        List<JsonPath> pages = pages("/v1/agreements?state=AL&limit=5");
        List<Object> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(p.getList("data.id")));
        assertEquals(ids.stream().distinct().count(), ids.size());
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void badParametersAreProblems() {
        for (String[] bad :
                new String[][] {
                    {"state", "Texas"},
                    {"model", "jem"},
                    {"in_force_on", "2025-7-1"},
                    {"agency", "Harris County"}
                }) {
            given().queryParam(bad[0], bad[1])
                    .when()
                    .get("/v1/agreements")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("parameter", is(bad[0]));
        }
        given().when().get("/v1/agreements/no-such-agreement").then().statusCode(404);
        // a misspelled filter is an error, not every agreement
        given().queryParam("stat", "TX")
                .when()
                .get("/v1/agreements")
                .then()
                .statusCode(400)
                .body("parameter", is("stat"));
    }

    @Test
    void theAgreementsAreADataSetInTheDownloadsTheDataPackageAndDcat() {
        String csv =
                given().when()
                        .get("/v1/datasets/agreements.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        // a header and one line per agreement (no field of the seed spans lines): 859 of ICE's
        // sheets of 2025 and 15 listed only on its web page of 2021-2024
        assertEquals(875, csv.lines().count());
        given().when()
                .get("/v1/datapackage.json")
                .then()
                .statusCode(200)
                .body("resources.name", hasItem("agreements"));
        given().when()
                .get("/v1/data.json")
                .then()
                .statusCode(200)
                .body("dataset.title", hasItem(containsString("287(g) agreements")));
    }

    @Test
    void aConditionalGetOfTheSameReleaseIsNotModified() {
        String url = "/v1/agreements?state=TX&in_force_on=2025-07-01";
        String etag = given().when().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
    }

    @Test
    void csvHasOneLinePerAgreement() {
        String csv =
                given().queryParam("agency", "al-colbert-county-sheriffs-office")
                        .queryParam("format", "csv")
                        .when()
                        .get("/v1/agreements")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertEquals(true, lines.get(0).startsWith("id,agency_id,agency,"), lines.get(0));
    }
}

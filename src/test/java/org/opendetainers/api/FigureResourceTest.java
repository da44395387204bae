package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.CsvRows;

@QuarkusTest
class FigureResourceTest {

    @Test
    void nypdReceived1526DetainersIn2017AndHonoredNone() {
        given().queryParam("jurisdiction", "nyc")
                .queryParam("agency", "nypd")
                .queryParam("measure", "detainers_received")
                .queryParam("from", "2017-01-01")
                .queryParam("to", "2017-12-31")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body(
                        "data.findAll { it.period_start == '2017-01-01' && it.period_end == '2017-12-31' }.value",
                        everyItem(is(1526)))
                .body(
                        "data.findAll { it.period_start == '2017-01-01' && it.period_end == '2017-12-31' }.source_id",
                        hasItem("seed-004"))
                .body("data.measure", everyItem(equalTo("detainers_received")))
                .body("data.agency", everyItem(equalTo("nypd")))
                .body("release.id", notNullValue())
                .body("release.published_at", notNullValue())
                .body("page.limit", is(100));
        given().queryParam("agency", "nypd")
                .queryParam("measure", "detainers_honored")
                .queryParam("from", "2017-01-01")
                .queryParam("to", "2017-12-31")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(200)
                .body(
                        "data.find { it.period_start == '2017-01-01' && it.period_end == '2017-12-31' }.value",
                        is(0));
    }

    @Test
    void figuresCarryTheirQualifierAsAFlagNotInTheNumber() {
        given().queryParam("measure", "removals")
                .queryParam("from", "2018-01-01")
                .queryParam("to", "2018-06-30")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(200)
                .body("data.find { it.source_id == 'seed-001' }.value", is(2600))
                .body("data.find { it.source_id == 'seed-001' }.qualifier", is("approximate"))
                .body("data.find { it.source_id == 'seed-001' }.approximate", is(true));
    }

    @Test
    void docFiguresFromTheSeedsAreThere() {
        Response r =
                given().queryParam("agency", "nyc-doc")
                        .queryParam("limit", 1000)
                        .when()
                        .get("/v1/figures");
        r.then().statusCode(200);
        List<Map<String, Object>> rows = r.jsonPath().getList("data");
        assertTrue(
                rows.stream()
                        .anyMatch(
                                f ->
                                        "transfers_to_ice".equals(f.get("measure"))
                                                && Integer.valueOf(3080).equals(f.get("value"))
                                                && "2012-10-01".equals(f.get("period_start"))
                                                && "2013-09-30".equals(f.get("period_end"))),
                "3,080 transfers Oct 2012–Sep 2013");
        assertTrue(
                rows.stream()
                        .anyMatch(
                                f ->
                                        Integer.valueOf(904).equals(f.get("value"))
                                                && "2013-07-01".equals(f.get("period_start"))),
                "904 hold requests Jul–Sep 2013");
        assertTrue(
                rows.stream()
                        .anyMatch(
                                f ->
                                        Integer.valueOf(331).equals(f.get("value"))
                                                && "detainers_declined".equals(f.get("measure"))),
                "331 declined");
    }

    @Test
    void pagingVisitsEveryRowOnceInOrder() {
        List<String> all =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/figures")
                        .jsonPath()
                        .getList("data.id");
        assertTrue(all.size() > 20, "the seed has more than 20 figures");

        List<String> paged = new ArrayList<>();
        String url = "/v1/figures?limit=7";
        int pages = 0;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url);
            page.then().statusCode(200).body("page.limit", is(7));
            paged.addAll(page.jsonPath().getList("data.id"));
            String next = page.jsonPath().getString("page.next");
            if (next != null) {
                assertEquals("<" + next + ">; rel=\"next\"", page.header("Link"));
                assertTrue(
                        next.contains("release=" + page.jsonPath().getString("release.id")),
                        "next pins the release");
            } else {
                assertEquals(null, page.header("Link"));
            }
            url = next;
            pages++;
        }
        assertEquals(all, paged);
        assertEquals((all.size() + 6) / 7, pages);
        assertEquals(all.size(), new HashSet<>(paged).size());
    }

    @Test
    void csvHasTheSameRowsAsJson() {
        List<String> ids =
                given().queryParam("agency", "nypd")
                        .when()
                        .get("/v1/figures")
                        .jsonPath()
                        .getList("data.id");
        String csv =
                given().queryParam("agency", "nypd")
                        .queryParam("format", "csv")
                        .when()
                        .get("/v1/figures")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/csv"))
                        .extract()
                        .asString();
        String[] lines = csv.split("\r\n");
        assertEquals(
                "id,measure,jurisdiction,agency,period_start,period_end,fiscal_year_basis,value,qualifier,approximate,verification,source_id,other_source_figure_ids,note,how_to_cite",
                lines[0]);
        assertEquals(ids.size() + 1, lines.length);
        assertTrue(csv.endsWith("\r\n"));
        String byAccept =
                given().accept("text/csv")
                        .queryParam("agency", "nypd")
                        .when()
                        .get("/v1/figures")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/csv"))
                        .extract()
                        .asString();
        assertEquals(csv, byAccept);
        for (String id : ids) {
            assertTrue(csv.contains(id), id);
        }
        for (String[] row : CsvRows.parse(csv)) {
            assertEquals(15, row.length, String.join(",", row));
        }
        // every figure, nulls included (e.g. a figure without agency or note), keeps its columns
        for (String[] row :
                CsvRows.parse(
                        given().queryParam("format", "csv")
                                .queryParam("limit", 1000)
                                .when()
                                .get("/v1/figures")
                                .asString())) {
            assertEquals(15, row.length, String.join(",", row));
        }
    }

    @Test
    void conditionalGetAnswers304() {
        Response first = given().queryParam("measure", "removals").when().get("/v1/figures");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=300");
        String etag = first.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag)
                .queryParam("measure", "removals")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        // a different query has a different ETag
        String other =
                given().queryParam("measure", "removals_without_conviction")
                        .when()
                        .get("/v1/figures")
                        .header("ETag");
        assertTrue(!etag.equals(other));
        // and so has the CSV of the same query
        String csv =
                given().queryParam("measure", "removals")
                        .queryParam("format", "csv")
                        .when()
                        .get("/v1/figures")
                        .header("ETag");
        assertTrue(!etag.equals(csv));
    }

    @Test
    void aFigureCarriesAReadyCitationWithItsPermanentUrl() {
        String release =
                given().when().get("/v1/figures?limit=1").jsonPath().getString("release.id");
        String sourceCitation =
                given().when().get("/v1/sources/seed-004").jsonPath().getString("citation");
        given().when()
                .get("/v1/figures/nypd-detainers-received-2017-seed004")
                .then()
                .statusCode(200)
                .body("how_to_cite", startsWith("OpenDetainers. ("))
                .body(
                        "how_to_cite",
                        containsString(
                                "New York City Police Department, 2017-01-01 to 2017-12-31: 1,526"))
                .body("how_to_cite", containsString("[Data set, release " + release + "]"))
                .body(
                        "how_to_cite",
                        containsString(
                                "/v1/figures/nypd-detainers-received-2017-seed004?release="
                                        + release))
                .body("how_to_cite", containsString("Original source: " + sourceCitation));
        given().queryParam("measure", "removals")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(200)
                .body(
                        "data.find { it.source_id == 'seed-001' }.how_to_cite",
                        containsString("2,600 (approximate)"));
    }

    @Test
    void oneFigureAndUnknownId() {
        String id =
                given().queryParam("limit", 1)
                        .when()
                        .get("/v1/figures")
                        .jsonPath()
                        .getString("data[0].id");
        given().when()
                .get("/v1/figures/" + id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("value", notNullValue());
        given().when()
                .get("/v1/figures/no-such-figure")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", containsString("no-such-figure"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Map<String, String> bad =
                Map.of(
                        "from", "2017-13-01",
                        "to", "yesterday",
                        "measure", "deportations",
                        "agency", "lapd",
                        "limit", "1001",
                        "format", "xml",
                        "cursor", "not-a-cursor",
                        "colour", "blue");
        bad.forEach(
                (param, value) ->
                        given().queryParam(param, value)
                                .when()
                                .get("/v1/figures")
                                .then()
                                .statusCode(400)
                                .contentType("application/problem+json")
                                .body("status", is(400))
                                .body("parameter", is(param))
                                .body("type", startsWith("urn:opendetainers:problem:"))
                                .body(
                                        "detail",
                                        anyOf(containsString(value), containsString(param))));
        given().queryParam("limit", "0")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(400)
                .body("parameter", is("limit"));
        given().queryParam("limit", "ten")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(400)
                .body("parameter", is("limit"));
        given().queryParam("from", "2018-01-01")
                .queryParam("to", "2017-01-01")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(400)
                .body("parameter", is("to"));
        given().queryParam("limit", "5")
                .queryParam("limit", "6")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(400)
                .body("parameter", is("limit"));
        given().queryParam("release", "1999-01-01")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(404)
                .body("parameter", is("release"));
        given().accept("application/xml")
                .when()
                .get("/v1/figures")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        given().when()
                .post("/v1/figures")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
        given().when()
                .get("/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void corsIsOpenForReads() {
        given().header("Origin", "https://dashboard.example.org")
                .when()
                .get("/v1/figures?limit=1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/v1/figures")
                .then()
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void everyFigureHasAPeriodAndAValue() {
        List<Map<String, Object>> rows =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/figures")
                        .jsonPath()
                        .getList("data");
        Set<String> measures =
                new HashSet<>(given().when().get("/v1/measures").jsonPath().getList("data.id"));
        for (Map<String, Object> f : rows) {
            assertNotNull(f.get("period_start"), f.toString());
            assertTrue(((Integer) f.get("value")) >= 0, f.toString());
            assertTrue(measures.contains(f.get("measure")), f.toString());
        }
        given().when().get("/v1/figures?limit=1").then().body("page.next", notNullValue());
        given().when().get("/v1/figures?limit=1000").then().body("page.next", nullValue());
    }
}

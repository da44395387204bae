package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jurisdictions, agencies, sources, measures, and the integrity of the references between them. */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void jurisdictionsIncludeNycAndTheCitiesTheSeedsCompareWith() {
        given().when()
                .get("/v1/jurisdictions")
                .then()
                .statusCode(200)
                .body("data.id", hasItems("nyc", "chicago", "dc"))
                .body("data.find { it.id == 'nyc' }.kind", is("city"))
                .body("data.find { it.id == 'nyc' }.state", is("NY"));
        given().when()
                .get("/v1/jurisdictions/nyc")
                .then()
                .statusCode(200)
                .body("name", is("New York City"));
        given().queryParam("kind", "county")
                .when()
                .get("/v1/jurisdictions")
                .then()
                .statusCode(200)
                .body("data.kind", everyItem(is("county")));
        given().queryParam("kind", "galaxy")
                .when()
                .get("/v1/jurisdictions")
                .then()
                .statusCode(400)
                .body("parameter", is("kind"));
    }

    @Test
    void agenciesOfNyc() {
        given().queryParam("jurisdiction", "nyc")
                .when()
                .get("/v1/agencies")
                .then()
                .statusCode(200)
                .body("data.id", hasItems("nypd", "nyc-doc"))
                .body("data.jurisdiction", everyItem(is("nyc")));
        given().when()
                .get("/v1/agencies/nyc-doc")
                .then()
                .statusCode(200)
                .body("name", containsString("Correction"));
        given().queryParam("jurisdiction", "atlantis")
                .when()
                .get("/v1/agencies")
                .then()
                .statusCode(400)
                .body("parameter", is("jurisdiction"));
    }

    @Test
    void sourcesHaveCitationsAndTheSeedsAreAmongThem() {
        given().queryParam("limit", 1000)
                .when()
                .get("/v1/sources")
                .then()
                .statusCode(200)
                .body(
                        "data.id",
                        hasItems("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"))
                .body("data.citation", everyItem(notNullValue()));
        given().when()
                .get("/v1/sources/seed-004")
                .then()
                .statusCode(200)
                .body("published_on", is("2018-02-10"))
                .body("citation", containsString("(2018, February 10)"));
    }

    @Test
    void everyFigureAndPolicyReferencesAnExistingSource() {
        Set<String> sources =
                new HashSet<>(
                        given().queryParam("limit", 1000)
                                .when()
                                .get("/v1/sources")
                                .jsonPath()
                                .getList("data.id"));
        List<Map<String, Object>> figures =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/figures")
                        .jsonPath()
                        .getList("data");
        List<Map<String, Object>> policies =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/policies")
                        .jsonPath()
                        .getList("data");
        assertTrue(!figures.isEmpty() && !policies.isEmpty());
        for (Map<String, Object> f : figures) {
            assertTrue(
                    sources.contains(f.get("source_id")),
                    "figure " + f.get("id") + " cites " + f.get("source_id"));
        }
        for (Map<String, Object> p : policies) {
            List<?> ids = (List<?>) p.get("source_ids");
            assertTrue(!ids.isEmpty(), "policy " + p.get("id") + " cites a source");
            for (Object id : ids) {
                assertTrue(sources.contains(id), "policy " + p.get("id") + " cites " + id);
            }
        }
    }

    @Test
    void measuresIncludeTheContractVocabulary() {
        given().when()
                .get("/v1/measures")
                .then()
                .statusCode(200)
                .body(
                        "data.id",
                        hasItems(
                                "detainers_received",
                                "detainers_honored",
                                "detainers_declined",
                                "transfers_to_ice",
                                "removals",
                                "removals_without_conviction"));
    }

    @Test
    void releasesDescribeThemselves() {
        String current =
                given().when().get("/v1/figures?limit=1").jsonPath().getString("release.id");
        given().when()
                .get("/v1/releases")
                .then()
                .statusCode(200)
                .body("data.id", hasItem(current))
                .body("data[0].source_checksums.'figures.csv'", notNullValue());
        given().when()
                .get("/v1/releases/" + current)
                .then()
                .statusCode(200)
                .body("id", is(current))
                .body("row_counts.figure", notNullValue())
                .body("source_checksums.'policies.csv'", notNullValue())
                .body("changes.tables.figure.added", notNullValue());
        given().when()
                .get("/v1/releases/" + current)
                .then()
                .body(
                        "how_to_cite",
                        containsString(
                                "OpenDetainers data set [Data set, release " + current + "]"))
                .body("how_to_cite", containsString("/v1/releases/" + current));
        given().when()
                .get("/v1/releases/" + current + "/changes")
                .then()
                .statusCode(200)
                .body("tables.figure", notNullValue())
                .body("detainer_stats.added", notNullValue());
        given().when()
                .get("/v1/releases/1999-01-01")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .get("/v1/releases/1999-01-01/changes")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndMetrics() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'published release' }.status", is("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
    }
}

package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

    @Test
    void localLaws58And59WereInForceOnNewYearsDay2015() {
        given().queryParam("jurisdiction", "nyc")
                .queryParam("in_force_on", "2015-01-01")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", hasItems("nyc-ll-58-2014", "nyc-ll-59-2014"))
                // the laws they replaced had ended on 2014-12-14
                .body("data.id", not(hasItem("nyc-ll-22-2013")))
                .body("data.id", not(hasItem("nyc-ll-21-2013")))
                .body("data.id", not(hasItem("nyc-eo-50-2025")));
    }

    @Test
    void inForceOnIsADateQuery() {
        given().queryParam("jurisdiction", "nyc")
                .queryParam("in_force_on", "2012-06-01")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", hasItem("nyc-ll-62-2011"))
                .body("data.id", not(hasItem("nyc-ll-58-2014")));
        // the day a policy ends it is no longer in force; its successor is
        given().queryParam("in_force_on", "2014-12-14")
                .when()
                .get("/v1/policies")
                .then()
                .body("data.id", hasItem("nyc-ll-58-2014"))
                .body("data.id", not(hasItem("nyc-ll-22-2013")));
        given().queryParam("in_force_on", "2014-12-13")
                .when()
                .get("/v1/policies")
                .then()
                .body("data.id", hasItem("nyc-ll-22-2013"))
                .body("data.id", not(hasItem("nyc-ll-58-2014")));
        given().queryParam("in_force_on", "2015-13-01")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(400)
                .body("parameter", is("in_force_on"));
    }

    @Test
    void stateFilterKeepsThePoliciesOfTheJurisdictionsOfThatState() {
        // the jurisdictions of Illinois in /v1/jurisdictions: the state, Cook County and Chicago
        List<String> illinois =
                given().queryParam("limit", 1000)
                        .get("/v1/jurisdictions")
                        .jsonPath()
                        .getList("data.findAll { it.state == 'IL' }.id", String.class);
        assertEquals(
                List.of("chicago", "cook-county", "illinois"), illinois.stream().sorted().toList());
        List<Map<String, Object>> all =
                given().queryParam("limit", 1000).get("/v1/policies").jsonPath().getList("data");
        List<String> expected =
                all.stream()
                        .filter(p -> illinois.contains(p.get("jurisdiction")))
                        .map(p -> (String) p.get("id"))
                        .toList();
        List<String> got =
                given().queryParam("state", "IL")
                        .queryParam("limit", 1000)
                        .get("/v1/policies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data.id", String.class);
        assertEquals(expected, got, "the same policies, in the same timeline order");
        assertTrue(
                got.containsAll(
                        List.of(
                                "illinois-trust-act-2017",
                                "chicago-welcoming-city-2012",
                                "cook-county-detainer-ordinance-2011")),
                got.toString());
        // Texas on 2017-09-01: SB 4 took effect that day
        given().queryParam("state", "TX")
                .queryParam("in_force_on", "2017-09-01")
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", hasItem("texas-sb-4-2017"))
                .body("data.jurisdiction", not(hasItem("nyc")));
        // a state with no jurisdiction: no policy; a state that is not a code: 400
        given().queryParam("state", "WY")
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data", Matchers.empty());
        given().queryParam("state", "tx")
                .get("/v1/policies")
                .then()
                .statusCode(400)
                .body("parameter", is("state"));
    }

    @Test
    void agencyFilterKeepsPoliciesNamingItOrApplyingToAll() {
        List<Map<String, Object>> rows =
                given().queryParam("agency", "nypd")
                        .queryParam("in_force_on", "2017-06-01")
                        .when()
                        .get("/v1/policies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data");
        assertTrue(rows.stream().anyMatch(p -> p.get("id").equals("nyc-ll-59-2014")));
        assertTrue(
                rows.stream().noneMatch(p -> p.get("id").equals("nyc-ll-58-2014")),
                "LL 58 governs the DOC only");
        for (Map<String, Object> p : rows) {
            List<?> agencies = (List<?>) p.get("agencies");
            assertTrue(agencies.isEmpty() || agencies.contains("nypd"), p.get("id").toString());
        }
    }

    @Test
    void timelineIsOrderedByTheDateInForceAndPagesCleanly() {
        List<Map<String, Object>> all =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/policies")
                        .jsonPath()
                        .getList("data");
        String previous = "";
        for (Map<String, Object> p : all) {
            String from =
                    (String)
                            (p.get("effective_on") != null
                                    ? p.get("effective_on")
                                    : p.get("adopted_on"));
            // a policy with no known date is in force on no date and comes last
            from = from == null ? "undated" : from;
            assertTrue(from.compareTo(previous) >= 0, "timeline order at " + p.get("id"));
            previous = from;
        }
        List<Object> paged = new ArrayList<>();
        String url = "/v1/policies?limit=4";
        while (url != null) {
            var page = given().urlEncodingEnabled(false).when().get(url).jsonPath();
            paged.addAll(page.getList("data.id"));
            url = page.getString("page.next");
        }
        assertEquals(all.stream().map(p -> p.get("id")).toList(), paged);
    }

    @Test
    void onePolicyWithTypedProvisions() {
        given().when()
                .get("/v1/policies/nyc-ll-59-2014")
                .then()
                .statusCode(200)
                .body("id", is("nyc-ll-59-2014"))
                .body("kind", is("local_law"))
                .body("jurisdiction", is("nyc"))
                .body("adopted_on", is("2014-11-14"))
                .body("effective_on", is("2014-12-14"))
                .body("ended_on", nullValue())
                .body("provisions.requires_judicial_warrant", is(true))
                .body("provisions.conviction_lookback_years", is(5))
                .body("provisions.covered_offense_count", is(170))
                .body("provisions.terrorist_watchlist_exception", is(true))
                .body("agencies", hasItem("nypd"))
                .body("source_ids.size()", Matchers.greaterThan(0));
        given().when()
                .get("/v1/policies/nyc-offense-list-expansion-2019")
                .then()
                .statusCode(200)
                .body("provisions.covered_offense_count", is(177))
                .body("effective_on", nullValue())
                .body("effective_on_precision", is("unknown"))
                .body("note", containsString("no notice of adoption was found"));
        given().when()
                .get("/v1/policies/nyc-ll-99-2014")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String release =
                given().when().get("/v1/policies?limit=1").jsonPath().getString("release.id");
        given().when()
                .get("/v1/policies/nyc-ll-58-2014")
                .then()
                .body("how_to_cite", containsString("Local Law 58 of 2014"))
                .body(
                        "how_to_cite",
                        containsString("/v1/policies/nyc-ll-58-2014?release=" + release))
                .body("how_to_cite", containsString("Original source: "));
    }

    @Test
    void policiesAsCsvFlattenProvisions() {
        String csv =
                given().queryParam("format", "csv")
                        .queryParam("jurisdiction", "nyc")
                        .when()
                        .get("/v1/policies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        String header = csv.substring(0, csv.indexOf("\r\n"));
        assertTrue(header.contains("provisions.requires_judicial_warrant"), header);
        assertTrue(header.contains("source_ids"), header);
        assertTrue(csv.contains("nyc-ll-58-2014"));
    }

    @Test
    void texasSb4TookEffectOnTheFirstOfSeptember2017() {
        // Texas Legislature Online, enrolled bill summary of SB 4 (85R): "Effective: 9-1-17"
        given().when()
                .get("/v1/policies/texas-sb-4-2017")
                .then()
                .statusCode(200)
                .body("kind", is("statute"))
                .body("jurisdiction", is("texas"))
                .body("adopted_on", is("2017-05-07"))
                .body("effective_on", is("2017-09-01"))
                .body("effective_on_precision", is("day"))
                .body("ended_on", nullValue())
                .body("source_ids", hasItem("texas-sb-4-85r-enrolled-summary"));
        given().queryParam("jurisdiction", "texas")
                .queryParam("in_force_on", "2017-08-31")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", not(hasItem("texas-sb-4-2017")));
        given().queryParam("jurisdiction", "texas")
                .queryParam("in_force_on", "2017-09-01")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", hasItem("texas-sb-4-2017"));
    }

    @Test
    void lunnIsACourtRulingDecidedOn24July2017() {
        given().when()
                .get("/v1/policies/lunn-v-commonwealth-2017")
                .then()
                .statusCode(200)
                .body("kind", is("court_ruling"))
                .body("jurisdiction", is("massachusetts"))
                .body("adopted_on", is("2017-07-24"))
                .body("adopted_on_precision", is("day"))
                .body("effective_on", is("2017-07-24"))
                .body("source_ids", hasItem("mass-sjc-lunn-v-commonwealth"));
        given().queryParam("kind", "court_ruling")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", hasItem("lunn-v-commonwealth-2017"))
                .body("data.kind", Matchers.everyItem(is("court_ruling")));
    }

    @Test
    void datesKnownOnlyToTheYearOrMonthKeepTheirPrecision() {
        // Oregon DOJ: "a sanctuary state since 1987" gives the year only
        given().when()
                .get("/v1/policies/oregon-ors-181a-820-1987")
                .then()
                .statusCode(200)
                .body("adopted_on_precision", is("year"))
                .body("effective_on", nullValue());
        // New Jersey Directive 2018-6: issued 2018-11-29, "goes into effect in March 2019"
        given().when()
                .get("/v1/policies/new-jersey-ag-directive-2018-6")
                .then()
                .statusCode(200)
                .body("adopted_on", is("2018-11-29"))
                .body("adopted_on_precision", is("day"))
                .body("effective_on_precision", is("month"));
    }

    @Test
    void unknownKindIsRejected() {
        given().queryParam("kind", "treaty")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(400)
                .body("parameter", is("kind"))
                .body("detail", containsString("local_law"));
    }
}

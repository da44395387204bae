package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.CsvRows;

/**
 * The facts DATA-AUDIT.md corrected, as the published API answers them (the seed import of
 * data-seed/).
 */
@QuarkusTest
class DataTruthTest {

    @Test
    void executiveOrders34And41AreBothInForceInMid2010() {
        given().queryParam("jurisdiction", "nyc")
                .queryParam("in_force_on", "2010-06-01")
                .when()
                .get("/v1/policies")
                .then()
                .statusCode(200)
                .body("data.id", hasItems("nyc-eo-34-2003", "nyc-eo-41-2003"))
                .body("data.id", not(hasItem("nyc-eo-124-1989")));
        given().when()
                .get("/v1/policies/nyc-eo-34-2003")
                .then()
                .statusCode(200)
                .body("ended_on", nullValue())
                .body("superseded_by", nullValue());
        // Koch's EO 124 was revoked by EO 34, and a listed source says so
        given().when()
                .get("/v1/policies/nyc-eo-124-1989")
                .then()
                .statusCode(200)
                .body("superseded_by", is("nyc-eo-34-2003"))
                .body("superseded_by_source_id", is("nynewsnetwork-2003-eo-124"))
                .body("source_ids", hasItem("nynewsnetwork-2003-eo-124"));
    }

    @Test
    void the2019OffenseListExpansionIsInForceOnNoDate() {
        String id = "nyc-offense-list-expansion-2019";
        given().when()
                .get("/v1/policies/" + id)
                .then()
                .statusCode(200)
                .body("adopted_on", nullValue())
                .body("effective_on", nullValue())
                .body("adopted_on_precision", is("unknown"))
                .body("effective_on_precision", is("unknown"));
        // every first of the month from the announcement to today
        for (LocalDate d = LocalDate.of(2019, 5, 1);
                d.isBefore(LocalDate.now());
                d = d.plusMonths(1)) {
            List<String> inForce =
                    given().queryParam("in_force_on", d.toString())
                            .queryParam("limit", 200)
                            .when()
                            .get("/v1/policies")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("data.id");
            assertFalse(inForce.contains(id), "in force on " + d);
            assertTrue(inForce.contains("nyc-ll-58-2014"), "the 2014 list is in force on " + d);
        }
        // it is still listed, last in the timeline, and paging reaches it
        List<String> all = new ArrayList<>();
        String next = "/v1/policies?limit=4";
        while (next != null) {
            var page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("data.id"));
            next = page.getString("page.next");
            if (next != null) {
                next = next.substring(next.indexOf("/v1/"));
            }
        }
        assertEquals(all.size(), all.stream().distinct().count(), all.toString());
        assertEquals(id, all.get(all.size() - 1), all.toString());
        int total =
                given().queryParam("limit", 200)
                        .when()
                        .get("/v1/policies")
                        .jsonPath()
                        .getList("data")
                        .size();
        assertEquals(total, all.size());
    }

    @Test
    void cookCounty721IsAYearToDateCountFromWbez() {
        given().when()
                .get("/v1/figures/cook-county-sheriff-transfers-to-ice-2011")
                .then()
                .statusCode(200)
                .body("value", is(721))
                .body("period_start", is("2011-01-01"))
                .body("period_end", is("2011-09-09"))
                .body("source_id", is("wbez-2011-09-county-starts-freeing"))
                .body("verification", is("primary"));
        given().when()
                .get("/v1/sources/wbez-2011-09-county-starts-freeing")
                .then()
                .statusCode(200)
                .body("publisher", is("WBEZ"));
        given().when()
                .get("/v1/figures/cook-county-sheriff-transfers-to-ice-2010")
                .then()
                .statusCode(200)
                .body("value", is(1665))
                .body("source_id", is("wbez-2011-09-county-starts-freeing"));
    }

    @Test
    void nypd2016Has79And80SideBySideEachWithItsSourceAndLinked() {
        List<Map<String, Object>> rows =
                given().queryParam("agency", "nypd")
                        .queryParam("measure", "detainers_received")
                        .queryParam("from", "2016-01-01")
                        .queryParam("to", "2016-12-31")
                        .when()
                        .get("/v1/figures")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data");
        Map<Integer, List<Map<String, Object>>> byValue =
                rows.stream().collect(Collectors.groupingBy(r -> (Integer) r.get("value")));
        assertTrue(byValue.containsKey(79) && byValue.containsKey(80), rows.toString());
        Map<String, Object> seventyNine = byValue.get(79).get(0);
        for (Map<String, Object> eighty : byValue.get(80)) {
            assertTrue(!eighty.get("source_id").equals(seventyNine.get("source_id")));
            assertTrue(
                    ((List<?>) seventyNine.get("other_source_figure_ids"))
                            .contains(eighty.get("id")),
                    seventyNine.toString());
            assertTrue(
                    ((List<?>) eighty.get("other_source_figure_ids"))
                            .contains(seventyNine.get("id")),
                    eighty.toString());
        }
        for (Map<String, Object> r : rows) {
            given().when().get("/v1/sources/" + r.get("source_id")).then().statusCode(200);
            assertTrue(r.get("verification") != null, r.toString());
        }
        // a figure is never linked to itself, nor to another figure of its own source
        for (Map<String, Object> r : rows) {
            for (Object other : (List<?>) r.get("other_source_figure_ids")) {
                assertTrue(!other.equals(r.get("id")));
                given().when()
                        .get("/v1/figures/" + other)
                        .then()
                        .statusCode(200)
                        .body("source_id", not(is(r.get("source_id"))))
                        .body("period_start", is(r.get("period_start")))
                        .body("period_end", is(r.get("period_end")));
            }
        }
    }

    @Test
    void nypdEarly2017Has107And109Linked() {
        given().when()
                .get("/v1/figures/nypd-detainers-received-2017-01-to-2017-04-nydn")
                .then()
                .statusCode(200)
                .body("value", is(107))
                .body(
                        "other_source_figure_ids",
                        hasItem("nypd-detainers-received-2017-01-to-2017-04-byrne"));
        given().when()
                .get("/v1/figures/nypd-detainers-received-2017-01-to-2017-04-byrne")
                .then()
                .statusCode(200)
                .body("value", is(109))
                .body(
                        "other_source_figure_ids",
                        hasItem("nypd-detainers-received-2017-01-to-2017-04-nydn"));
        given().when()
                .get("/v1/sources/press-2017-04-03-byrne")
                .then()
                .body("publisher", is("New York Post"));
    }

    @Test
    void theNationalSeriesFy2012ToFy2017IsComplete() {
        List<Map<String, Object>> rows =
                given().queryParam("jurisdiction", "united-states")
                        .queryParam("measure", "detainers_issued")
                        .queryParam("limit", 200)
                        .when()
                        .get("/v1/figures")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data");
        for (int fy = 2012; fy <= 2017; fy++) {
            String start = (fy - 1) + "-10-01";
            String end = fy + "-09-30";
            List<Map<String, Object>> year =
                    rows.stream()
                            .filter(
                                    r ->
                                            r.get("period_start").equals(start)
                                                    && r.get("period_end").equals(end))
                            .toList();
            assertTrue(
                    year.stream().anyMatch(r -> "trac-report-511".equals(r.get("source_id"))),
                    "FY" + fy + ": " + year);
            year.forEach(r -> assertEquals("federal", r.get("fiscal_year_basis")));
        }
        // TRAC's two counts of FY2012 are kept side by side and linked
        given().when()
                .get("/v1/figures/ice-us-detainers-issued-fy2012-trac")
                .then()
                .body("value", is(273982))
                .body(
                        "other_source_figure_ids",
                        hasItem("ice-us-detainers-issued-fy2012-trac-511"));
        given().when()
                .get("/v1/figures/ice-us-detainers-issued-fy2012-trac-511")
                .then()
                .body("value", is(276181));
    }

    @Test
    void wnycDocFiguresFollowTheOctoberToSeptemberYear() {
        given().when()
                .get("/v1/figures/nyc-doc-detainers-received-fy2017-wnyc")
                .then()
                .statusCode(200)
                .body("period_start", is("2016-10-01"))
                .body("period_end", is("2017-09-30"))
                .body("fiscal_year_basis", is("federal"))
                .body("verification", is("secondary"));
        given().when()
                .get("/v1/figures/nyc-doc-detainers-honored-fy2016-wnyc")
                .then()
                .statusCode(200)
                .body("value", is(0));
    }

    @Test
    void theComptrollersDetainerCountsAreMarkedUnverified() {
        given().when()
                .get("/v1/figures/ice-nyc-detainers-issued-2018-04-comptroller")
                .then()
                .body("verification", is("unverified"));
        given().when()
                .get(
                        "/v1/figures/ice-nyc-detainers-issued-monthly-average-fy2016-to-fy2018-comptroller")
                .then()
                .body("verification", is("unverified"));
    }

    @Test
    void iceFirstHundredDaysFiguresCarryTheWindowsTheirSourcesGive() {
        // DATA-AUDIT F1: ICE's New York City area, 2017-01-20 - 04-29 and the same days of 2016
        // (Crain's, 2017-05-18)
        for (String id :
                List.of(
                        "ice-nys-administrative-arrests-2017-01-to-2017-04-gothamist",
                        "ice-nys-administrative-arrests-non-criminal-2017-01-to-2017-04-gothamist")) {
            given().when()
                    .get("/v1/figures/" + id)
                    .then()
                    .statusCode(200)
                    .body("jurisdiction", is("nyc"))
                    .body("period_start", is("2017-01-20"))
                    .body("period_end", is("2017-04-29"));
        }
        given().when()
                .get(
                        "/v1/figures/ice-nys-administrative-arrests-non-criminal-2016-01-24-to-2016-04-30-gothamist")
                .then()
                .body("value", is(77))
                .body("period_start", is("2016-01-20"))
                .body("period_end", is("2016-04-29"))
                .body("source_id", is("crains-2017-05-18-goldensohn"));
        // DATA-AUDIT F2: ICE's national window, 2017-01-22 - 04-29, as ICE's statement gives it
        given().when()
                .get("/v1/figures/ice-us-administrative-arrests-2017-01-to-2017-04-gothamist")
                .then()
                .body("value", is(41318))
                .body("period_start", is("2017-01-22"))
                .body("period_end", is("2017-04-29"))
                .body("source_id", is("theblaze-2017-05-18-ice-100-days"));
    }

    @Test
    void philadelphiaOrdersCarryTheirDaysAndReleaseNoticeLimits() {
        // DATA-AUDIT F15: Nutter's update of 2015-12-22 replaced the 2014 order; Kenney's EO
        // 5-16 of 2016-01-04 replaced the update
        given().when()
                .get("/v1/policies/philadelphia-eo-2014-04-16")
                .then()
                .statusCode(200)
                .body("ended_on", is("2015-12-22"))
                .body("ended_on_precision", is("day"))
                .body("provisions.limits_information_sharing", is(true));
        given().when()
                .get("/v1/policies/philadelphia-eo-5-16")
                .then()
                .body("adopted_on", is("2016-01-04"))
                .body("adopted_on_precision", is("day"))
                .body("provisions.limits_information_sharing", is(true));
        List<String> inForce =
                given().queryParam("jurisdiction", "philadelphia")
                        .queryParam("in_force_on", "2015-12-30")
                        .when()
                        .get("/v1/policies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data.id");
        assertEquals(List.of("philadelphia-eo-2015-12"), inForce);
        // DATA-AUDIT F9: TRAC's exact October 2015 count beside its "about 7,000"
        given().when()
                .get("/v1/figures/ice-us-detainers-issued-2015-10-trac-413")
                .then()
                .statusCode(200)
                .body("value", is(7117))
                .body("qualifier", is("exact"));
    }

    @Test
    void verificationAndLinksAreColumnsOfTheCsv() {
        List<String[]> csv =
                CsvRows.parse(
                        given().queryParam("format", "csv")
                                .queryParam("limit", 200)
                                .when()
                                .get("/v1/figures")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        List<String> header = List.of(csv.get(0));
        int verification = header.indexOf("verification");
        int links = header.indexOf("other_source_figure_ids");
        assertTrue(verification > 0 && links > 0, header.toString());
        String[] row79 =
                csv.stream()
                        .filter(
                                r ->
                                        r[0].equals(
                                                "nypd-detainers-received-2016-nypd-budget-hearing"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("secondary", row79[verification]);
        assertEquals(
                "nypd-detainers-received-2016-nypd-testimony;nypd-detainers-received-2016-seed004",
                row79[links]);
    }
}

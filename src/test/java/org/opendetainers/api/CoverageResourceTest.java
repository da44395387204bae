package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendetainers.query.CoverageQuery;
import org.opendetainers.representation.CoverageView;
import org.opendetainers.representation.CoverageView.Period;

/** GET /v1/coverage: the periods with data and the gaps between them. */
@QuarkusTest
class CoverageResourceTest {

    @Test
    void nypdDetainerRequestFiguresHaveAGapInTheFirstHalfOf2018() {
        given().queryParam("agency", "nypd")
                .queryParam("measure", "detainers_received")
                .when()
                .get("/v1/coverage")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].kind", is("figures"))
                .body("data[0].jurisdiction", is("nyc"))
                .body("data[0].first_day", is("2016-01-01"))
                .body("data[0].last_day", is("2023-06-30"))
                // 2016 and 2017 touch: one period; then the city fiscal years 2019 and 2023
                .body(
                        "data[0].periods.period_start",
                        is(List.of("2016-01-01", "2018-07-01", "2022-07-01")))
                .body(
                        "data[0].periods.period_end",
                        is(List.of("2017-12-31", "2019-06-30", "2023-06-30")))
                .body("data[0].gaps.period_start", is(List.of("2018-01-01", "2019-07-01")))
                .body("data[0].gaps.period_end", is(List.of("2018-06-30", "2022-06-30")));
    }

    @Test
    void detainerStatisticsCoverTheExtractsMonths() {
        given().queryParam("agency", "nypd")
                .queryParam("measure", "detainers")
                .when()
                .get("/v1/coverage")
                .then()
                .statusCode(200)
                .body("data[0].kind", is("detainer_stats"))
                .body("data[0].jurisdiction", is("nyc"))
                .body("data[0].first_day", is("2012-01-01"))
                .body("data[0].gaps", notNullValue());
        given().queryParam("measure", "not_a_measure")
                .when()
                .get("/v1/coverage")
                .then()
                .statusCode(400)
                .body("parameter", is("measure"));
        String csv =
                given().queryParam("format", "csv")
                        .when()
                        .get("/v1/coverage")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertEquals(
                "kind,jurisdiction,agency,measure,first_day,last_day,periods,gaps",
                csv.substring(0, csv.indexOf("\r\n")));
    }

    @Test
    void periodsThatTouchOrOverlapMergeAndTheRestAreGaps() {
        CoverageView v =
                CoverageQuery.view(
                        "figures",
                        "nyc",
                        "nyc-doc",
                        "transfers_to_ice",
                        List.of(
                                period("2013-07-01", "2013-09-30"),
                                period("2012-10-01", "2013-09-30"),
                                period("2009-07-01", "2010-06-30"),
                                period("2016-07-01", "2017-06-30"),
                                period("2015-07-01", "2016-06-30")));
        assertEquals(
                List.of(
                        period("2009-07-01", "2010-06-30"),
                        period("2012-10-01", "2013-09-30"),
                        period("2015-07-01", "2017-06-30")),
                v.periods());
        assertEquals(
                List.of(period("2010-07-01", "2012-09-30"), period("2013-10-01", "2015-06-30")),
                v.gaps());
        assertEquals(LocalDate.parse("2009-07-01"), v.firstDay());
        assertEquals(LocalDate.parse("2017-06-30"), v.lastDay());
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }
}

package org.opendetainers.traffic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.TestProfiles.TinyService;

/**
 * The limits as a client meets them, on the running service with tiny limits: one database read at
 * a time and five requests a minute per client. The test client's peer (localhost) is configured as
 * a trusted proxy, so each test names its own client in X-Forwarded-For and gets its own bucket.
 */
@QuarkusTest
@Tag("settings")
@TestProfile(TinyService.class)
class TrafficLimitsTest {

    @Inject ReadPermits permits;

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    @Test
    void everyAnswerCarriesTheRateLimitHeaders() {
        from("198.51.100.10")
                .when()
                .get("/v1/jurisdictions")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"default\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"default\";r=4;t=1[0-2]"));
        // errors too, and pages
        from("198.51.100.10")
                .when()
                .get("/v1/figures?limit=0")
                .then()
                .statusCode(400)
                .header("RateLimit", matchesPattern("\"default\";r=3;t=2[0-4]"));
        from("198.51.100.10")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .header("RateLimit", matchesPattern("\"default\";r=2;t=\\d+"));
    }

    @Test
    void overTheLimitA429ProblemWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            from("198.51.100.20").when().get("/v1/status").then().statusCode(200);
        }
        from("198.51.100.20")
                .when()
                .get("/v1/status")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                // a request comes back every 12 s; the five took some of that already
                .header("Retry-After", matchesPattern("[1-9]|1[0-2]"))
                .header("RateLimit-Policy", "\"default\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"default\";r=0;t=(4[89]|5\\d|60)"))
                .body("type", is("urn:opendetainers:problem:rate-limited"))
                .body("status", is(429))
                .body("instance", is("/v1/status"));
        // another client is not affected
        from("198.51.100.21").when().get("/v1/status").then().statusCode(200);
        // the probes are never limited, and carry no RateLimit headers
        from("198.51.100.20")
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .header("RateLimit", nullValue());
    }

    @Test
    void theClientIsTheRightMostAddressTheTrustedProxySaw() {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.1, 198.51.100.30").when().get("/v1/status").then().statusCode(200);
        }
        // a new left part, written by the client itself, does not give it a new bucket
        from("203.0.113.99, 198.51.100.30").when().get("/v1/status").then().statusCode(429);
        // the proxy's own hop is skipped when it is trusted too
        from("198.51.100.30, 127.0.0.1").when().get("/v1/status").then().statusCode(429);
    }

    @Test
    void whenEveryDatabasePermitIsTakenAReadIsShedWith503AndRetryAfter() {
        from("198.51.100.41")
                .when()
                .get("/v1/measures?limit=3")
                .then()
                .statusCode(200); // now in the response cache
        try (ReadPermits.Permit taken = permits.acquire()) {
            Response shed = from("198.51.100.40").when().get("/v1/agencies");
            shed.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .header("RateLimit", matchesPattern("\"default\";r=4;t=\\d+"))
                    .body("type", is("urn:opendetainers:problem:overloaded"))
                    .body("instance", is("/v1/agencies"));
            // health is never shed, and neither is an answer the cache holds: it needs no database
            given().when().get("/q/health/ready").then().statusCode(200);
            from("198.51.100.41").when().get("/v1/measures?limit=3").then().statusCode(200);
        }
        // the same read, with the permit free again, is answered
        from("198.51.100.40").when().get("/v1/agencies").then().statusCode(200);
        assertEquals(0, permits.inFlight(), "the read gave its permit back");
        from("198.51.100.40").when().get("/v1/policies/no-such-policy").then().statusCode(404);
        from("198.51.100.40").when().get("/v1/figures?no_such_parameter=1").then().statusCode(400);
        assertEquals(0, permits.inFlight(), "reads that failed gave their permits back");
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("opendetainers_reads_shed_total"))
                .body(containsString("opendetainers_reads_in_flight"))
                .body(containsString("opendetainers_requests_rate_limited_total"));
    }

    @Test
    void aPageIsRenderedUnderAPermitOnceThenAnsweredFromTheCache() {
        Response rendered = from("198.51.100.50").when().get("/figures?agency=nypd");
        rendered.then().statusCode(200).contentType(containsString("text/html"));
        try (ReadPermits.Permit taken = permits.acquire()) {
            // the page kept: the same bytes and headers, with no database permit free
            Response kept = from("198.51.100.50").when().get("/figures?agency=nypd");
            kept.then().statusCode(200).contentType(containsString("text/html"));
            assertEquals(rendered.asString(), kept.asString());
            for (String h :
                    new String[] {
                        "ETag",
                        "Last-Modified",
                        "Cache-Control",
                        "Content-Security-Policy",
                        "X-Content-Type-Options"
                    }) {
                assertEquals(rendered.header(h), kept.header(h), h);
            }
            // a page not kept needs the database: shed, as an API read would be
            from("198.51.100.51")
                    .when()
                    .get("/stats?granularity=fiscal_year")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "1")
                    .body("type", is("urn:opendetainers:problem:overloaded"));
        }
        from("198.51.100.51").when().get("/stats?granularity=fiscal_year").then().statusCode(200);
        assertEquals(0, permits.inFlight(), "the page gave its permit back");
    }
}

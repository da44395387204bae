package org.opendetainers.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages over HTTP, without a browser: headers, caching, ?release=, markup that a strict CSP
 * allows, and the OpenAPI document.
 */
@QuarkusTest
class PagesTest {

    static final List<String> PATHS =
            List.of(
                    "/",
                    "/figures",
                    "/figures/nypd-detainers-received-2017-seed004",
                    "/policies",
                    "/policies/nyc-ll-58-2014",
                    "/stats",
                    "/facilities/sritaca",
                    "/data",
                    "/about");

    @Test
    void theStatisticsPageShowsIcesOwnCountsBeforeTheSyntheticOnes() {
        String html = given().get("/stats").then().statusCode(200).extract().asString();
        int real = html.indexOf("ICE's own counts, 2007 to 2015");
        int synthetic = html.indexOf("Statistics from record-level extracts (synthetic)");
        assertTrue(real > 0 && synthetic > real, "ICE's counts come first, the synthetic second");
        // 2011: 314,966 detainers, 156,876 with a lift reason, 279 declined (NPR's exports)
        Matcher row = Pattern.compile("<td>2011</td>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "a row for 2011");
        assertTrue(row.group(1).contains(">314,966</a>"), row.group(1));
        assertTrue(row.group(1).contains(">156,876</a>"), row.group(1));
        assertTrue(
                row.group(1)
                        .contains(
                                "/v1/ice-counts/us-lift-reason-2011-detainer-declined-by-lea\">279</a>"),
                row.group(1));
        assertTrue(
                html.contains("<td>2007-10-01 to 2007-12-31</td>"), "2007 is October to December");
    }

    @Test
    void aFacilityPageShowsItsPlaceAndItsCountsByYear() {
        String html =
                given().get("/facilities/sritaca").then().statusCode(200).extract().asString();
        assertTrue(
                html.contains("<h1>SANTA RITA JAIL</h1>") || html.contains("Santa Rita"), "name");
        assertTrue(html.contains("<dd>SRITACA</dd>"), "the facility code");
        // Alameda County (06001), as UWCHR's list names it
        assertTrue(
                html.contains(
                        "<a href=\"/v1/facilities?county=06001\">06001</a> (found because a facility list names the county)"),
                "the county");
        // 2014: 729 declined, 57 lifted for another reason (NPR's facility file)
        Matcher row = Pattern.compile("<td>2014</td>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "a row for 2014");
        assertTrue(
                row.group(1)
                        .contains(
                                "/v1/ice-counts/declined-2014-santa-rita-jail-dublin-ca\">729</a>"),
                row.group(1));
        assertTrue(
                row.group(1)
                        .contains(
                                "/v1/ice-counts/lifted-other-2014-santa-rita-jail-dublin-ca\">57</a>"),
                row.group(1));
        given().get("/facilities/no-such-facility").then().statusCode(404);
        String victoria =
                given().get("/facilities/victotx").then().statusCode(200).extract().asString();
        assertTrue(
                victoria.contains(
                        "(found because a facility list names the county; its name names the county)"),
                "both methods");
        assertTrue(
                victoria.contains(
                        "<a href=\"/v1/agreements?agency=tx-victoria-county-sheriffs-office\">tx-victoria-county-sheriffs-office</a>"),
                "the sheriff's office");
    }

    @Test
    void everyPageIsHtmlWithTheCspTheCacheHeadersAndItsRelease() {
        String release = given().get("/v1/status").then().extract().path("current_release.id");
        for (String path : PATHS) {
            Response r = given().accept("text/html").get(path);
            r.then()
                    .statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("ETag", notNullValue())
                    .header("Cache-Control", containsString("max-age="))
                    .header("OpenDetainers-Release", equalTo(release));
            String html = r.asString();
            assertTrue(
                    html.contains("class=\"release-id\">" + release + "</a>"),
                    path + " shows the release it reads");
            assertTrue(
                    html.contains("release=" + release + "\">"),
                    path + " has a permalink pinned to it");
            // nothing the CSP would block: no inline script, no inline style, no event handler
            // attribute, no other host
            Matcher script =
                    Pattern.compile("<script(?![^>]*\\bsrc=\"/static/)[^>]*>").matcher(html);
            assertFalse(
                    script.find(),
                    path + ": inline script " + (script.hitEnd() ? "" : script.group()));
            assertFalse(
                    Pattern.compile("<style|\\sstyle=\"|\\son[a-z]+=\"").matcher(html).find(),
                    path + ": inline style or handler");
            Matcher src =
                    Pattern.compile("(?:src|href)=\"(https?:)?//")
                            .matcher(
                                    html.replaceAll("<a [^>]*>", "")
                                            .replaceAll("<link rel=\"canonical\"[^>]*>", ""));
            assertFalse(src.find(), path + ": loads something from another host");
            // 304 with the same validator, as the API
            given().accept("text/html")
                    .header("If-None-Match", r.getHeader("ETag"))
                    .get(path)
                    .then()
                    .statusCode(304);
        }
    }

    @Test
    void aPinnedReleaseIsReadAndAnUnknownOneIs404() {
        String release = given().get("/v1/status").then().extract().path("current_release.id");
        given().accept("text/html")
                .queryParam("release", release)
                .get("/figures")
                .then()
                .statusCode(200)
                .body(containsString("(pinned by the address)"))
                .body(containsString("href=\"/policies?release=" + release + "\""));
        given().accept("text/html")
                .queryParam("release", "1999-01-01")
                .get("/figures")
                .then()
                .statusCode(404);
        given().accept("text/html").get("/figures/no-such-figure").then().statusCode(404);
    }

    @Test
    void theExplorerAnswers400WithTheReasonForAnUnpublishedTable() {
        given().accept("text/html")
                .queryParam("granularity", "month")
                .queryParam("group_by", "agency,outcome")
                .get("/stats")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("This combination is not published."))
                .body(
                        containsString(
                                "Months, quarters and calendar years by a dimension are not published"));
    }

    @Test
    void theStaticBundleIsFingerprintedAndCachedForLong() {
        String html = given().accept("text/html").get("/").asString();
        Matcher js =
                Pattern.compile("src=\"(/static/bundle/main-[A-Za-z0-9]+\\.js)\"").matcher(html);
        assertTrue(js.find(), "the page loads a fingerprinted bundle");
        Matcher css =
                Pattern.compile("href=\"(/static/bundle/main-[A-Za-z0-9]+\\.css)\"").matcher(html);
        assertTrue(css.find(), "the page loads a fingerprinted style sheet");
        for (String asset : List.of(js.group(1), css.group(1))) {
            given().get(asset)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", containsString("max-age=31536000"));
        }
    }

    @Test
    void pagesAreNotInTheOpenApiDocument() {
        String spec = given().accept("application/json").get("/q/openapi").asString();
        for (String path :
                List.of(
                        "\"/\"",
                        "\"/figures\"",
                        "\"/figures/{id}\"",
                        "\"/policies\"",
                        "\"/stats\"",
                        "\"/data\"",
                        "\"/about\"")) {
            assertFalse(
                    spec.contains(path + " :") || spec.contains(path + ":"),
                    path + " is in the OpenAPI document");
        }
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .body(not(containsString("org.opendetainers.pages")));
        assertEquals(200, given().accept("application/json").get("/q/openapi").statusCode());
    }
}

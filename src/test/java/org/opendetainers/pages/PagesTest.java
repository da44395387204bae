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
                    "/agreements?state=TX",
                    "/agreements/tx-aransas-county-sheriffs-office-jem",
                    "/stats",
                    "/facilities/sritaca",
                    "/map",
                    "/places/48001",
                    "/data",
                    "/about");

    @Test
    void theStatisticsPageShowsIcesOwnCountsBeforeTheSyntheticOnes() {
        // the texts are escaped as HTML: ICE's is ICE&#39;s in the markup, as a browser reads it
        String html =
                given().get("/stats")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .replace("&#39;", "'");
        int real = html.indexOf("ICE's own counts, 2007 to 2015");
        int synthetic = html.indexOf("Statistics from record-level extracts (synthetic)");
        assertTrue(real > 0 && synthetic > real, "ICE's counts come first, the synthetic second");
        // 2011: 314,966 detainers, 156,876 with a lift reason, 279 declined (NPR's exports)
        Matcher row = Pattern.compile("<td[^>]*>2011</td>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "a row for 2011");
        assertTrue(row.group(1).contains(">314,966</a>"), row.group(1));
        assertTrue(row.group(1).contains(">156,876</a>"), row.group(1));
        assertTrue(
                row.group(1)
                        .contains(
                                "/v1/ice-counts/us-lift-reason-2011-detainer-declined-by-lea\">279</a>"),
                row.group(1));
        assertTrue(html.contains(">2007-10-01 to 2007-12-31</td>"), "2007 is October to December");
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
                        "<a href=\"/v1/facilities?county=06001\">06001</a> (found because <span lang=\"en\">a facility list names the county</span>)"),
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
                        "(found because <span lang=\"en\">a facility list names the county; its name names the county</span>)"),
                "both methods");
        assertTrue(
                victoria.contains(
                        "<a href=\"/v1/agreements?agency=tx-victoria-county-sheriffs-office\">tx-victoria-county-sheriffs-office</a>"),
                "the sheriff's office");
    }

    @Test
    void theMapTakesADateAndAKindAndAPlacePageShowsItsLaws() {
        String states =
                given().get("/map?kind=state&on=2025-07-01")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(states.contains("States by what was in force on 2025-07-01"), "the states");
        assertTrue(states.contains("data-kind=\"state\""), "the map draws states");
        given().get("/map?kind=city").then().statusCode(400);
        given().get("/map?on=2025-7-1").then().statusCode(400);
        // a state's page: California and its laws, each linked to its policy page
        String california = given().get("/places/06").then().statusCode(200).extract().asString();
        assertTrue(california.contains("<h1>California</h1>"), "California");
        assertTrue(
                california.contains("href=\"/policies/california-sb-54-2017\""),
                "SB 54 on California's timeline");
        given().get("/places/99999").then().statusCode(404);
    }

    @Test
    void theMapAndThePlacePagesAreInSpanishUnderEs() {
        String map =
                given().get("/es/map?on=2025-07-01&kind=state")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(map.contains("<html lang=\"es\">"), "/es/map is Spanish");
        assertTrue(map.contains("Ley estatal que limita la cooperación"), "a Spanish legend label");
        assertTrue(map.contains("1 de julio de 2025"), "its date in Spanish words");
        assertTrue(map.contains("action=\"/es/map\""), "its form stays in Spanish");
        String place = given().get("/es/places/48001").then().statusCode(200).extract().asString();
        assertTrue(place.contains("<html lang=\"es\">"), "/es/places/48001 is Spanish");
        assertTrue(place.contains("Lo que estaba en vigor</h2>"), "a Spanish heading");
        assertTrue(
                place.contains("firmado el 18 de junio de 2025"), "the agreement's date in words");
        String spanishHome = given().get("/es").then().statusCode(200).extract().asString();
        assertTrue(spanishHome.contains(">Mapa</a>"), "the Spanish navigation's map");
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
                                            .replaceAll("<link rel=\"canonical\"[^>]*>", "")
                                            .replaceAll("<link rel=\"alternate\"[^>]*>", ""));
            assertFalse(src.find(), path + ": loads something from another host");
            // 304 with the same validator, as the API
            given().accept("text/html")
                    .header("If-None-Match", r.getHeader("ETag"))
                    .get(path)
                    .then()
                    .statusCode(304);
        }
    }

    /** An English page's path in Spanish: / → /es, /figures → /es/figures. */
    static String es(String path) {
        return path.equals("/") ? "/es" : "/es" + path;
    }

    @Test
    void everyPageIsInSpanishUnderEsWithItsAlternatesAndASwitchToTheSamePage() {
        for (String path : PATHS) {
            String en =
                    given().accept("text/html")
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            String es =
                    given().accept("text/html")
                            .get(es(path))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertTrue(en.contains("<html lang=\"en\">"), path);
            assertTrue(es.contains("<html lang=\"es\">"), es(path));
            for (String html : List.of(en, es)) {
                assertTrue(
                        html.contains(
                                "<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080"
                                        + path
                                        + "\">"),
                        path + ": hreflang en");
                assertTrue(
                        html.contains(
                                "<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost:8080"
                                        + es(path)
                                        + "\">"),
                        path + ": hreflang es");
                assertTrue(
                        html.contains(
                                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:8080"
                                        + path
                                        + "\">"),
                        path + ": x-default");
            }
            // the switch: the other language's link text, in that language, to the same page
            assertTrue(
                    en.contains(
                            "<a href=\"" + es(path) + "\" hreflang=\"es\" lang=\"es\">Español</a>"),
                    path + ": switch to Spanish");
            assertTrue(
                    es.contains("<a href=\"" + path + "\" hreflang=\"en\" lang=\"en\">English</a>"),
                    es(path) + ": switch to English");
            // the navigation stays in Spanish
            assertTrue(
                    es.contains("<a href=\"/es/figures\""), es(path) + ": navigation in Spanish");
            assertFalse(es.contains("Skip to main content"), es(path) + ": in Spanish");
            assertTrue(es.contains("Saltar al contenido principal"), es(path));
        }
        // the switch keeps the query: filters and a pinned release
        String release = given().get("/v1/status").then().extract().path("current_release.id");
        String es =
                given().accept("text/html")
                        .get("/es/figures?agency=nypd&release=" + release)
                        .asString();
        assertTrue(
                es.contains(
                        "<a href=\"/figures?agency=nypd&amp;release="
                                + release
                                + "\" hreflang=\"en\""),
                "the switch keeps the query");
        assertTrue(es.contains("action=\"/es/figures\""), "the form stays in Spanish");
        assertTrue(
                es.contains("href=\"/es/policies?release=" + release + "\""),
                "links keep the language and the release");
    }

    @Test
    void spanishPagesWriteDatesInWordsAndNumbersAsInTheUnitedStates() {
        String figure =
                given().get("/es/figures/nypd-detainers-received-2017-seed004")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(
                figure.contains(
                        "del 1 de enero de 2017 al 31 de diciembre de 2017 (ambos incluidos)"),
                "a period in words");
        assertTrue(
                figure.contains("<span class=\"big\">1,526</span>"),
                "es-US groups thousands with a comma");
        String policy =
                given().get("/es/policies/nyc-ll-58-2014")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(policy.contains("<dt>En vigor desde</dt>"), "labels in Spanish");
        assertTrue(
                policy.contains("<h1 lang=\"en\">Local Law 58 of 2014 (Int 486-2014)"),
                "a policy's title stays as published, marked English");
        String home = given().get("/es").then().statusCode(200).extract().asString();
        assertTrue(home.contains("<td>agosto de 2011</td>"), "a month in words");
        assertTrue(home.contains(">28,717</a>"), "the count as published");
        assertTrue(
                home.contains("data-x=\"2011-08\""),
                "the chart's axis reads ISO months in both languages");
        String stats =
                given().get("/es/stats?granularity=fiscal_year&group_by=outcome")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(
                stats.contains("<th scope=\"col\">resultado</th>"),
                "a dimension's name in Spanish");
        assertTrue(stats.contains(">AF2018</td>"), "a fiscal year as AF");
        assertTrue(
                stats.contains("data-label-suppressed=\"suprimida\""),
                "the chart's words come from the page");
    }

    @Test
    void englishAndSpanishNeverShareACacheEntryOrAValidator() {
        for (String path : List.of("/", "/figures?agency=nypd", "/stats", "/about")) {
            // each answered twice, in turns, so that the second of each comes from the cache
            Response en1 = given().accept("text/html").get(path);
            Response es1 = given().accept("text/html").get(es(path));
            Response en2 = given().accept("text/html").get(path);
            Response es2 = given().accept("text/html").get(es(path));
            assertTrue(
                    en1.asString().contains("<html lang=\"en\">")
                            && en2.asString().contains("<html lang=\"en\">"),
                    path + " stays English");
            assertTrue(
                    es1.asString().contains("<html lang=\"es\">")
                            && es2.asString().contains("<html lang=\"es\">"),
                    es(path) + " stays Spanish");
            assertEquals(en1.asString(), en2.asString(), path);
            assertEquals(es1.asString(), es2.asString(), es(path));
            assertFalse(
                    en1.getHeader("ETag").equals(es1.getHeader("ETag")),
                    path + ": one ETag per language");
            // the English validator does not validate the Spanish page
            given().accept("text/html")
                    .header("If-None-Match", en1.getHeader("ETag"))
                    .get(es(path))
                    .then()
                    .statusCode(200);
            given().accept("text/html")
                    .header("If-None-Match", es1.getHeader("ETag"))
                    .get(es(path))
                    .then()
                    .statusCode(304);
            // the language is in the address, not negotiated: no Vary on Accept-Language
            String vary = es1.getHeader("Vary");
            assertFalse(vary != null && vary.contains("Accept-Language"), "Vary: " + vary);
            given().accept("text/html")
                    .header("Accept-Language", "es")
                    .get(path)
                    .then()
                    .body(containsString("<html lang=\"en\">"));
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
        given().accept("text/html").get("/es/figures/no-such-figure").then().statusCode(404);
        given().accept("text/html").get("/fr/figures").then().statusCode(404);
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
                        "\"/agreements\"",
                        "\"/agreements/{id}\"",
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

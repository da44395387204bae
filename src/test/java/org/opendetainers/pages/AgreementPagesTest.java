package org.opendetainers.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.CsvRows;

/**
 * The 287(g) agreement pages over HTTP: the list and its filters against {@code /v1/agreements},
 * one agreement against its row of {@code data-seed/agreements.csv}, in English and Spanish; the
 * state filter of {@code /policies}; the links from the place and policy pages.
 */
@QuarkusTest
class AgreementPagesTest {

    static final String ARANSAS = "tx-aransas-county-sheriffs-office-jem";
    static final String ELLIS_WSO = "tx-ellis-county-sheriffs-office-wso";

    /** A row of data-seed/agreements.csv, by column name. */
    static Map<String, String> seedRow(String id) throws IOException {
        List<String[]> rows =
                CsvRows.parse(
                        Files.readString(
                                Path.of("data-seed/agreements.csv"), StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(rows.get(0));
        String[] row = rows.stream().filter(r -> r[0].equals(id)).findFirst().orElseThrow();
        return Map.of(
                "agency",
                row[header.indexOf("agency")],
                "signed_on",
                row[header.indexOf("signed_on")],
                "model",
                row[header.indexOf("model")],
                "ended_after",
                row[header.indexOf("ended_after")],
                "ended_before",
                row[header.indexOf("ended_before")]);
    }

    static String html(String path) {
        return given().accept("text/html")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace("&#39;", "'");
    }

    static JsonPath api(String query) {
        return given().urlEncodingEnabled(false)
                .get("/v1/agreements?limit=1000&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static int rows(String html) {
        Matcher m = Pattern.compile("<th scope=\"row\">").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void anAgreementPageShowsItsAgencyModelSignedDateSourcesAndCitation() throws IOException {
        Map<String, String> seed = seedRow(ARANSAS);
        assertEquals("Aransas County Sheriff's Office", seed.get("agency"));
        assertEquals("2020-06-08", seed.get("signed_on"));
        assertEquals("jail_enforcement", seed.get("model"));
        String page = html("/agreements/" + ARANSAS);
        assertTrue(page.contains("<h1 lang=\"en\">" + seed.get("agency") + "</h1>"), "agency");
        assertTrue(page.contains("287(g) agreement, jail enforcement"), "model");
        assertTrue(page.contains("<dd>" + seed.get("signed_on") + "</dd>"), "signed date");
        assertTrue(
                page.contains("none known: listed on ICE's latest list read (2025-07-18)"),
                "no end known while listed");
        assertTrue(
                page.contains(
                        "<span lang=\"en\">Aransas County</span> (<a href=\"/places/48007\">"),
                "the county, linked to its place page");
        assertTrue(page.contains("href=\"/agreements?state=TX\""), "the state's agreements");
        assertTrue(
                page.contains("ice-287g-sheet-2025-05-16-am")
                        || page.contains("Participating agencies: 287(g) program"),
                "its sources");
        String cite = given().get("/v1/agreements/" + ARANSAS).jsonPath().getString("how_to_cite");
        assertTrue(
                page.contains(cite.replace("'", "'").replace("&", "&amp;")) || page.contains(cite),
                "the API's citation");
        assertTrue(page.contains("aria-current=\"page\">Agreements</a>"), "the navigation");

        String es = html("/es/agreements/" + ARANSAS);
        assertTrue(es.contains("<html lang=\"es\">"), "Spanish");
        assertTrue(es.contains("<dd>8 de junio de 2020</dd>"), "the signed date in words");
        assertTrue(es.contains("Acuerdo 287(g), modelo de cárcel (Jail Enforcement)"), "the model");
        assertTrue(es.contains("href=\"/es/places/48007\""), "the place page in Spanish");
    }

    @Test
    void anEndKnownOnlyAsAWindowIsShownAsTheWindowNeverADay() throws IOException {
        Map<String, String> seed = seedRow(ELLIS_WSO);
        assertEquals("2025-07-11", seed.get("ended_after"));
        assertEquals("2025-07-14", seed.get("ended_before"));
        String page = html("/agreements/" + ELLIS_WSO);
        assertTrue(
                page.contains(
                        "ended after 2025-07-11 (the last of ICE's lists that shows it) and on or before 2025-07-14 (the first that does not)"),
                "the window");
        assertTrue(page.contains("<dd>no longer listed</dd>"), "status");
        // on 2025-07-12, inside the window, the list says unknown, not yes and not no
        String list = html("/agreements?state=TX&county=Ellis County&in_force_on=2025-07-12");
        assertTrue(list.contains("2 agreements match: 1 in force on 2025-07-12, 1 unknown"), list);
        Matcher row =
                Pattern.compile("href=\"/agreements/" + ELLIS_WSO + "\".*?</tr>", Pattern.DOTALL)
                        .matcher(list);
        assertTrue(row.find(), "Ellis County's warrant service officer agreement");
        assertTrue(
                row.group().contains("<strong>unknown (between ICE's lists)</strong>"),
                row.group());
        assertTrue(row.group().contains("between 2025-07-11 and 2025-07-14"), row.group());
        String esList = html("/es/agreements?state=TX&county=Ellis County&in_force_on=2025-07-12");
        assertTrue(
                esList.contains(
                        "2 acuerdos coinciden: 1 en vigor el 12 de julio de 2025, 1 desconocido ("),
                "the count in Spanish, singular");
        String es = html("/es/agreements/" + ELLIS_WSO);
        assertTrue(es.contains("el 11 de julio de 2025"), "the window in Spanish");
    }

    @Test
    void theListFiltersAsTheApiDoesCountsAndPagesByTheApisRules() {
        // Texas: 120 agreements in the seed, 100 a page (the API's default limit), by id
        List<String> texas = api("state=TX").getList("data.id", String.class);
        String first = html("/agreements?state=TX");
        assertTrue(first.contains(texas.size() + " agreements match."), "the count");
        assertTrue(first.contains("Shown: 1 to 100, sorted by id"), "what is shown");
        assertEquals(100, rows(first));
        assertTrue(
                first.indexOf("/agreements/" + texas.get(0) + "\"")
                        < first.indexOf("/agreements/" + texas.get(99) + "\""),
                "in the API's order");
        assertTrue(first.contains("href=\"/agreements/" + ARANSAS + "\""), "Aransas is listed");
        assertTrue(first.contains("<a href=\"/places/48007\">Aransas County</a>"), "its county");
        Matcher next =
                Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">Next 100</a>").matcher(first);
        assertTrue(next.find(), "a next page");
        String second = html(next.group(1).replace("&amp;", "&"));
        assertTrue(second.contains("Shown: 101 to " + texas.size()), "the rest");
        assertEquals(texas.size() - 100, rows(second));
        // the next link pins the release, so paging stays on one release, and the links keep it
        assertTrue(
                second.contains("href=\"/agreements/" + texas.get(texas.size() - 1) + "?release="),
                "the last of Texas's agreements");
        assertFalse(second.contains("rel=\"next\""), "no third page");
        assertTrue(second.contains(">First page</a>"), "back to the first page");

        // model and in force on: the same counts as the API
        JsonPath taskForce = api("state=FL&model=task_force&in_force_on=2025-07-01");
        List<String> inForce = taskForce.getList("data.in_force", String.class);
        long unknown = inForce.stream().filter("unknown"::equals).count();
        String fl = html("/agreements?state=FL&model=task_force&in_force_on=2025-07-01&limit=1000");
        assertTrue(
                fl.contains(
                        inForce.size()
                                + " agreements match: "
                                + (inForce.size() - unknown)
                                + " in force on 2025-07-01, "
                                + unknown
                                + " unknown"),
                "counts as the API's");
        assertEquals(inForce.size(), rows(fl));
        assertTrue(
                fl.contains("<option value=\"task_force\" selected>task force</option>"),
                "the form keeps the model");
        assertTrue(fl.contains("<option value=\"FL\" selected>FL</option>"), "and the state");

        // an empty field of the form is no filter; the wrong values are 400 as in the API
        String all = html("/agreements?state=&county=&model=&in_force_on=");
        int total = api("").getList("data.id").size();
        assertTrue(all.contains(total + " agreements match."), "every agreement: " + total);
        given().get("/agreements?state=texas").then().statusCode(400);
        given().get("/agreements?in_force_on=2025-7-1").then().statusCode(400);
        given().get("/agreements?model=jail").then().statusCode(400);
        given().get("/agreements/no-such-agreement").then().statusCode(404);
        given().get("/es/agreements/no-such-agreement").then().statusCode(404);
    }

    @Test
    void theSpanishListKeepsItsLinksAndFormInSpanish() {
        String es = html("/es/agreements?state=TX&in_force_on=2025-07-01");
        assertTrue(es.contains("<html lang=\"es\">"), "Spanish");
        assertTrue(es.contains("Acuerdos 287(g) en vigor el 1 de julio de 2025 en TX"), "title");
        assertTrue(es.contains("action=\"/es/agreements\""), "the form stays in Spanish");
        assertTrue(es.contains("href=\"/es/agreements/" + ARANSAS + "\""), "rows link in Spanish");
        assertTrue(es.contains("acuerdos coinciden"), "the count in Spanish");
    }

    @Test
    void policiesFilterByStateAndPlaceAndPolicyPagesLinkTheAgreements() {
        String texas = html("/policies?state=TX");
        assertTrue(texas.contains("<h1>Policies in TX</h1>"), "title");
        assertTrue(texas.contains("href=\"/policies/texas-sb-4-2017\""), "Texas SB 4");
        assertFalse(texas.contains("href=\"/policies/nyc-ll-58-2014\""), "not New York City's");
        assertTrue(
                texas.contains("<option value=\"TX\" selected>TX</option>"), "the form keeps it");
        assertTrue(texas.contains("/v1/policies?state=TX&amp;release="), "the API's address");
        String on = html("/policies?state=NY&in_force_on=2015-06-01");
        assertTrue(on.contains("href=\"/policies/nyc-ll-58-2014\""), "NYC's LL 58 is in New York");
        given().get("/policies?state=ny").then().statusCode(400);

        String sb4 = html("/policies/texas-sb-4-2017");
        assertTrue(
                sb4.contains("href=\"/agreements?state=TX\">The 287(g) agreements in TX</a>"), sb4);

        String aransas = html("/places/48007");
        assertTrue(
                aransas.contains("href=\"/agreements/" + ARANSAS + "\""), "the agreement's page");
        assertTrue(
                aransas.contains("This place's 287(g) agreement in the list of agreements"),
                "the list");
        assertTrue(aransas.contains("/agreements?state=TX&amp;county=Aransas"), aransas);
        String es = html("/es/places/48007");
        assertTrue(es.contains("href=\"/es/agreements/" + ARANSAS + "\""), "in Spanish");
    }
}

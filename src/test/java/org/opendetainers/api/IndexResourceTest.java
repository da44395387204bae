package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1}: an index of links, JSON or HTML by {@code Accept} ({@code /} is the home page,
 * in {@code pages}).
 */
@QuarkusTest
class IndexResourceTest {

    private static final String BROWSER =
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void jsonByDefaultWithTheDocsTheSpecTheStatusAndEveryLinkAnswering() {
        for (String path : List.of("/v1")) {
            Response r =
                    given().when()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .contentType(startsWith("application/json"))
                            .header("Vary", containsString("Accept"))
                            .body("links.rel", hasItems("service-doc", "service-desc", "status"))
                            .body(
                                    "links.href",
                                    hasItems(
                                            "http://localhost:8080/q/swagger-ui/",
                                            "http://localhost:8080/q/openapi",
                                            "http://localhost:8080/v1/status"))
                            .extract()
                            .response();
            List<Map<String, String>> links = r.jsonPath().getList("links");
            assertTrue(links.size() >= 10, "links: " + links);
            for (Map<String, String> link : links) {
                String href = link.get("href");
                assertTrue(href.startsWith("http://localhost:8080/"), href);
                int status =
                        given().redirects()
                                .follow(false)
                                .when()
                                .get(href.substring("http://localhost:8080".length()))
                                .then()
                                .extract()
                                .statusCode();
                assertEquals(200, status, href);
            }
        }
    }

    @Test
    void htmlForABrowser() {
        for (String path : List.of("/v1")) {
            given().header("Accept", BROWSER)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<html lang=\"en\">"))
                    .body(containsString("<h1>OpenDetainers API</h1>"))
                    .body(containsString("<a href=\"http://localhost:8080/q/swagger-ui/\">"))
                    .body(containsString("<a href=\"http://localhost:8080/v1/status\">"))
                    .body(not(containsString("<script")));
        }
        given().header("Accept", "application/json, text/html;q=0.5")
                .when()
                .get("/v1")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void anUnknownPathPointsToTheIndex() {
        given().when()
                .get("/v2")
                .then()
                .statusCode(404)
                .body(
                        "detail",
                        is(
                                "No resource at this path. The API's index is at /v1; its paths are listed at /q/openapi."));
    }
}

package org.opendetainers.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.PublishedTables;

/** The committed OpenAPI document is the one the code generates; Swagger UI is served. */
@QuarkusTest
class OpenApiDocumentTest {

    /**
     * Compared as documents (key order aside): the served one is the code's, the committed ones are
     * the product.
     */
    @Test
    void committedSpecMatchesTheCode() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode served =
                yaml.readTree(
                        given().queryParam("format", "yaml")
                                .when()
                                .get("/q/openapi")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        String hint =
                " differs from what the code generates: run bin/update-openapi and commit the result";
        assertEquals(
                served,
                yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml"))),
                "openapi/openapi.yaml" + hint);
        assertEquals(
                served,
                new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json"))),
                "openapi/openapi.json" + hint);
    }

    @Test
    void everyOperationIsDescribedAndDeclaresItsErrors() {
        String spec =
                given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        JsonPath json = new JsonPath(spec);
        Map<String, Map<String, Object>> paths = json.getMap("paths");
        assertTrue(
                paths.keySet()
                        .containsAll(
                                List.of(
                                        "/v1/figures",
                                        "/v1/policies",
                                        "/v1/policies/{id}",
                                        "/v1/jurisdictions",
                                        "/v1/agencies",
                                        "/v1/sources",
                                        "/v1/sources/{id}",
                                        "/v1/releases",
                                        "/v1/releases/{id}")),
                paths.keySet().toString());
        paths.forEach(
                (path, item) ->
                        item.forEach(
                                (method, value) -> {
                                    @SuppressWarnings("unchecked")
                                    Map<String, Object> operation = (Map<String, Object>) value;
                                    String where = method + " " + path;
                                    assertTrue(
                                            operation.get("description") != null
                                                    && operation.get("operationId") != null,
                                            where);
                                    @SuppressWarnings("unchecked")
                                    Set<String> responses =
                                            ((Map<String, Object>) operation.get("responses"))
                                                    .keySet();
                                    if (path.startsWith("/admin/")) {
                                        assertTrue(
                                                responses.containsAll(List.of("401", "403")),
                                                where + " " + responses);
                                    } else {
                                        assertTrue(
                                                responses.containsAll(List.of("200", "400")),
                                                where + " " + responses);
                                        // the status and the index answer without a release
                                        assertTrue(
                                                path.equals("/v1/status")
                                                        || path.equals("/v1")
                                                        || responses.contains("503"),
                                                where + " " + responses);
                                        assertTrue(
                                                !path.contains("{") || responses.contains("404"),
                                                where);
                                    }
                                }));
    }

    /**
     * The description of the statistics names the tables {@link PublishedTables} publishes, and no
     * other: every pair it names is published and every published pair is named, once, in the
     * sentence written from the table set.
     */
    @Test
    void theStatisticsDescriptionNamesThePublishedTables() {
        String spec =
                given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        String description =
                new JsonPath(spec).getString("paths.'/v1/detainer-stats'.get.description");
        assertTrue(description.contains(PublishedTables.describe()), description);
        assertEquals(
                1,
                description.split("published tables", -1).length - 1,
                "one sentence names the tables: " + description);
        Set<List<String>> named = new HashSet<>();
        Matcher pair =
                Pattern.compile("([a-z_]+) × ([a-z_]+)")
                        .matcher(
                                description.substring(description.indexOf("The published tables")));
        while (pair.find()) {
            named.add(List.of(pair.group(1), pair.group(2)));
        }
        assertEquals(Set.copyOf(PublishedTables.PAIRS), named, description);
        String groupBy =
                new JsonPath(spec)
                        .getString(
                                "paths.'/v1/detainer-stats'.get.parameters.find { it.name == 'group_by' }.description");
        assertTrue(groupBy.endsWith(String.join(", ", Dimension.NAMES) + "."), groupBy);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}

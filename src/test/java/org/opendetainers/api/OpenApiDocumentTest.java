package org.opendetainers.api;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed OpenAPI document is the one the code generates; Swagger UI is served. */
@QuarkusTest
class OpenApiDocumentTest {

    /** Compared as documents (key order aside): the served one is the code's, the committed ones are the product. */
    @Test
    void committedSpecMatchesTheCode() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode served = yaml.readTree(given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        String hint = " differs from what the code generates: run bin/update-openapi and commit the result";
        assertEquals(served, yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml"))), "openapi/openapi.yaml" + hint);
        assertEquals(served, new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json"))), "openapi/openapi.json" + hint);
    }

    @Test
    void everyOperationIsDescribedAndDeclaresItsErrors() {
        String spec = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(spec);
        java.util.Map<String, java.util.Map<String, Object>> paths = json.getMap("paths");
        assertTrue(paths.keySet().containsAll(java.util.List.of("/v1/figures", "/v1/policies", "/v1/policies/{id}", "/v1/jurisdictions",
                "/v1/agencies", "/v1/sources", "/v1/sources/{id}", "/v1/releases", "/v1/releases/{id}")), paths.keySet().toString());
        paths.forEach((path, item) -> {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> get = (java.util.Map<String, Object>) item.get("get");
            assertTrue(get.get("description") != null && get.get("operationId") != null, path);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) get.get("responses");
            assertTrue(responses.keySet().containsAll(java.util.List.of("200", "400", "503")), path + " " + responses.keySet());
            assertTrue(!path.contains("{") || responses.containsKey("404"), path);
        });
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}

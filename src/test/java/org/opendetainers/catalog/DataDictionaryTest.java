package org.opendetainers.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md is what the Table Schemas of the published data package say. */
@QuarkusTest
class DataDictionaryTest {

    private static final Path COMMITTED = Path.of("docs/data-dictionary.md");
    private static final Path GENERATED = Path.of("target/data-dictionary.md");

    @Test
    void theCommittedDictionaryMatchesTheTableSchemas() throws Exception {
        JsonNode dataPackage =
                new ObjectMapper().readTree(given().when().get("/v1/datapackage.json").asString());
        String markdown = DataDictionary.markdown(dataPackage);
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, markdown);
        assertTrue(
                markdown.contains("### `figures`: Figures"),
                "the dictionary describes the figures");
        assertTrue(markdown.contains("| `value` | integer | yes |"), "with their typed fields");
        assertEquals(
                Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "",
                markdown,
                "docs/data-dictionary.md differs from the Table Schemas; run bin/update-data-dictionary and commit it");
    }
}

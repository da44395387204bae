package org.opendetainers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What identifies an answer: its key, its ETag (without the base URI) and If-None-Match's weak
 * comparison.
 */
@Tag("unit")
class AnswerKeyTest {

    private static final String BASE = "http://localhost:8080/";

    @Test
    void theKeyIsTheReleasePathSortedQueryFormatAndBaseUri() {
        Map<String, List<String>> query =
                new TreeMap<>(Map.of("limit", List.of("5"), "agency", List.of("nypd", "doc")));
        String key = AnswerKey.of("2026-12-07", "/v1/figures", query, Format.json, BASE);
        assertEquals("2026-12-07\n/v1/figures\njson\nagency=[nypd, doc]\nlimit=[5]\n" + BASE, key);
        assertNotEquals(
                key,
                AnswerKey.of(
                        "2026-12-07",
                        "/v1/figures",
                        new TreeMap<>(
                                Map.of("limit", List.of("5"), "agency", List.of("doc", "nypd"))),
                        Format.json,
                        BASE),
                "a parameter's values keep the request's order");
    }

    @Test
    void theEtagChangesWithEverythingButTheBaseUri() {
        Map<String, List<String>> query = new TreeMap<>(Map.of("limit", List.of("5")));
        EntityTag etag =
                AnswerKey.etag(AnswerKey.of("r1", "/v1/figures", query, Format.json, BASE));
        assertEquals(32, etag.getValue().length(), "128 bits in hex");
        assertFalse(etag.isWeak());
        assertEquals(
                etag,
                AnswerKey.etag(
                        AnswerKey.of(
                                "r1",
                                "/v1/figures",
                                query,
                                Format.json,
                                "https://api.example.org/")));
        assertNotEquals(
                etag,
                AnswerKey.etag(AnswerKey.of("r2", "/v1/figures", query, Format.json, BASE)),
                "release");
        assertNotEquals(
                etag,
                AnswerKey.etag(AnswerKey.of("r1", "/v1/policies", query, Format.json, BASE)),
                "path");
        assertNotEquals(
                etag,
                AnswerKey.etag(AnswerKey.of("r1", "/v1/figures", query, Format.csv, BASE)),
                "format");
        assertNotEquals(
                etag,
                AnswerKey.etag(
                        AnswerKey.of(
                                "r1",
                                "/v1/figures",
                                new TreeMap<>(Map.of("limit", List.of("6"))),
                                Format.json,
                                BASE)),
                "query");
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        EntityTag etag = new EntityTag("abc");
        assertTrue(AnswerKey.matches("\"abc\"", etag));
        assertTrue(AnswerKey.matches("W/\"abc\"", etag), "a weak validator matches");
        assertTrue(AnswerKey.matches("\"x\", \"abc\"", etag), "one of a list");
        assertTrue(AnswerKey.matches("*", etag));
        assertFalse(AnswerKey.matches(null, etag));
        assertFalse(AnswerKey.matches("\"abcd\"", etag));
        assertFalse(AnswerKey.matches("abc", etag), "an unquoted tag is not the tag");
    }
}

package org.opendetainers.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.opendetainers.problem.ApiProblem;

/**
 * A keyset pagination cursor: the release a listing started on and the sort key of the last row
 * served. Opaque to clients (base64url of a small JSON array).
 */
public record Cursor(String release, List<String> key) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    public String encode() {
        try {
            List<String> parts = new ArrayList<>();
            parts.add(release);
            parts.addAll(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(JSON.writeValueAsBytes(parts));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The release a cursor belongs to, whatever its listing (to find a cached answer); throws on a
     * bad cursor.
     */
    public static String release(String text) {
        try {
            List<String> parts =
                    JSON.readValue(
                            Base64.getUrlDecoder().decode(text.getBytes(StandardCharsets.US_ASCII)),
                            STRINGS);
            return Objects.requireNonNull(parts.get(0));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Cursor decode(String text, int keySize) {
        try {
            List<String> parts =
                    JSON.readValue(
                            Base64.getUrlDecoder().decode(text.getBytes(StandardCharsets.US_ASCII)),
                            STRINGS);
            if (parts.size() != keySize + 1 || parts.stream().anyMatch(p -> p == null)) {
                throw new IllegalArgumentException();
            }
            return new Cursor(parts.get(0), List.copyOf(parts.subList(1, parts.size())));
        } catch (RuntimeException | IOException e) {
            throw ApiProblem.invalidParameter(
                    "cursor",
                    "not a cursor of this listing; use the 'next' link of a previous page");
        }
    }
}

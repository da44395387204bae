package org.opendetainers.representation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Release;
import org.opendetainers.release.Disclosure;

@Schema(
        name = "Release",
        description = "One published, immutable state of the whole data set, made by one import.")
public record ReleaseView(
        @Schema(
                        description =
                                "Release id: the UTC publication date, with -2, -3, ... for later releases of the same day.",
                        examples = "2026-11-24")
                String id,
        @Schema(description = "When it was published (UTC).", examples = "2026-11-24T03:00:12.345Z")
                OffsetDateTime publishedAt,
        @Schema(description = "SHA-256 of each input file, by file name.")
                Map<String, String> sourceChecksums,
        @Schema(description = "Number of rows of each published table in this release.")
                Map<String, Long> rowCounts,
        @Schema(description = "Change log against the previous release.") ChangeLog changes,
        @Schema(
                        nullable = true,
                        description =
                                "Disclosure report of the detainer statistics (null when the release has none): records read, aggregated and dropped (by reason), cells published and suppressed (primary, complementary), and k.")
                Disclosure disclosure,
        @Schema(
                        description =
                                "A ready citation (APA-like) of the whole release, with its permanent URL.",
                        examples =
                                "OpenDetainers. (2026, November 24). OpenDetainers data set [Data set, release 2026-11-24]. http://localhost:8080/v1/releases/2026-11-24.")
                String howToCite) {

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

    public static ReleaseView of(Release r, ObjectMapper json, String howToCite) {
        try {
            return new ReleaseView(
                    r.id,
                    r.publishedAt,
                    json.readValue(r.sourceChecksums, STRINGS),
                    json.readValue(r.rowCounts, COUNTS),
                    json.readValue(r.changes, ChangeLog.class),
                    r.disclosure == null || r.disclosure.equals("{}")
                            ? null
                            : json.readValue(r.disclosure, Disclosure.class),
                    howToCite);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable release " + r.id, e);
        }
    }

    @Schema(name = "ReleaseList", description = "A page of releases, newest first.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<ReleaseView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}

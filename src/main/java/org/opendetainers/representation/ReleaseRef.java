package org.opendetainers.representation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.release.Releases.Header;

@Schema(
        name = "ReleaseRef",
        description =
                "The release an answer was read from: its id (use it as ?release= to read the same data again) and when it was published, which tells how fresh the answer is.")
public record ReleaseRef(
        @Schema(description = "Release id.", examples = "2026-11-24") String id,
        @Schema(
                        description = "When the release was published (UTC, ISO 8601).",
                        examples = "2026-11-24T03:00:12.345Z")
                OffsetDateTime publishedAt) {

    public static ReleaseRef of(Header r) {
        return new ReleaseRef(r.id(), r.publishedAt());
    }
}

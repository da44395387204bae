package org.opendetainers.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Page", description = "Where this page ends and the next begins.")
public record Page(
        @Schema(description = "The page size used.", examples = "100") int limit,
        @Schema(
                        description =
                                "URL of the next page, or null on the last page. It pins the release this listing started on, so paging never skips or repeats a row, even across a new import. Also sent as an RFC 8288 Link header with rel=\"next\".",
                        examples =
                                "http://localhost:8080/v1/figures?limit=2&release=2026-11-24&cursor=WyIyMDEyLTEwLTAxIiwibnljLWRvYy10cmFuc2ZlcnMiXQ",
                        nullable = true)
                String next) {}

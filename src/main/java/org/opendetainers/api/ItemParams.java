package org.opendetainers.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters every single-item operation takes. */
public class ItemParams {

    @QueryParam("release")
    @Parameter(
            description = "Read this release instead of the current one (see /v1/releases).",
            example = "2026-11-24")
    public String release;

    @QueryParam("format")
    @Parameter(
            description = "json (default) or csv; overrides the Accept header.",
            example = "json",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"json", "csv"}))
    public String format;
}

package org.opendetainers.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The format parameter alone, for reads that are not scoped to a release. */
public class FormatParam {

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

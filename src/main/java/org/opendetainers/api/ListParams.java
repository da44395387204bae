package org.opendetainers.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters every list operation takes. */
public class ListParams {

    @QueryParam("limit")
    @Parameter(
            description = "Rows per page, 1 to 1000 (default 100).",
            example = "100",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "1000",
                            defaultValue = "100"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(
            description =
                    "Where the page starts: copy it from the previous page's next link, never build it.",
            example =
                    "WyIyMDI2LTExLTI0IiwiMjAxNy0wMS0wMSIsIm55cGQtZGV0YWluZXJzLXJlY2VpdmVkLTIwMTctc2VlZDAwNCJd")
    public String cursor;

    @QueryParam("release")
    @Parameter(
            description =
                    "Read this release instead of the current one (see /v1/releases). Next links carry it, so paging stays on one release.",
            example = "2026-11-24")
    public String release;

    @QueryParam("format")
    @Parameter(
            description = "json (default) or csv; overrides the Accept header.",
            example = "csv",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"json", "csv"}))
    public String format;
}

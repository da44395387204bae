package org.opendetainers.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1}: the index of the API ({@link ApiIndex}). */
@Path("/v1")
@Tag(name = "Status")
public class IndexResource {

    private final ApiIndex index;

    public IndexResource(ApiIndex index) {
        this.index = index;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            operationId = "getIndex",
            summary = "Index of the API",
            description =
                    "Links to the documentation (Swagger UI), the OpenAPI document, the status and every collection. "
                            + "JSON by default; an HTML list when the request prefers text/html (a browser).")
    @APIResponse(
            responseCode = "200",
            description = "The index.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiIndex.Index.class)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response get(@Context HttpHeaders headers) {
        return index.answer(headers);
    }
}

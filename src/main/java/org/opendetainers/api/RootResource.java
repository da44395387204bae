package org.opendetainers.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /}: the API's index ({@link ApiIndex}) until the web pages take this path. Not part
 * of the API's contract (hidden from the OpenAPI document): delete this class when a page answers
 * {@code /}.
 */
@Path("/")
public class RootResource {

    private final ApiIndex index;

    public RootResource(ApiIndex index) {
        this.index = index;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true)
    public Response get(@Context HttpHeaders headers) {
        return index.answer(headers);
    }
}

package org.opendetainers.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Declares, once for all public operations, the error answers every read can give (the
 * shared responses are in {@code META-INF/openapi.yaml}): 304, 400, 406 and 503, plus 404 on
 * paths with an id. The index {@code /v1} reads no release: 400 and 406 only.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ErrorResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean index = path.getKey().equals("/v1");
            if (!path.getKey().startsWith("/v1/") && !index) {
                continue;
            }
            Operation get = path.getValue().getGET();
            if (get == null) {
                continue;
            }
            APIResponses responses = get.getResponses();
            if (!index) {
                add(responses, "304", "NotModified");
            }
            add(responses, "400", "BadRequest");
            if (path.getKey().contains("{")) {
                add(responses, "404", "NotFound");
            }
            add(responses, "406", "NotAcceptable");
            if (!index && !path.getKey().equals("/v1/status")) {
                add(responses, "503", "NoRelease");
            }
        }
    }

    private static void add(APIResponses responses, String code, String ref) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}

package org.opendetainers.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, once for all public reads, the answers every read can give besides its own 200 (the
 * shared responses, headers and parameters are in {@code META-INF/openapi.yaml}):
 *
 * <ul>
 *   <li>304, 400, 406, 429 (rate limit; on every operation, admin included) and 503 (no release
 *       yet, or load shed; also on the status and the index, which can be shed too);
 *   <li>404 on every read that names something: an id in the path, or a {@code ?release=} (an
 *       unknown release is a 404 problem on every read, listings included);
 *   <li>the {@code If-None-Match} request header;
 *   <li>the headers of the 200 and the 304: ETag, Last-Modified, Cache-Control, Vary,
 *       OpenDetainers-Release, and on listings (operations with a cursor) Link;
 *   <li>RateLimit-Policy and RateLimit on every answer of every operation
 *       (org.opendetainers.traffic sends them on all but the probes and metrics): on each answer
 *       declared in place, and on each shared answer of the components.
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ErrorResponsesFilter implements OASFilter {

    private static final List<String> CACHE_HEADERS =
            List.of("ETag", "Last-Modified", "Cache-Control", "OpenDetainers-Release");
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Policy", "RateLimit");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation op : path.getValue().getOperations().values()) {
                add(op.getResponses(), "429", "TooManyRequests");
            }
            boolean index = path.getKey().equals("/v1");
            if (!path.getKey().startsWith("/v1/") && !index) {
                continue;
            }
            Operation get = path.getValue().getGET();
            if (get == null) {
                continue;
            }
            boolean status = path.getKey().equals("/v1/status");
            APIResponses responses = get.getResponses();
            if (!status && !index) {
                add(responses, "304", "NotModified");
            }
            add(responses, "400", "BadRequest");
            if (path.getKey().contains("{") || hasQuery(get, "release")) {
                add(responses, "404", "NotFound");
            }
            add(responses, "406", "NotAcceptable");
            add(responses, "503", "Unavailable");
            if (!status && !index) {
                if (get.getParameters() == null
                        || get.getParameters().stream()
                                .noneMatch(
                                        p ->
                                                "If-None-Match".equals(p.getName())
                                                        || "#/components/parameters/IfNoneMatch"
                                                                .equals(p.getRef()))) {
                    get.addParameter(OASFactory.createParameter().ref("IfNoneMatch"));
                }
                APIResponse ok = responses.getAPIResponse("200");
                for (String header : CACHE_HEADERS) {
                    addHeader(ok, header);
                }
                if (!path.getKey().contains("{extension}")) {
                    addHeader(ok, "Vary");
                }
                if (hasQuery(get, "cursor")) {
                    addHeader(ok, "Link");
                }
            }
        }
        rateLimitHeaders(openAPI);
    }

    /** The RateLimit headers on every answer: those declared in place, and the shared ones. */
    private static void rateLimitHeaders(OpenAPI openAPI) {
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().stream()
                            .filter(r -> r.getRef() == null)
                            .forEach(r -> RATE_LIMIT_HEADERS.forEach(h -> addHeader(r, h)));
                }
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents()
                    .getResponses()
                    .values()
                    .forEach(r -> RATE_LIMIT_HEADERS.forEach(h -> addHeader(r, h)));
        }
    }

    private static boolean hasQuery(Operation op, String name) {
        List<Parameter> parameters = op.getParameters();
        return parameters != null
                && parameters.stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
    }

    private static void add(APIResponses responses, String code, String ref) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static void addHeader(APIResponse response, String name) {
        if (response != null
                && (response.getHeaders() == null || !response.getHeaders().containsKey(name))) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }
}

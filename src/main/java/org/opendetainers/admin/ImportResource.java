package org.opendetainers.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.importer.ImportRuns;
import org.opendetainers.importer.ImportService;
import org.opendetainers.problem.ApiProblem;

@Path("/admin/imports")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(
        securitySchemeName = "adminKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The API key configured as opendetainers.admin.api-key.")
@SecurityRequirement(name = "adminKey")
public class ImportResource {

    private final ImportService imports;
    private final ImportRuns runs;
    private final ManagedExecutor executor;

    public ImportResource(ImportService imports, ImportRuns runs, ManagedExecutor executor) {
        this.imports = imports;
        this.runs = runs;
        this.executor = executor;
    }

    @POST
    @Operation(
            operationId = "startImport",
            summary = "Start an import",
            description =
                    "Starts one import of the configured source directory in the background and answers at once with the run to follow. "
                            + "If another import holds the lock, the run ends as busy. An import whose release would count more than "
                            + "opendetainers.import.max-drop-share fewer records than the current one is rejected, unless allow_shrink=true.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(
            responseCode = "202",
            description = "The import run started; follow Location.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportRuns.Run.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "AdminDisabled")
    public Response start(
            @Context UriInfo uri,
            @Parameter(
                            description =
                                    "Publish even a release that counts more than opendetainers.import.max-drop-share "
                                            + "fewer records than the current release (for this run only; default false).",
                            example = "false",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("allow_shrink")
                    String allowShrink) {
        if (allowShrink != null && !allowShrink.equals("true") && !allowShrink.equals("false")) {
            throw ApiProblem.invalidParameter(
                    "allow_shrink", "'" + allowShrink + "' is not true or false");
        }
        ImportService.Started started = imports.start("admin", "true".equals(allowShrink));
        executor.execute(() -> started.task().get());
        ImportRuns.Run run = runs.get(started.runId()).orElseThrow();
        return Response.accepted(run)
                .location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build())
                .build();
    }

    @GET
    @Operation(
            operationId = "listImports",
            summary = "Import runs",
            description = "The latest import runs, newest first (reports omitted; see one run).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(
            responseCode = "200",
            description = "Import runs.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RunList.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "AdminDisabled")
    public RunList list(
            @Parameter(
                            description = "How many runs (1-1000, default 50).",
                            example = "50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(
                            description = "Only runs with a smaller id (to page back).",
                            example = "120",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                    @QueryParam("before")
                    String before) {
        return new RunList(
                runs.recent(
                        number("limit", limit, 50, 1, 1000),
                        before == null
                                ? null
                                : (long) number("before", before, 0, 1, Integer.MAX_VALUE)));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getImport",
            summary = "One import run",
            description =
                    "One import run with its full report: files, bad rows (first 1000), disclosure, release.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(
            responseCode = "200",
            description = "The run.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportRuns.Run.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "AdminDisabled")
    public ImportRuns.Run get(
            @Parameter(
                            description = "Run id.",
                            example = "12",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                    @PathParam("id")
                    String id) {
        long n = number("id", id, 0, 1, Integer.MAX_VALUE);
        return runs.get(n).orElseThrow(() -> ApiProblem.notFound("no import run " + id));
    }

    @Schema(name = "ImportRunList", description = "The latest import runs, newest first.")
    public record RunList(
            @Schema(description = "The runs, without their reports.") List<ImportRuns.Run> data) {}

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter(
                    name, "'" + value + "' is not a whole number from " + min + " to " + max);
        }
    }
}

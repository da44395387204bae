package org.opendetainers.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.catalog.Descriptors;

/**
 * The machine-readable catalogs of the data sets: a Frictionless Data Package and a DCAT-US 1.1
 * data.json.
 */
@Path("/v1")
@Tag(name = "Open data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {

    private final Reads reads;
    private final Descriptors descriptors;

    public OpenDataResource(Reads reads, Descriptors descriptors) {
        this.reads = reads;
        this.descriptors = descriptors;
    }

    @GET
    @Path("datapackage.json")
    @Operation(
            operationId = "getDataPackage",
            summary = "Frictionless Data Package of a release",
            description =
                    "A Data Package (profile tabular-data-package) with one resource per data set: the CSV file's permanent URL, "
                            + "size and SHA-256, and its Table Schema (field names, types, descriptions, constraints, primary and foreign keys); "
                            + "license, sources, and version (the release id). Frictionless tools read it directly, e.g. "
                            + "`frictionless validate http://localhost:8080/v1/datapackage.json`.")
    @APIResponse(
            responseCode = "200",
            description = "The data package.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "DataPackage")))
    public Response dataPackage(
            @Parameter(
                            description =
                                    "Describe this release instead of the current one (see /v1/releases).",
                            example = "2026-11-24")
                    @QueryParam("release")
                    String release) {
        return reads.one(
                release,
                "json",
                ObjectNode.class,
                read -> descriptors.dataPackage(read.release(), read.reference().sources()));
    }

    @GET
    @Path("data.json")
    @Operation(
            operationId = "getDcatCatalog",
            summary = "DCAT-US 1.1 catalog (data.json)",
            description =
                    "The data sets as a DCAT-US 1.1 (Project Open Data) catalog, for portals that harvest data.json (data.gov, "
                            + "CKAN, Socrata): title, description, keywords, modified, publisher, contact point, accessLevel public, license, "
                            + "temporal coverage, and a distribution per file (CSV, JSON, gzipped CSV) pinned to the release.")
    @APIResponse(
            responseCode = "200",
            description = "The catalog.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "DcatCatalog")))
    public Response dcat(
            @Parameter(
                            description =
                                    "Describe this release instead of the current one (see /v1/releases).",
                            example = "2026-11-24")
                    @QueryParam("release")
                    String release) {
        return reads.one(
                release, "json", ObjectNode.class, read -> descriptors.dcat(read.release()));
    }
}

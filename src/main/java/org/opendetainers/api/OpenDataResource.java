package org.opendetainers.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.catalog.Descriptors;
import org.opendetainers.domain.Source;

/** The machine-readable catalogs of the data sets: a Frictionless Data Package and a DCAT-US 1.1 data.json. */
@Path("/v1")
@Tag(name = "Open data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {

    private final Listing listing;
    private final Descriptors descriptors;

    public OpenDataResource(Listing listing, Descriptors descriptors) {
        this.listing = listing;
        this.descriptors = descriptors;
    }

    @GET
    @Path("datapackage.json")
    @Operation(operationId = "getDataPackage", summary = "Frictionless Data Package of a release",
            description = "A Data Package (profile tabular-data-package) with one resource per data set: the CSV file's permanent URL, "
                    + "size and SHA-256, and its Table Schema (field names, types, descriptions, constraints, primary and foreign keys); "
                    + "license, sources, and version (the release id). Frictionless tools read it directly, e.g. "
                    + "`frictionless validate http://localhost:8080/v1/datapackage.json`.")
    @APIResponse(responseCode = "200", description = "The data package.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataPackage")))
    public Response dataPackage(
            @Parameter(description = "Describe this release instead of the current one (see /v1/releases).", example = "2026-11-24") @QueryParam("release") String release,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        return describe(release, uri, headers, request,
                r -> descriptors.dataPackage(r, Source.list("releaseId = ?1 order by id", r.id)));
    }

    @GET
    @Path("data.json")
    @Operation(operationId = "getDcatCatalog", summary = "DCAT-US 1.1 catalog (data.json)",
            description = "The data sets as a DCAT-US 1.1 (Project Open Data) catalog, for portals that harvest data.json (data.gov, "
                    + "CKAN, Socrata): title, description, keywords, modified, publisher, contact point, accessLevel public, license, "
                    + "temporal coverage, and a distribution per file (CSV, JSON, gzipped CSV) pinned to the release.")
    @APIResponse(responseCode = "200", description = "The catalog.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DcatCatalog")))
    public Response dcat(
            @Parameter(description = "Describe this release instead of the current one (see /v1/releases).", example = "2026-11-24") @QueryParam("release") String release,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        return describe(release, uri, headers, request, descriptors::dcat);
    }

    /** A JSON description of a release, with the ETag and caching of every read (304 before any work). */
    private Response describe(String release, UriInfo uri, HttpHeaders headers, Request request,
                              java.util.function.Function<org.opendetainers.domain.Release, ObjectNode> body) {
        Listing.Read read = listing.one(uri, headers, release, "json");
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        return listing.item(read, body.apply(read.release()), ObjectNode.class);
    }
}

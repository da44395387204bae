package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.catalog.ByteRange;
import org.opendetainers.catalog.Catalog;
import org.opendetainers.catalog.DatasetFormat;
import org.opendetainers.catalog.DownloadSlots;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.config.CatalogConfig;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.DatasetView;
import org.opendetainers.representation.HowToCite;

@Path("/v1/datasets")
@Tag(name = "Open data")
public class DatasetResource {

    private final Reads reads;
    private final Catalog catalog;
    private final HowToCite cite;
    private final ApiConfig api;
    private final CatalogConfig config;
    private final DownloadSlots slots;

    public DatasetResource(
            Reads reads,
            Catalog catalog,
            HowToCite cite,
            ApiConfig api,
            CatalogConfig config,
            DownloadSlots slots) {
        this.slots = slots;
        this.reads = reads;
        this.catalog = catalog;
        this.cite = cite;
        this.api = api;
        this.config = config;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
    @Operation(
            operationId = "listDatasets",
            summary = "List the downloadable data sets",
            description =
                    "Every data set of the release read: the curated tables (jurisdictions, agencies, sources, measures, policies, figures), "
                            + "each published table of detainer statistics, and the disclosure report, with row count, temporal coverage, license, "
                            + "and for each file (CSV, JSON, gzipped CSV) its size, SHA-256 and permanent URL. The files are written once, when the "
                            + "release is published, and never change.")
    @APIResponse(
            responseCode = "200",
            description = "The data sets, in catalog order.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DatasetView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(@BeanParam ListParams page) {
        Map<String, Integer> seq = new ConcurrentHashMap<>();
        Reads.ListSpec<DatasetView> spec =
                Reads.ListSpec.of(
                        DatasetView.class,
                        1,
                        d -> List.of(String.valueOf(seq.get(d.name()))),
                        DatasetView.Page::new);
        return reads.list(
                page,
                spec,
                read -> {
                    int after = read.after() == null ? -1 : Params.integer("cursor", read.after(0));
                    return () ->
                            catalog.datasets(read.release().id()).stream()
                                    .filter(d -> d.seq() > after)
                                    .limit(read.limit() + 1L)
                                    .peek(d -> seq.put(d.name(), d.seq()))
                                    .map(d -> view(read.release(), d))
                                    .toList();
                });
    }

    @GET
    @Path("{name: [a-z0-9][a-z0-9_-]*}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getDataset",
            summary = "One data set",
            description = "The description of one data set of the release read, with its files.")
    @APIResponse(
            responseCode = "200",
            description = "The data set.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DatasetView.class)))
    public Response get(
            @Parameter(description = "Data set name.", example = "figures") @PathParam("name")
                    String name,
            @Parameter(
                            description =
                                    "Read this release instead of the current one (see /v1/releases).",
                            example = "2026-11-24")
                    @QueryParam("release")
                    String release) {
        return reads.one(
                release,
                "json",
                DatasetView.class,
                read ->
                        catalog.dataset(read.release().id(), name)
                                .map(d -> view(read.release(), d))
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no data set '"
                                                                + name
                                                                + "' in release "
                                                                + read.release().id()
                                                                + "; see /v1/datasets")));
    }

    @GET
    @Path("{name: [a-z0-9][a-z0-9_-]*}.{extension: csv\\.gz|csv|json}")
    @Produces({Format.CSV_MEDIA_TYPE, MediaType.APPLICATION_JSON, "application/gzip"})
    @Operation(
            operationId = "downloadDataset",
            summary = "Download a data set",
            description =
                    "The whole data set as one file: .csv (RFC 4180, UTF-8, header row; the API's CSV columns), .json (an array of the "
                            + "API's objects, one per line) or .csv.gz. Streamed as stored at publication, with Content-Length, a strong ETag "
                            + "(the SHA-256 listed in /v1/datasets) and a Content-Disposition file name that carries the release id. A single "
                            + "byte range (Range: bytes=first-last, first-, or -suffix) resumes a download (206); If-Range guards it.")
    @APIResponse(
            responseCode = "200",
            description = "The file.",
            headers = {
                @Header(
                        name = "ETag",
                        description = "The file's SHA-256, quoted.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Content-Disposition",
                        description =
                                "attachment; filename=\"opendetainers-{name}-{release}.{extension}\"",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Accept-Ranges",
                        description = "bytes",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        format = "binary",
                                        description =
                                                "The .csv file: RFC 4180, UTF-8, header row.")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        format = "binary",
                                        description =
                                                "The .json file: a JSON array of the API's objects, one per line, served as stored.")),
                @Content(
                        mediaType = "application/gzip",
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        format = "binary",
                                        description = "The .csv.gz file: the CSV file, gzipped."))
            })
    @APIResponse(
            responseCode = "206",
            description = "The requested byte range of the file.",
            headers =
                    @Header(
                            name = "Content-Range",
                            description = "bytes first-last/size",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "503",
            description =
                    "No release published yet, or this instance streams as many downloads as it allows at once (Retry-After tells when to retry).",
            headers =
                    @Header(
                            name = "Retry-After",
                            description =
                                    "Seconds to wait before retrying, when the instance is busy.",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "416",
            description =
                    "The range starts after the end of the file; Content-Range gives its size.",
            headers =
                    @Header(
                            name = "Content-Range",
                            description = "bytes */size",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Problem")))
    public Response download(
            @Parameter(description = "Data set name.", example = "figures") @PathParam("name")
                    String name,
            @Parameter(
                            description = "csv, json or csv.gz.",
                            example = "csv",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json", "csv.gz"}))
                    @PathParam("extension")
                    String extension,
            @Parameter(
                            description =
                                    "Download this release's file instead of the current one (see /v1/releases).",
                            example = "2026-11-24")
                    @QueryParam("release")
                    String release,
            @Parameter(
                            description = "One byte range, e.g. bytes=1048576-",
                            example = "bytes=0-1023")
                    @HeaderParam("Range")
                    String range,
            @Parameter(description = "Serve the range only if the file still has this ETag.")
                    @HeaderParam("If-Range")
                    String ifRange,
            @Context Request request) {
        return file(name, extension, release, range, ifRange, request, true);
    }

    @HEAD
    @Path("{name: [a-z0-9][a-z0-9_-]*}.{extension: csv\\.gz|csv|json}")
    @Operation(hidden = true)
    public Response head(
            @PathParam("name") String name,
            @PathParam("extension") String extension,
            @QueryParam("release") String release,
            @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange,
            @Context Request request) {
        return file(name, extension, release, range, ifRange, request, false);
    }

    private Response file(
            String name,
            String extension,
            String releaseId,
            String range,
            String ifRange,
            Request request,
            boolean body) {
        Releases.Header release = reads.release(releaseId);
        DatasetFormat format = DatasetFormat.ofExtension(extension).orElseThrow();
        Catalog.Dataset dataset =
                catalog.dataset(release.id(), name)
                        .orElseThrow(
                                () ->
                                        ApiProblem.notFound(
                                                "no data set '"
                                                        + name
                                                        + "' in release "
                                                        + release.id()
                                                        + "; see /v1/datasets"));
        Catalog.File file = dataset.file(format).orElseThrow();
        EntityTag etag = new EntityTag(file.sha256());
        Date lastModified = Date.from(release.publishedAt().toInstant());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, etag);
        if (notModified != null) {
            return headers(notModified, release, releaseId, etag, lastModified).build();
        }
        ByteRange.Request wanted = ByteRange.of(range, file.byteSize());
        if (ifRange != null && !ifRange.strip().equals("\"" + file.sha256() + "\"")) {
            // the client's copy is not this file: send it whole
            wanted = new ByteRange.Whole();
        }
        String fileName = "opendetainers-" + name + "-" + release.id() + "." + format.extension;
        if (wanted instanceof ByteRange.Unsatisfiable) {
            throw new ApiProblem(
                            416,
                            "urn:opendetainers:problem:range-not-satisfiable",
                            "Range not satisfiable",
                            "the file "
                                    + fileName
                                    + " has "
                                    + file.byteSize()
                                    + " bytes; range '"
                                    + range
                                    + "' starts after its end",
                            null)
                    .withHeader("Content-Range", "bytes */" + file.byteSize());
        }
        ByteRange part =
                wanted instanceof ByteRange.Part p
                        ? p.range()
                        : new ByteRange(0, file.byteSize() - 1);
        Response.ResponseBuilder builder =
                Response.status(wanted instanceof ByteRange.Part ? 206 : 200)
                        .type(format.mediaType)
                        .header("Content-Length", file.byteSize() == 0 ? 0 : part.length())
                        .header("Accept-Ranges", "bytes")
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        if (wanted instanceof ByteRange.Part) {
            builder.header(
                    "Content-Range",
                    "bytes " + part.first() + "-" + part.last() + "/" + file.byteSize());
        }
        if (body && file.byteSize() > 0) {
            if (!slots.tryAcquire()) {
                throw new ApiProblem(
                                503,
                                "urn:opendetainers:problem:busy",
                                "Too many downloads at once",
                                "this instance is streaming as many files as it allows at once; retry in a few seconds",
                                null)
                        .withHeader("Retry-After", "5");
            }
            String releaseRead = release.id();
            StreamingOutput stream =
                    out -> {
                        try {
                            catalog.copy(releaseRead, name, file, part.first(), part.last(), out);
                        } finally {
                            slots.release();
                        }
                    };
            builder.entity(stream);
        }
        return headers(builder, release, releaseId, etag, lastModified).build();
    }

    private Response.ResponseBuilder headers(
            Response.ResponseBuilder builder,
            Releases.Header release,
            String releaseParam,
            EntityTag etag,
            Date lastModified) {
        // a file pinned by ?release= never changes; the current one changes with the next release
        String cache =
                releaseParam != null
                        ? "public, max-age=31536000, immutable"
                        : "public, max-age=" + api.cacheMaxAge();
        return builder.tag(etag)
                .lastModified(lastModified)
                .header("Cache-Control", cache)
                .header("OpenDetainers-Release", release.id());
    }

    /**
     * The data sets of a release, in catalog order, as /v1/datasets describes them. The pages read
     * them here too.
     */
    public List<DatasetView> datasets(Releases.Header release) {
        return catalog.datasets(release.id()).stream().map(d -> view(release, d)).toList();
    }

    DatasetView view(Releases.Header release, Catalog.Dataset d) {
        String base = api.baseUrl() + "/v1/datasets/";
        List<DatasetView.DatasetFileView> files =
                d.files().stream()
                        .map(
                                f ->
                                        new DatasetView.DatasetFileView(
                                                f.format().extension,
                                                f.mediaType(),
                                                f.byteSize(),
                                                f.sha256(),
                                                base
                                                        + d.name()
                                                        + "."
                                                        + f.format().extension
                                                        + "?release="
                                                        + release.id()))
                        .toList();
        return new DatasetView(
                d.name(),
                d.title(),
                d.description(),
                d.kind(),
                d.rowCount(),
                d.temporalStart(),
                d.temporalEnd(),
                config.licenseId(),
                config.licenseUrl(),
                d.changedIn(),
                d.changedAt(),
                base + d.name() + "?release=" + release.id(),
                files,
                cite.dataset(release, d.title(), d.name()));
    }
}

package org.opendetainers.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.config.ApiConfig;

/**
 * The index of the API: where the documentation, the spec, the status and each collection are.
 * Served at {@code /v1} ({@link IndexResource}; {@code /} is the web pages' home); JSON by default,
 * HTML for a browser (content negotiation on {@code Accept}).
 */
@ApplicationScoped
public class ApiIndex {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("utf-8");

    @Schema(
            name = "Index",
            description =
                    "Links to the documentation, the OpenAPI document, the status and every collection of the API.")
    public record Index(
            @Schema(description = "The service's name.", examples = "OpenDetainers API")
                    String name,
            @Schema(description = "What the service publishes.") String description,
            @Schema(description = "The links, documentation first.") List<Link> links) {}

    @Schema(name = "Link", description = "One link of the index.")
    public record Link(
            @Schema(
                            description =
                                    "The link relation: service-doc (documentation for people), service-desc (the OpenAPI document), status, or collection.",
                            examples = "collection")
                    String rel,
            @Schema(
                            description = "The absolute URL (from opendetainers.api.public-url).",
                            examples = "http://localhost:8080/v1/figures")
                    String href,
            @Schema(description = "What is there.", examples = "Figures with their sources")
                    String title) {}

    private final ApiConfig config;

    public ApiIndex(ApiConfig config) {
        this.config = config;
    }

    public Index index() {
        String base = config.baseUrl();
        return new Index(
                "OpenDetainers API",
                "Anonymized, aggregated public data on ICE immigration detainers (form I-247), the cooperation policies "
                        + "of local governments and their outcomes. Every answer comes from one release of the data set "
                        + "and names its sources.",
                List.of(
                        new Link(
                                "service-doc",
                                base + "/q/swagger-ui/",
                                "API documentation (Swagger UI)"),
                        new Link(
                                "service-desc",
                                base + "/q/openapi",
                                "OpenAPI document (YAML; ?format=json for JSON)"),
                        new Link(
                                "status",
                                base + "/v1/status",
                                "Status: the current release, the last import and the next one"),
                        new Link("collection", base + "/v1/figures", "Figures with their sources"),
                        new Link(
                                "collection",
                                base + "/v1/policies",
                                "Policies and when they were in force"),
                        new Link(
                                "collection",
                                base + "/v1/agreements",
                                "287(g) agreements and when they were in force"),
                        new Link(
                                "collection",
                                base + "/v1/ice-counts",
                                "ICE's detainer counts of 2007 to 2015, as published, with sources"),
                        new Link(
                                "collection",
                                base + "/v1/facilities",
                                "ICE facilities by facility code, with place and area of responsibility"),
                        new Link(
                                "collection",
                                base + "/v1/places",
                                "States and counties by FIPS code: what was in force there on a date, with agreements, policies, facilities and counts"),
                        new Link(
                                "collection",
                                base + "/v1/detainer-stats",
                                "Detainer statistics (anonymized)"),
                        new Link(
                                "collection",
                                base + "/v1/coverage",
                                "Periods with data and the gaps between them"),
                        new Link("collection", base + "/v1/sources", "Sources"),
                        new Link("collection", base + "/v1/jurisdictions", "Jurisdictions"),
                        new Link("collection", base + "/v1/agencies", "Agencies"),
                        new Link(
                                "collection",
                                base + "/v1/measures",
                                "Measures: what figures count"),
                        new Link(
                                "collection",
                                base + "/v1/releases",
                                "Releases and their change logs"),
                        new Link(
                                "collection",
                                base + "/v1/datasets",
                                "Open-data downloads (CSV, JSON)"),
                        new Link(
                                "collection",
                                base + "/v1/datapackage.json",
                                "Frictionless Data Package"),
                        new Link("collection", base + "/v1/data.json", "DCAT-US catalog")));
    }

    /** JSON unless the client prefers HTML (a browser), with {@code Vary: Accept}. */
    public Response answer(HttpHeaders headers) {
        Index index = index();
        Response.ResponseBuilder r =
                prefersHtml(headers)
                        ? Response.ok(html(index), HTML)
                        : Response.ok(index, MediaType.APPLICATION_JSON_TYPE);
        return r.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.cacheMaxAge())
                .build();
    }

    static boolean prefersHtml(HttpHeaders headers) {
        // getAcceptableMediaTypes is sorted by quality, most wanted first; */* (curl) means JSON
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isWildcardType()) {
                return false;
            }
            if (t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardSubtype()) {
                return true;
            }
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardSubtype()) {
                return false;
            }
        }
        return false;
    }

    static String html(Index index) {
        StringBuilder b =
                new StringBuilder(2048)
                        .append(
                                """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""")
                        .append(escape(index.name()))
                        .append("</title>\n</head>\n<body>\n<main>\n<h1>")
                        .append(escape(index.name()))
                        .append("</h1>\n<p>")
                        .append(escape(index.description()))
                        .append("</p>\n<ul>\n");
        for (Link l : index.links()) {
            b.append("<li><a href=\"")
                    .append(escape(l.href()))
                    .append("\">")
                    .append(escape(l.title()))
                    .append("</a> <code>")
                    .append(escape(l.href()))
                    .append("</code></li>\n");
        }
        return b.append("</ul>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

package org.opendetainers.pages;

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
import org.opendetainers.config.AnonymizeConfig;
import org.opendetainers.config.CatalogConfig;
import org.opendetainers.representation.HowToCite;

/**
 * {@code /about}: the method (sources, anonymization and suppression, fiscal years, not reported vs
 * zero), how to cite, the license, how to report an error.
 */
@Path(Lang.PREFIX + "about")
@Produces(MediaType.TEXT_HTML)
public class AboutPage {

    private final Pages pages;
    private final AnonymizeConfig anonymize;
    private final CatalogConfig catalog;
    private final HowToCite cite;

    public AboutPage(
            Pages pages, AnonymizeConfig anonymize, CatalogConfig catalog, HowToCite cite) {
        this.pages = pages;
        this.anonymize = anonymize;
        this.catalog = catalog;
        this.cite = cite;
    }

    public record Model(
            int k,
            String licenseTitle,
            String licenseUrl,
            String contactName,
            String contactEmail,
            String releaseCitation) {}

    @GET
    public Response about(
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::about_title,
                "about",
                null,
                read -> {
                    Model m =
                            new Model(
                                    anonymize.minCell(),
                                    catalog.licenseTitle(),
                                    catalog.licenseUrl(),
                                    catalog.contactName(),
                                    catalog.contactEmail(),
                                    cite.release(read.release()));
                    return pages.ok(read, Views.about(read.chrome(), m));
                });
    }
}

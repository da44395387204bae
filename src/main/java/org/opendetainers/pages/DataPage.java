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
import java.util.List;
import org.opendetainers.api.DatasetResource;
import org.opendetainers.config.CatalogConfig;
import org.opendetainers.query.ReleaseQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.DatasetView;
import org.opendetainers.representation.ReleaseView;

/**
 * {@code /data}: the downloadable data sets of a release, the catalogs, the API description, and
 * the releases with their change logs.
 */
@Path(Lang.PREFIX + "data")
@Produces(MediaType.TEXT_HTML)
public class DataPage {

    private final Pages pages;
    private final DatasetResource datasets;
    private final ReleaseQuery releases;
    private final CatalogConfig catalog;

    public DataPage(
            Pages pages, DatasetResource datasets, ReleaseQuery releases, CatalogConfig catalog) {
        this.pages = pages;
        this.datasets = datasets;
        this.releases = releases;
        this.catalog = catalog;
    }

    public record Model(
            List<DatasetView> datasets,
            List<ReleaseView> releases,
            String licenseTitle,
            String licenseUrl) {}

    @GET
    public Response data(
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::data_title,
                "data",
                null,
                read -> {
                    Releases.Header r = read.release();
                    Model m =
                            new Model(
                                    datasets.datasets(r),
                                    releases.releases(r, null, Integer.MAX_VALUE),
                                    catalog.licenseTitle(),
                                    catalog.licenseUrl());
                    return pages.ok(read, Views.data(read.chrome(), m));
                });
    }
}

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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.api.DatasetResource;
import org.opendetainers.config.CatalogConfig;
import org.opendetainers.query.ReleaseQuery;
import org.opendetainers.query.StatQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.DatasetView;
import org.opendetainers.representation.DetainerStatView;
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
    private final StatQuery stats;

    /** The names of the detainer statistics' data sets start with it. */
    static final String STATS_PREFIX = "detainer-stats-";

    public DataPage(
            Pages pages,
            DatasetResource datasets,
            ReleaseQuery releases,
            CatalogConfig catalog,
            StatQuery stats) {
        this.stats = stats;
        this.pages = pages;
        this.datasets = datasets;
        this.releases = releases;
        this.catalog = catalog;
    }

    /**
     * @param synthetic the names of the data sets computed from synthetic records (the detainer
     *     statistics while the extract is synthetic)
     */
    public record Model(
            List<DatasetView> datasets,
            List<ReleaseView> releases,
            String licenseTitle,
            String licenseUrl,
            Set<String> synthetic) {}

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
                    List<DatasetView> sets = datasets.datasets(r);
                    boolean synthetic =
                            stats
                                    .cells(
                                            r,
                                            StatTable.of(Granularity.year, List.of()),
                                            Map.of(),
                                            null,
                                            null,
                                            null,
                                            1)
                                    .stream()
                                    .anyMatch(DetainerStatView::synthetic);
                    Model m =
                            new Model(
                                    sets,
                                    releases.releases(r, null, Integer.MAX_VALUE),
                                    catalog.licenseTitle(),
                                    catalog.licenseUrl(),
                                    synthetic
                                            ? sets.stream()
                                                    .map(DatasetView::name)
                                                    .filter(d -> d.startsWith(STATS_PREFIX))
                                                    .collect(Collectors.toSet())
                                            : Set.of());
                    return pages.ok(read, Views.data(read.chrome(), m));
                });
    }
}

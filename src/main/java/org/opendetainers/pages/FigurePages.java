package org.opendetainers.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendetainers.api.Params;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.FigureQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.FigureView;
import org.opendetainers.representation.SourceView;

/**
 * {@code /figures}: the figures of a release in a table filtered by a form; {@code /figures/{id}}:
 * one figure, ready to cite.
 */
@Path(Lang.PREFIX + "figures")
@Produces(MediaType.TEXT_HTML)
public class FigurePages {

    private final Pages pages;
    private final Names names;
    private final FigureQuery figures;

    public FigurePages(Pages pages, Names names, FigureQuery figures) {
        this.pages = pages;
        this.names = names;
        this.figures = figures;
    }

    /** The filters as the reader chose them (empty strings for none), to fill the form again. */
    public record Filters(
            String jurisdiction, String agency, String measure, String from, String to) {}

    public record ListModel(
            Names.Of names, Filters filters, List<HomePage.Point> rows, String apiUrl) {}

    /**
     * One figure and what the page shows beside it.
     *
     * @param verification primary, secondary or unverified, when the release records it (null: not
     *     recorded)
     * @param conflicts figures of other sources for the same measure, jurisdiction, agency and
     *     period
     */
    public record FigureModel(
            FigureView figure,
            Names.Of names,
            String agency,
            String measure,
            String period,
            SourceView source,
            String verification,
            List<HomePage.Point> conflicts) {}

    @GET
    public Response list(
            @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("agency") String agency,
            @QueryParam("measure") String measure,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::figures_title,
                "figures",
                null,
                read -> {
                    Releases.Header r = read.release();
                    Names.Of n = names.of(r);
                    String j = blank(jurisdiction);
                    String a = blank(agency);
                    String m = blank(measure);
                    Params.oneOf("jurisdiction", j, n.jurisdictions().keySet());
                    Params.oneOf("agency", a, n.agencies().keySet());
                    Params.oneOf("measure", m, n.measures().keySet());
                    LocalDate fromDate = Params.date("from", blank(from));
                    LocalDate toDate = Params.date("to", blank(to));
                    Params.range("from", fromDate, "to", toDate);
                    List<HomePage.Point> rows =
                            figures
                                    .figures(
                                            read.api().reference(),
                                            new FigureQuery.Filter(j, a, m, null, fromDate, toDate),
                                            null,
                                            Integer.MAX_VALUE)
                                    .stream()
                                    .map(f -> HomePage.point(f, n, read.lang()))
                                    .toList();
                    String api =
                            query(
                                    "/v1/figures",
                                    "jurisdiction",
                                    j,
                                    "agency",
                                    a,
                                    "measure",
                                    m,
                                    "from",
                                    blank(from),
                                    "to",
                                    blank(to),
                                    "release",
                                    r.id());
                    Filters filters =
                            new Filters(
                                    Objects.toString(j, ""),
                                    Objects.toString(a, ""),
                                    Objects.toString(m, ""),
                                    Objects.toString(blank(from), ""),
                                    Objects.toString(blank(to), ""));
                    return pages.ok(
                            read,
                            Views.figures(read.chrome(), new ListModel(n, filters, rows, api)));
                });
    }

    @GET
    @Path("{id}")
    public Response one(
            @PathParam("id") String id,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                msg -> msg.figure_title(id),
                "figures",
                null,
                read -> {
                    Releases.Header r = read.release();
                    FigureView f =
                            figures.figure(read.api().reference(), id)
                                    .orElseThrow(
                                            () ->
                                                    ApiProblem.notFound(
                                                            "no figure '"
                                                                    + id
                                                                    + "' in release "
                                                                    + r.id()
                                                                    + "; see /figures"));
                    Names.Of n = names.of(r);
                    HomePage.Point p = HomePage.point(f, n, read.lang());
                    String verification = f.verification() == null ? null : f.verification().name();
                    List<HomePage.Point> conflicts =
                            f.otherSourceFigureIds().stream()
                                    .map(other -> figures.figure(read.api().reference(), other))
                                    .flatMap(Optional::stream)
                                    .map(o -> HomePage.point(o, n, read.lang()))
                                    .toList();
                    FigureModel m =
                            new FigureModel(
                                    f,
                                    n,
                                    p.agency(),
                                    p.measure(),
                                    p.period(),
                                    n.source(f.sourceId()),
                                    verification,
                                    conflicts);
                    return pages.ok(
                            read,
                            Views.figure(
                                    read.chrome()
                                            .withTitle(
                                                    p.measure()
                                                            + ", "
                                                            + p.agency()
                                                            + ", "
                                                            + p.period()),
                                    m));
                });
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** {@code path?k=v&...} with the non-null values, URL-encoded. */
    static String query(String path, String... kv) {
        UriBuilder b = UriBuilder.fromPath(path);
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                b.queryParam(kv[i], kv[i + 1]);
            }
        }
        return b.build().toString();
    }
}

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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.FacilityQuery;
import org.opendetainers.query.IceCountQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.FacilityView;
import org.opendetainers.representation.IceCountView;
import org.opendetainers.representation.SourceView;

/**
 * {@code /facilities/{id}}: one ICE facility, where it is, and ICE's published counts of the
 * detainers it declined or that were lifted otherwise, by year.
 */
@Path(Lang.PREFIX + "facilities")
@Produces(MediaType.TEXT_HTML)
public class FacilityPages {

    private final Pages pages;
    private final Names names;
    private final FacilityQuery facilities;
    private final IceCountQuery counts;

    public FacilityPages(Pages pages, Names names, FacilityQuery facilities, IceCountQuery counts) {
        this.pages = pages;
        this.names = names;
        this.facilities = facilities;
        this.counts = counts;
    }

    /**
     * One year of a facility's published counts: the period, and the declined and otherwise lifted
     * detainers (null where the source gives none for the year).
     */
    public record Year(String period, IceCountView declined, IceCountView otherLifted) {}

    public record FacilityModel(
            FacilityView facility,
            Names.Of names,
            List<SourceView> sources,
            List<Year> years,
            List<SourceView> countSources) {

        /** How the facility's county was found, in words (blank without a county). */
        public String countyFoundBy() {
            return String.join(
                    "; ",
                    facility.countyFipsMethods().stream()
                            .map(
                                    method ->
                                            switch (method) {
                                                case coordinates ->
                                                        "its coordinates lie inside the county's boundary";
                                                case list_county ->
                                                        "a facility list names the county";
                                                case facility_name -> "its name names the county";
                                            })
                            .toList());
        }
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
                msg -> msg.facility_title(id),
                "facilities",
                null,
                read -> {
                    Releases.Header r = read.release();
                    FacilityView f =
                            facilities
                                    .facility(read.api().reference(), id)
                                    .orElseThrow(
                                            () ->
                                                    ApiProblem.notFound(
                                                            "no facility '"
                                                                    + id
                                                                    + "' in release "
                                                                    + r.id()));
                    Names.Of n = names.of(r);
                    List<IceCountView> rows =
                            counts.counts(
                                    read.api().reference(),
                                    new IceCountQuery.Filter(null, null, id, null, null, null),
                                    null,
                                    Integer.MAX_VALUE);
                    Map<Integer, IceCountView> declined = new TreeMap<>();
                    Map<Integer, IceCountView> other = new TreeMap<>();
                    Map<Integer, String> periods = new TreeMap<>();
                    for (IceCountView c : rows) {
                        int y = c.periodStart().getYear();
                        periods.put(
                                y, PageFormat.period(c.periodStart(), c.periodEnd(), read.lang()));
                        if (c.series() == CountSeries.declined_by_facility_and_year) {
                            declined.put(y, c);
                        } else if (c.series()
                                == CountSeries.lifted_other_reason_by_facility_and_year) {
                            other.put(y, c);
                        }
                    }
                    List<Year> years = new ArrayList<>();
                    periods.forEach(
                            (y, p) -> years.add(new Year(p, declined.get(y), other.get(y))));
                    FacilityModel m =
                            new FacilityModel(
                                    f,
                                    n,
                                    f.sourceIds().stream()
                                            .map(n::source)
                                            .filter(Objects::nonNull)
                                            .toList(),
                                    years,
                                    rows.stream()
                                            .map(IceCountView::sourceId)
                                            .distinct()
                                            .map(n::source)
                                            .filter(Objects::nonNull)
                                            .toList());
                    return pages.ok(read, Views.facility(read.chrome().withTitle(f.name()), m));
                });
    }
}

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opendetainers.api.Params;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PlaceLabel;
import org.opendetainers.problem.ApiProblem;

/**
 * {@code /map}: the counties or the states of the United States, each with what was in force there
 * on a date ({@code ?on=}, {@code ?kind=county|state}), as a table by state (the content, and the
 * map's text alternative) and as the data the map script colours the shapes with.
 */
@Path(Lang.PREFIX + "map")
@Produces(MediaType.TEXT_HTML)
public class MapPage {

    /** One area and what was in force there (its one label, {@link PlaceLabel}). */
    record Area(String id, String name, String stateId, PlaceLabel label) {}

    public record LegendEntry(String key, String label, long count) {}

    public record Named(String state, String id, String name, String label) {}

    /**
     * One state's row: what was in force statewide and its counties counted by label (the table's
     * columns); {@code drawn}: whether the map draws it.
     */
    public record StateRow(
            String id, String name, boolean drawn, String statewide, List<Long> counts) {}

    public record Model(
            String on,
            String onText,
            String minText,
            String maxText,
            String kind,
            boolean counties,
            String min,
            String max,
            List<LegendEntry> categories,
            List<LegendEntry> columns,
            List<StateRow> states,
            List<Named> named,
            String areas,
            String apiUrl) {}

    private final Pages pages;
    private final PlaceAreas places;
    private final MapShapes shapes;

    public MapPage(Pages pages, PlaceAreas places, MapShapes shapes) {
        this.pages = pages;
        this.places = places;
        this.shapes = shapes;
    }

    @GET
    public Response map(
            @QueryParam("on") String on,
            @QueryParam("kind") String kind,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        String k = FigurePages.blank(kind) == null ? "county" : kind.strip();
        if (!k.equals("county") && !k.equals("state")) {
            throw ApiProblem.invalidParameter("kind", "'" + kind + "' is not 'county' or 'state'");
        }
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::nav_map,
                "map",
                null,
                read -> {
                    PlaceAreas.Span span = places.span(read);
                    String day = FigurePages.blank(on);
                    LocalDate date = day == null ? span.max() : Params.date("on", day);
                    List<Area> states = places.areas(read, PlaceKind.state, date);
                    List<Area> counties = places.areas(read, PlaceKind.county, date);
                    PlaceMessages w = Pages.messages(PlaceMessages.class, read.lang());
                    Model m =
                            model(
                                    w,
                                    read.lang(),
                                    k,
                                    date,
                                    span,
                                    states,
                                    counties,
                                    shapes::drawn,
                                    read.release().id());
                    return pages.ok(
                            read,
                            Views.map(
                                    read.chrome()
                                            .withTitle(
                                                    w.map_title(
                                                            PageFormat.date(date, read.lang()))),
                                    m));
                });
    }

    static Model model(
            PlaceMessages w,
            Lang lang,
            String kind,
            LocalDate date,
            PlaceAreas.Span span,
            List<Area> states,
            List<Area> counties,
            Predicate<String> drawn,
            String release) {
        boolean byCounty = kind.equals("county");
        // the legend and the map count the areas the map draws; the table has them all
        List<Area> shown =
                (byCounty ? counties : states).stream().filter(a -> drawn.test(a.id())).toList();
        List<PlaceLabel> order =
                PlaceLabel.precedence(byCounty ? PlaceKind.county : PlaceKind.state);
        List<LegendEntry> legend =
                order.stream()
                        .map(
                                l ->
                                        new LegendEntry(
                                                l.name(),
                                                PlaceAreas.text(l, w),
                                                shown.stream().filter(a -> a.label() == l).count()))
                        .toList();
        // the table's columns: the labels some county has on this date
        List<PlaceLabel> columns =
                order.stream()
                        .filter(
                                l ->
                                        l == PlaceLabel.none_known
                                                || counties.stream().anyMatch(a -> a.label() == l))
                        .toList();
        Map<String, List<Area>> countiesByState = new LinkedHashMap<>();
        counties.forEach(
                c -> countiesByState.computeIfAbsent(c.stateId(), s -> new ArrayList<>()).add(c));
        List<StateRow> rows = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (Area s : states) {
            List<Area> in = countiesByState.getOrDefault(s.id(), List.of());
            List<Long> counts =
                    columns.stream()
                            .map(l -> in.stream().filter(a -> a.label() == l).count())
                            .toList();
            in.stream()
                    .filter(
                            a ->
                                    a.label() != PlaceLabel.none_known
                                            && a.label() != PlaceLabel.state_law_limiting
                                            && a.label() != PlaceLabel.state_law_other)
                    .forEach(
                            a ->
                                    named.add(
                                            new Named(
                                                    s.name(),
                                                    a.id(),
                                                    a.name(),
                                                    PlaceAreas.text(a.label(), w))));
            rows.add(
                    new StateRow(
                            s.id(),
                            s.name(),
                            drawn.test(s.id()),
                            PlaceAreas.text(s.label(), w),
                            counts));
        }
        String areas =
                shown.stream()
                        .filter(a -> a.label() != PlaceLabel.none_known)
                        .map(a -> a.id() + ":" + a.label().name())
                        .collect(Collectors.joining(" "));
        return new Model(
                date.toString(),
                PageFormat.date(date, lang),
                PageFormat.date(span.min(), lang),
                PageFormat.date(span.max(), lang),
                kind,
                byCounty,
                span.min().toString(),
                span.max().toString(),
                legend,
                columns.stream()
                        .map(l -> new LegendEntry(l.name(), PlaceAreas.text(l, w), 0))
                        .toList(),
                rows,
                named,
                areas,
                FigurePages.query(
                        "/v1/places", "kind", kind, "on", date.toString(), "release", release));
    }
}

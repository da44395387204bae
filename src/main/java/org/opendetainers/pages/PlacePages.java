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
import java.util.List;

/**
 * {@code /places/{id}}: a state or county (by FIPS code) or a city: what was in force there (state
 * laws, local policies, 287(g) agreements, with their dates and end windows) drawn above the
 * published counts of the same place, each with its table and its source, and its citation.
 */
@Path(Lang.PREFIX + "places")
@Produces(MediaType.TEXT_HTML)
public class PlacePages {

    public record Link(String id, String name) {}

    /**
     * One policy or agreement that applied to the place: from {@code start} to {@code end} (null:
     * no end known, drawn to the last day of the data), and for an end known only as a window, the
     * window's last day ({@code windowEnd}; the window starts at {@code end}).
     */
    public record Span(
            String label,
            String category,
            String categoryLabel,
            String href,
            String start,
            String startText,
            String end,
            String endText,
            String windowEnd,
            String source) {}

    /**
     * One published count or figure of the place: what it counts ({@code kind}, one series of the
     * chart), with its facility or agency ({@code series}), its period and value, linked.
     */
    public record Count(
            String kind,
            String series,
            String x,
            String end,
            String period,
            long value,
            String href,
            String source) {}

    public record PlaceModel(
            String id,
            String idLabel,
            String name,
            String kindLabel,
            Link parent,
            String childrenTitle,
            List<Link> children,
            List<Span> spans,
            List<Count> counts,
            String countsNote,
            String until,
            List<Link> facilities,
            List<Link> agencies,
            String howToCite,
            String apiUrl,
            String untilText,
            int agreementCount,
            String agreementsUrl) {}

    private final Pages pages;
    private final PlaceAreas places;

    public PlacePages(Pages pages, PlaceAreas places) {
        this.pages = pages;
        this.places = places;
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
                msg ->
                        Pages.messages(PlaceMessages.class, Lang.ofPath(uri.getPath()))
                                .place_title(id),
                "map",
                null,
                read -> {
                    PlaceModel m = places.place(read, id);
                    return pages.ok(read, Views.place(read.chrome().withTitle(m.name()), m));
                });
    }
}

package org.opendetainers.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The pages that have no Spanish text yet ({@code /map}, {@code /places/{id}}): their Spanish
 * addresses, which the Spanish pages' links lead to, answer 303 See Other to the English page, with
 * the query kept, so that no link of the Spanish pages ends on a 404. The parameters are declared
 * (unused) because undeclared query parameters are refused with 400. Such a page offers no language
 * switch and no Spanish alternate ({@link Chrome#hasSpanish()}).
 */
public final class EnglishOnly {

    private EnglishOnly() {}

    static Response toEnglish(UriInfo uri, String englishPath) {
        String query = uri.getRequestUri().getRawQuery();
        return Response.seeOther(URI.create(englishPath + (query == null ? "" : "?" + query)))
                .build();
    }

    /** {@code /es/map}: the map, in English. */
    @Path("/es/map")
    public static class Map {
        @GET
        public Response map(
                @QueryParam("on") String on,
                @QueryParam("kind") String kind,
                @QueryParam("release") String release,
                @Context UriInfo uri) {
            return toEnglish(uri, "/map");
        }
    }

    /** {@code /es/places/{id}}: a place page, in English. */
    @Path("/es/places/{id}")
    public static class Place {
        @GET
        public Response place(
                @PathParam("id") String id,
                @QueryParam("release") String release,
                @Context UriInfo uri) {
            return toEnglish(uri, "/places/" + id);
        }
    }
}

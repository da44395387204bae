package org.opendetainers.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the areas the map can draw: the states and counties of its shapes ({@code
 * web/static/map/us-albers.json}, made by {@code bin/make-map-shapes}: the 50 states, DC and Puerto
 * Rico). A place of the data without a shape is in the map page's table only.
 */
@ApplicationScoped
public class MapShapes {

    static final String RESOURCE = "web/static/map/us-albers.json";

    private final Set<String> ids;

    public MapShapes(ObjectMapper json) {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            JsonNode objects = json.readTree(in).path("objects");
            Set<String> found = new HashSet<>();
            for (String object : new String[] {"states", "counties"}) {
                objects.path(object)
                        .path("geometries")
                        .forEach(g -> found.add(g.path("id").asText()));
            }
            ids = Set.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the map draws the state or county of this id. */
    public boolean drawn(String id) {
        return ids.contains(id);
    }
}

package org.opendetainers.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counties of the Census Bureau's cartographic boundary file of 2017, as the TopoJSON file
 * {@code counties-10m.json} of us-atlas 3.0.1 gives them (object {@code counties}: {@code id} the
 * 5-digit FIPS code, {@code properties.name} the name, unprojected longitude and latitude,
 * quantized and simplified). Reads the names and boundaries and answers which county a point lies
 * in and which counties of a state bear a name.
 */
public final class CountyBoundaries {

    /** One county: FIPS code, name, and the arcs of its rings (indexes into the arcs). */
    public record County(String fips, String name, int[] arcs, double[] bbox) {}

    private final List<County> counties;
    private final double[][][] arcs; // arc -> point -> {lon, lat}
    private final Map<String, Map<String, List<String>>> byStateAndName = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    private CountyBoundaries(List<County> counties, double[][][] arcs) {
        this.counties = counties;
        this.arcs = arcs;
        for (County c : counties) {
            names.put(c.fips(), c.name());
            byStateAndName
                    .computeIfAbsent(c.fips().substring(0, 2), s -> new HashMap<>())
                    .computeIfAbsent(key(c.name()), k -> new ArrayList<>())
                    .add(c.fips());
        }
    }

    /** Reads a us-atlas TopoJSON file ({@code counties-10m.json}). */
    public static CountyBoundaries read(Path topojson) throws IOException {
        return of(new ObjectMapper().readTree(topojson.toFile()));
    }

    /** The counties of a parsed TopoJSON topology with an object {@code counties}. */
    public static CountyBoundaries of(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        JsonNode arcNodes = topology.get("arcs");
        double[][][] arcs = new double[arcNodes.size()][][];
        for (int i = 0; i < arcNodes.size(); i++) {
            JsonNode arc = arcNodes.get(i);
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int j = 0; j < arc.size(); j++) {
                x += arc.get(j).get(0).asLong();
                y += arc.get(j).get(1).asLong();
                points[j] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs[i] = points;
        }
        List<County> counties = new ArrayList<>();
        for (JsonNode g : topology.get("objects").get("counties").get("geometries")) {
            List<Integer> used = new ArrayList<>();
            collectArcs(g.get("arcs"), used);
            int[] indexes = used.stream().mapToInt(i -> i < 0 ? ~i : i).toArray();
            double[] bbox = {
                Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE
            };
            for (int a : indexes) {
                for (double[] p : arcs[a]) {
                    bbox[0] = Math.min(bbox[0], p[0]);
                    bbox[1] = Math.min(bbox[1], p[1]);
                    bbox[2] = Math.max(bbox[2], p[0]);
                    bbox[3] = Math.max(bbox[3], p[1]);
                }
            }
            counties.add(
                    new County(
                            g.get("id").asText(),
                            g.get("properties").get("name").asText(),
                            indexes,
                            bbox));
        }
        return new CountyBoundaries(counties, arcs);
    }

    private static void collectArcs(JsonNode node, List<Integer> out) {
        if (node == null) {
            return;
        }
        if (node.isInt()) {
            out.add(node.asInt());
            return;
        }
        for (JsonNode n : node) {
            collectArcs(n, out);
        }
    }

    /** How many counties were read. */
    public int size() {
        return counties.size();
    }

    /** The name of a county by FIPS code, or null. */
    public String name(String fips) {
        return names.get(fips);
    }

    /**
     * The FIPS codes of the counties whose boundary holds the point (even-odd rule over all rings
     * of the county): one where the point is inside a county, none outside every county (at sea,
     * abroad), and more only where simplified boundaries overlap.
     */
    public List<String> at(double longitude, double latitude) {
        List<String> out = new ArrayList<>();
        for (County c : counties) {
            double[] b = c.bbox();
            if (longitude < b[0] || longitude > b[2] || latitude < b[1] || latitude > b[3]) {
                continue;
            }
            boolean inside = false;
            for (int a : c.arcs()) {
                double[][] pts = arcs[a];
                for (int i = 1; i < pts.length; i++) {
                    double[] p = pts[i - 1];
                    double[] q = pts[i];
                    if ((p[1] > latitude) != (q[1] > latitude)
                            && longitude
                                    < (q[0] - p[0]) * (latitude - p[1]) / (q[1] - p[1]) + p[0]) {
                        inside = !inside;
                    }
                }
            }
            if (inside) {
                out.add(c.fips());
            }
        }
        return out;
    }

    /**
     * The FIPS codes of the counties of a state (2-digit FIPS) whose name equals {@code name},
     * letters and digits, any case, accents removed ({@link #key}): usually one or none; two where
     * a county and an independent city share a name (Baltimore, MD; Richmond, VA).
     */
    public List<String> named(String stateFips, String name) {
        Map<String, List<String>> ofState = byStateAndName.get(stateFips);
        if (ofState == null || name == null) {
            return List.of();
        }
        return ofState.getOrDefault(key(name), List.of());
    }

    /** A name as compared: capital letters and digits only, accents removed. */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}

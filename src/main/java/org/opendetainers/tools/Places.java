package org.opendetainers.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.StateFips;
import org.opendetainers.ingest.CountyNames;
import org.opendetainers.ingest.CsvTable;
import org.opendetainers.ingest.CuratedData.PlaceRecord;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.ingest.ImportProblems;

/**
 * Converts the Census Bureau's boundaries, as npm's {@code us-atlas} 3.0.1 packs them (TopoJSON),
 * into the curated file {@code places.csv}: one row per state, DC and territory (the 2-digit state
 * FIPS code), per county or county equivalent (the 5-digit county FIPS code), and per city of
 * {@link #CITIES}. Only the ids and names of the geometries are read ({@code id}, {@code
 * properties.name}); the shapes are not. Each row's postal code comes from {@link StateFips}.
 *
 * <p>It also writes the two rows of {@code sources.csv} of the files read (ids starting {@link
 * #SOURCE_PREFIX}) and {@code places-problems.csv}: the 287(g) agreements of {@code agreements.csv}
 * whose county matches no county of the boundaries by the rule of {@link CountyNames} (the rule the
 * import joins them by).
 *
 * <p>Usage: {@code Places DIR TARBALL_SHA1 DATA_SEED_DIR}; DIR holds {@link #STATES_FILE} and
 * {@link #COUNTIES_FILE} of the package; TARBALL_SHA1 is the SHA-1 of the package's tarball, the
 * copy's "commit".
 */
public final class Places {

    /** Source ids of the boundaries start with this; the converter rewrites those rows only. */
    public static final String SOURCE_PREFIX = "us-atlas-";

    static final String PACKAGE = "npm:us-atlas@3.0.1";
    static final String STATES_FILE = "states-10m.json";
    static final String COUNTIES_FILE = "counties-10m.json";
    static final String SOURCE_STATES = SOURCE_PREFIX + "3-0-1-states";
    static final String SOURCE_COUNTIES = SOURCE_PREFIX + "3-0-1-counties";
    static final String PROBLEMS = "places-problems.csv";

    private static final Pattern STATE_FIPS = Pattern.compile("[0-9]{2}");
    private static final Pattern COUNTY_FIPS = Pattern.compile("[0-9]{5}");

    /**
     * The cities the data set has policies or figures of (jurisdictions of kind city), as places:
     * id (the jurisdiction's id: the boundaries read have no cities, and so no Census place code),
     * name, state FIPS, the counties the city spans where known, note. DC is not a city here: it is
     * the place 11 of the boundaries.
     */
    record City(String id, String name, String stateFips, List<String> counties, String note) {}

    static final List<City> CITIES =
            List.of(
                    new City(
                            "nyc",
                            "New York City",
                            "36",
                            List.of("36005", "36047", "36061", "36081", "36085"),
                            "A city of five boroughs, each a county of New York State: the Bronx (Bronx County, 36005), Brooklyn (Kings County, 36047), Manhattan (New York County, 36061), Queens (Queens County, 36081) and Staten Island (Richmond County, 36085). Its id is the jurisdiction's: the boundaries read have no city, so no Census place code."),
                    new City(
                            "chicago",
                            "Chicago",
                            "17",
                            List.of(),
                            "Its counties are not listed: no source read gives them. Its id is the jurisdiction's: the boundaries read have no city, so no Census place code."),
                    new City(
                            "philadelphia",
                            "Philadelphia",
                            "42",
                            List.of(),
                            "Its counties are not listed: no source read gives them. Its id is the jurisdiction's: the boundaries read have no city, so no Census place code."));

    /** The columns of places.csv (CuratedDataReader reads them). */
    static final List<String> COLUMNS = CuratedDataReader.PLACE_COLUMNS;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Places DIR TARBALL_SHA1 DATA_SEED_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path seed = Path.of(args[2]);
        List<PlaceRecord> places = read(dir);
        write(places, seed, args[1]);
        long states = places.stream().filter(p -> p.kind() == PlaceKind.state).count();
        long counties = places.stream().filter(p -> p.kind() == PlaceKind.county).count();
        System.out.println(
                "places.csv: "
                        + states
                        + " states, DC and territories, "
                        + counties
                        + " counties, "
                        + CITIES.size()
                        + " cities");
    }

    /** The places of the two files of DIR: states, then counties, then cities, each by id. */
    static List<PlaceRecord> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> states = names(json, dir.resolve(STATES_FILE), "states", STATE_FIPS);
        Map<String, String> countiesStates =
                names(json, dir.resolve(COUNTIES_FILE), "states", STATE_FIPS);
        if (!states.equals(countiesStates)) {
            throw new IllegalStateException(
                    "the states of " + STATES_FILE + " and " + COUNTIES_FILE + " differ");
        }
        Map<String, String> counties =
                names(json, dir.resolve(COUNTIES_FILE), "counties", COUNTY_FIPS);
        List<PlaceRecord> places = new ArrayList<>();
        states.forEach(
                (id, name) -> {
                    String postal = StateFips.postal(id);
                    if (postal == null) {
                        throw new IllegalStateException(
                                "state " + id + " (" + name + ") is not in StateFips");
                    }
                    places.add(
                            new PlaceRecord(
                                    id,
                                    PlaceKind.state,
                                    name,
                                    postal,
                                    null,
                                    List.of(),
                                    List.of(SOURCE_STATES),
                                    null));
                });
        counties.forEach(
                (id, name) -> {
                    String parent = id.substring(0, 2);
                    if (!states.containsKey(parent)) {
                        throw new IllegalStateException(
                                "county " + id + " (" + name + ") has no state " + parent);
                    }
                    places.add(
                            new PlaceRecord(
                                    id,
                                    PlaceKind.county,
                                    name,
                                    StateFips.postal(parent),
                                    parent,
                                    List.of(),
                                    List.of(SOURCE_COUNTIES),
                                    null));
                });
        for (City c : CITIES) {
            for (String county : c.counties()) {
                if (!counties.containsKey(county) || !county.startsWith(c.stateFips())) {
                    throw new IllegalStateException(
                            c.id() + ": " + county + " is not a county of " + c.stateFips());
                }
            }
            places.add(
                    new PlaceRecord(
                            c.id(),
                            PlaceKind.city,
                            c.name(),
                            StateFips.postal(c.stateFips()),
                            c.stateFips(),
                            c.counties(),
                            List.of(c.counties().isEmpty() ? SOURCE_STATES : SOURCE_COUNTIES),
                            c.note()));
        }
        return places;
    }

    /** The id and name of each geometry of one object of a TopoJSON file, by id. */
    private static Map<String, String> names(
            ObjectMapper json, Path file, String object, Pattern idPattern) throws IOException {
        JsonNode geometries;
        try (InputStream in = Files.newInputStream(file)) {
            geometries = json.readTree(in).path("objects").path(object).path("geometries");
        }
        if (!geometries.isArray() || geometries.isEmpty()) {
            throw new IllegalStateException(file + " has no geometries in objects." + object);
        }
        Map<String, String> names = new TreeMap<>();
        for (JsonNode g : geometries) {
            String id = g.path("id").asText(null);
            String name = g.path("properties").path("name").asText(null);
            if (id == null || !idPattern.matcher(id).matches() || name == null || name.isBlank()) {
                throw new IllegalStateException(
                        file.getFileName()
                                + ", objects."
                                + object
                                + ": a geometry "
                                + g.path("id")
                                + " has no id of the form "
                                + idPattern
                                + " or no name");
            }
            if (names.put(id, name.strip()) != null) {
                throw new IllegalStateException(
                        file.getFileName() + ", objects." + object + ": id " + id + " twice");
            }
        }
        return names;
    }

    /** Writes places.csv, the sources' rows and places-problems.csv into {@code seed}. */
    static void write(List<PlaceRecord> places, Path seed, String tarballSha1) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlaceRecord p : places) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", p.id());
            v.put("kind", p.kind().name());
            v.put("name", p.name());
            v.put("state", p.state());
            v.put("parent_id", p.parentId());
            v.put("county_ids", String.join(";", p.countyIds()));
            v.put("source_ids", String.join(";", p.sourceIds()));
            v.put("note", p.note());
            rows.add(v);
        }
        CuratedCsv.write(seed.resolve(CuratedDataReader.PLACES), COLUMNS, rows);
        CuratedCsv.replaceLines(
                seed.resolve(CuratedDataReader.SOURCES),
                SOURCE_PREFIX,
                List.of(
                        CuratedCsv.line(
                                source(
                                        SOURCE_STATES,
                                        "states, DC and territories",
                                        STATES_FILE,
                                        tarballSha1),
                                CuratedDataReader.SOURCE_COLUMNS),
                        CuratedCsv.line(
                                source(
                                        SOURCE_COUNTIES,
                                        "counties and county equivalents",
                                        COUNTIES_FILE,
                                        tarballSha1),
                                CuratedDataReader.SOURCE_COLUMNS)));
        CuratedCsv.writeProblems(seed.resolve(PROBLEMS), agreementProblems(places, seed));
    }

    private static Map<String, Object> source(
            String id, String what, String file, String tarballSha1) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("publisher", "U.S. Census Bureau");
        v.put("title", "Cartographic boundary files, 2017 edition: " + what + " (" + file + ")");
        v.put("published_on", null);
        v.put("published_on_precision", "unknown");
        v.put("url", "https://www2.census.gov/geo/tiger/GENZ2017/shp/");
        v.put("kind", "government_report");
        v.put("author", null);
        v.put(
                "note",
                "The Census Bureau's cartographic boundary files of the 2017 edition, as the npm package us-atlas 3.0.1 (Mike Bostock) packs them as TopoJSON; the package's README names the edition and the address. Only each geometry's id (the FIPS code) and properties.name are read, not the shapes. The copy read is the package's file "
                        + file
                        + "; copy_commit is the SHA-1 of the package's tarball (a package has no commit). The names are the Census Bureau's without the kind of county ('Harris', not 'Harris County'; Baltimore city and Baltimore County are both 'Baltimore').");
        v.put("copy_repository", PACKAGE);
        v.put("copy_commit", tarballSha1);
        v.put("copy_path", "package/" + file);
        v.put(
                "license",
                "Public domain in the United States: a work of the U.S. federal government (17 U.S.C. 105); the package is under the ISC licence");
        return v;
    }

    /**
     * The agreements of agreements.csv whose county matches no county of {@code places} by {@link
     * CountyNames}: file, row (the line, 1 = header), column, value ("county (state)"), reason.
     */
    static List<List<Object>> agreementProblems(List<PlaceRecord> places, Path seed)
            throws IOException {
        CountyNames names = CuratedDataReader.countyNames(places);
        List<List<Object>> problems = new ArrayList<>();
        Path agreements = seed.resolve(CuratedDataReader.AGREEMENTS);
        if (!Files.isRegularFile(agreements)) {
            return problems;
        }
        ImportProblems read = new ImportProblems();
        try (InputStream in = Files.newInputStream(agreements)) {
            CsvTable.readColumns(
                    CuratedDataReader.AGREEMENTS,
                    in,
                    List.of("id", "state", "county"),
                    read,
                    line -> {
                        String county = line.cells().get("county");
                        String state = line.cells().get("state");
                        if (county == null) {
                            return;
                        }
                        CountyNames.Match m = names.match(state, county);
                        if (!m.matched()) {
                            problems.add(
                                    List.of(
                                            CuratedDataReader.AGREEMENTS,
                                            line.line(),
                                            "county",
                                            county + " (" + state + ")",
                                            m.reason() + "; county_fips left blank"));
                        }
                    });
        }
        if (!read.isEmpty()) {
            throw new IllegalStateException("cannot read " + agreements + ": " + read);
        }
        return problems;
    }

    private Places() {}
}

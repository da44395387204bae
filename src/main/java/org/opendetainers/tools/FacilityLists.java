package org.opendetainers.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.opendetainers.domain.vocabulary.CountyMethod;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.ingest.Mappings;
import org.opendetainers.ingest.records.IceValues;
import org.opendetainers.tools.FacilityCounties.Found;
import org.opendetainers.tools.FacilityCounties.Sheriff;

/**
 * Converts the public lists of ICE facilities into the curated files {@code facilities.csv} (one
 * row per facility code, DETLOC) and {@code areas-of-responsibility.csv} (ICE's 25 ERO field
 * offices and the states, and in split states the counties, each covers).
 *
 * <p>Read, in this order of precedence for each value:
 *
 * <ol>
 *   <li>UWCHR's {@code analyze/hand/detloc_aor.csv} (UWCHR/deport-data-proj): code, ICE's name,
 *       area of responsibility ("Baltimore Area of Responsibility"; {@code NA}: none);
 *   <li>UWCHR's {@code share/input/facilities.csv.gz} (same repository, pipe-delimited): code,
 *       name, city, state, area of responsibility as ICE's three-letter office code ({@code SEA}),
 *       ICE's type and detailed type;
 *   <li>the Deportation Data Project's {@code inputs/facility-locations-oct2025.txt}
 *       (deportationdata/ice, tab-delimited): code, name, coordinates, city, state;
 *   <li>the Deportation Data Project's {@code inputs/ice-areas-of-responsibility.csv}: office,
 *       state name, county, note.
 * </ol>
 *
 * <p>Nothing is guessed: a value no list gives stays blank; where two lists disagree, the first
 * list's value is kept and the row's note quotes the other. Coordinates are taken only where the
 * list giving them places the facility in the row's state. No list gives a FIPS code: {@code
 * county_fips} is found by the methods of {@link FacilityCounties} over the county boundaries and
 * names of us-atlas 3.0.1 ({@link CountyBoundaries}), each recorded in {@code county_fips_methods};
 * {@code agreement_agency_id} links a county jail to its county's sheriff's office in
 * agreements.csv by the rule of {@link FacilityCounties#isCountyJail} ({@link #placed}). {@code
 * agency} is set only where ICE's name of the facility is a row of {@code mappings/facilities.csv}
 * (the import's own table of facility → agency). What cannot be read (a code that is not letters
 * and digits, an office no table names, a state that is no state) is reported in {@code
 * facilities-problems.csv} with file, row, column, value and reason.
 *
 * <p>The areas of responsibility are spelled as the Deportation Data Project's list spells its
 * offices ({@code office_name}): UWCHR's "St. Paul Area of Responsibility" is {@code St Paul}, and
 * ICE's three-letter office codes are mapped by {@link #OFFICE_CODES}.
 *
 * <p>Vera Institute's {@code metadata/facilities.csv} (vera-institute/ice-detention-trends) is not
 * read: its licence (License.md, "Data Access License Terms") forbids distributing the data set in
 * any form, and the releases of this service are public-domain open data.
 *
 * <p>Usage: {@code FacilityLists DIR UWCHR_COMMIT DDP_LOCATIONS_COMMIT DDP_AOR_COMMIT DATA_SEED_DIR
 * COUNTIES_10M_JSON}; DIR holds the four files under the names of {@link #DETLOC_AOR}, {@link
 * #UWCHR_FACILITIES} (gunzipped), {@link #DDP_LOCATIONS} and {@link #DDP_AORS}.
 */
public final class FacilityLists {

    /** Source ids of the lists start with this; the converter rewrites those rows only. */
    public static final String SOURCE_PREFIX = "facility-list-";

    static final String UWCHR = "UWCHR/deport-data-proj";
    static final String DDP = "deportationdata/ice";

    static final String DETLOC_AOR = "detloc_aor.csv";
    static final String UWCHR_FACILITIES = "facilities.csv";
    static final String DDP_LOCATIONS = "facility-locations-oct2025.txt";
    static final String DDP_AORS = "ice-areas-of-responsibility.csv";

    static final String SOURCE_DETLOC_AOR = SOURCE_PREFIX + "uwchr-detloc-aor";
    static final String SOURCE_UWCHR_FACILITIES = SOURCE_PREFIX + "uwchr-facilities";
    static final String SOURCE_DDP_LOCATIONS = SOURCE_PREFIX + "ddp-locations-2025-10";
    static final String SOURCE_DDP_AORS = SOURCE_PREFIX + "ddp-areas-of-responsibility";

    /**
     * The county boundaries and names (us-atlas 3.0.1, from the Census Bureau's cartographic
     * boundary file of 2017): a source of every facility's county.
     */
    static final String SOURCE_COUNTIES = "us-atlas-3-0-1-counties";

    /**
     * ICE's three-letter codes of its ERO field offices, as UWCHR's facilities list gives them, and
     * the office names of the Deportation Data Project's list. The list has no Harlingen code
     * (HLG): none of its rows names it.
     */
    static final Map<String, String> OFFICE_CODES =
            Map.ofEntries(
                    Map.entry("ATL", "Atlanta"),
                    Map.entry("BAL", "Baltimore"),
                    Map.entry("BOS", "Boston"),
                    Map.entry("BUF", "Buffalo"),
                    Map.entry("CHI", "Chicago"),
                    Map.entry("DAL", "Dallas"),
                    Map.entry("DEN", "Denver"),
                    Map.entry("DET", "Detroit"),
                    Map.entry("ELP", "El Paso"),
                    Map.entry("HLG", "Harlingen"),
                    Map.entry("HOU", "Houston"),
                    Map.entry("LOS", "Los Angeles"),
                    Map.entry("MIA", "Miami"),
                    Map.entry("NEW", "Newark"),
                    Map.entry("NOL", "New Orleans"),
                    Map.entry("NYC", "New York City"),
                    Map.entry("PHI", "Philadelphia"),
                    Map.entry("PHO", "Phoenix"),
                    Map.entry("SEA", "Seattle"),
                    Map.entry("SFR", "San Francisco"),
                    Map.entry("SLC", "Salt Lake City"),
                    Map.entry("SNA", "San Antonio"),
                    Map.entry("SND", "San Diego"),
                    Map.entry("SPM", "St Paul"),
                    Map.entry("WAS", "Washington"));

    /**
     * UWCHR's spellings of an office that differ from the office name once "Area of Responsibility"
     * is taken off.
     */
    static final Map<String, String> UWCHR_SPELLINGS = Map.of("St. Paul", "St Paul");

    /** State names of the AOR list that the import's table of states does not spell so. */
    static final Map<String, String> TERRITORIES =
            Map.of(
                    "UNITED STATES VIRGIN ISLANDS", "VI",
                    "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS", "MP");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");
    private static final String AOR_SUFFIX = " Area of Responsibility";

    /** A value that could not be read: file, row (1 = header), column, value, reason. */
    record Problem(String file, long row, String column, String value, String reason) {}

    /** One row of the AOR list. */
    record Area(String office, String state, String county, String note) {}

    /** One facility as the converter writes it. */
    record Facility(
            String id,
            String detloc,
            String name,
            String city,
            String countyFips,
            List<CountyMethod> countyMethods,
            String state,
            String aor,
            String typeDetailed,
            String typeGrouped,
            String latitude,
            String longitude,
            String agency,
            String agreementAgencyId,
            List<String> sourceIds,
            String note) {}

    /** The columns of the lists read, by name; one map per data row. */
    record Table(String file, List<Map<String, String>> rows) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println(
                    "usage: FacilityLists DIR UWCHR_COMMIT DDP_LOCATIONS_COMMIT DDP_AOR_COMMIT DATA_SEED_DIR COUNTIES_10M_JSON");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path seed = Path.of(args[4]);
        List<Problem> problems = new ArrayList<>();
        List<Area> areas = areas(read(dir.resolve(DDP_AORS), ',', DDP_AORS), problems);
        Map<String, String> agencies = facilityAgencies(seed.resolve(Mappings.FACILITIES));
        Table uwchr = read(dir.resolve(UWCHR_FACILITIES), '|', UWCHR_FACILITIES);
        List<Facility> listed =
                facilities(
                        read(dir.resolve(DETLOC_AOR), ',', DETLOC_AOR),
                        uwchr,
                        read(dir.resolve(DDP_LOCATIONS), '\t', DDP_LOCATIONS),
                        areas,
                        agencies,
                        problems);
        FacilityCounties counties = new FacilityCounties(CountyBoundaries.read(Path.of(args[5])));
        Table agreements =
                read(seed.resolve(CuratedDataReader.AGREEMENTS), ',', CuratedDataReader.AGREEMENTS);
        Placed placed = placed(listed, uwchr, agreements, counties, problems);
        List<Facility> facilities = placed.facilities();
        writeFacilities(seed.resolve(CuratedDataReader.FACILITIES), facilities);
        writeAreas(seed.resolve(CuratedDataReader.AREAS_OF_RESPONSIBILITY), areas);
        writeSources(seed.resolve(CuratedDataReader.SOURCES), args[1], args[2], args[3]);
        writeProblems(seed.resolve("facilities-problems.csv"), problems);
        System.out.printf(
                "%d facilities, %d rows of areas of responsibility, %d problems reported%n",
                facilities.size(), areas.size(), problems.size());
        System.out.println(placed.summary());
    }

    /** The facilities with their counties and sheriff's links, and what each method gave. */
    record Placed(List<Facility> facilities, Map<String, Integer> counts) {
        String summary() {
            return counts.toString();
        }
    }

    /**
     * The facilities with a county where the methods of {@link FacilityCounties} give one (and
     * every method that gives one gives the same), and the sheriff's office of agreements.csv where
     * the facility is its county's jail ({@link FacilityCounties#isCountyJail}) and the county has
     * exactly one sheriff's office with an agreement. Conflicts, names of two counties and county
     * names no county bears are reported in {@code problems}; counted in {@link Placed#counts}.
     */
    static Placed placed(
            List<Facility> facilities,
            Table uwchr,
            Table agreements,
            FacilityCounties counties,
            List<Problem> problems) {
        Map<String, Map<String, String>> uwchrByCode = new LinkedHashMap<>();
        long line = 1;
        for (Map<String, String> r : uwchr.rows()) {
            line++;
            Map<String, String> row = new LinkedHashMap<>(r);
            row.put(LINE, Long.toString(line));
            uwchrByCode.putIfAbsent(r.get("detloc"), row);
        }
        List<String[]> sheriffProblems = new ArrayList<>();
        Map<String, List<Sheriff>> sheriffs = counties.sheriffs(agreements.rows(), sheriffProblems);
        for (String[] p : sheriffProblems) {
            problems.add(
                    new Problem(
                            CuratedDataReader.AGREEMENTS,
                            Long.parseLong(p[0]),
                            "county",
                            p[1],
                            p[2]));
        }
        Map<String, Integer> counts = new TreeMap<>();
        List<Facility> out = new ArrayList<>();
        long row = 1;
        for (Facility f : facilities) {
            row++;
            Map<String, String> b = uwchrByCode.get(f.detloc());
            Map<CountyMethod, Found> found = new LinkedHashMap<>();
            found.put(
                    CountyMethod.coordinates,
                    counties.byCoordinates(f.state(), f.latitude(), f.longitude()));
            Found listed = counties.byListCounty(f.state(), value(b, "county"));
            found.put(CountyMethod.list_county, listed);
            found.put(CountyMethod.facility_name, counties.byName(f.state(), f.name()));
            FacilityCounties.County county = counties.combine(found);
            if (listed.problem() != null && county.fips() == null) {
                problems.add(
                        new Problem(
                                UWCHR_FACILITIES,
                                lineOf(b),
                                "county",
                                value(b, "county"),
                                listed.problem() + " (" + f.detloc() + ")"));
            }
            for (String p : county.problems()) {
                if (county.fips() == null && !p.startsWith(CountyMethod.list_county + ":")) {
                    problems.add(
                            new Problem(
                                    WRITTEN, row, "county_fips", f.detloc() + " " + f.name(), p));
                }
            }
            if (county.fips() != null) {
                count(counts, "with county");
                for (CountyMethod m : county.methods()) {
                    count(counts, "county by " + m);
                }
                if (county.methods().size() == 1) {
                    count(counts, "county by " + county.methods().get(0) + " alone");
                }
            } else if (county.problems().stream().anyMatch(p -> p.startsWith("conflict"))) {
                count(counts, "county conflicts (blank)");
            } else {
                count(counts, "without county");
            }
            String sheriff = null;
            List<String> notes = new ArrayList<>();
            if (f.note() != null) {
                notes.add(f.note());
            }
            county.problems().stream()
                    .filter(p -> county.fips() == null && p.startsWith("conflict"))
                    .forEach(p -> notes.add("county_fips " + p));
            if (FacilityCounties.isCountyJail(f.typeDetailed(), f.name(), county)) {
                count(counts, "county jails by rule");
                List<Sheriff> of = sheriffs.getOrDefault(county.fips(), List.of());
                if (of.size() == 1) {
                    sheriff = of.get(0).agencyId();
                    count(counts, "linked to a sheriff's office");
                    notes.add(
                            "agreement_agency_id: "
                                    + SHERIFF_RULE
                                    + " ('"
                                    + of.get(0).agency()
                                    + "')");
                } else if (of.size() > 1) {
                    problems.add(
                            new Problem(
                                    WRITTEN,
                                    row,
                                    "agreement_agency_id",
                                    String.join(";", of.stream().map(Sheriff::agencyId).toList()),
                                    "the county has "
                                            + of.size()
                                            + " sheriff's offices in "
                                            + CuratedDataReader.AGREEMENTS
                                            + ": none linked"));
                }
            }
            out.add(
                    new Facility(
                            f.id(),
                            f.detloc(),
                            f.name(),
                            f.city(),
                            county.fips(),
                            county.methods(),
                            f.state(),
                            f.aor(),
                            f.typeDetailed(),
                            f.typeGrouped(),
                            f.latitude(),
                            f.longitude(),
                            f.agency(),
                            sheriff,
                            county.fips() == null ? f.sourceIds() : withCounties(f.sourceIds()),
                            notes.isEmpty() ? null : String.join("; ", notes)));
        }
        return new Placed(out, counts);
    }

    /** How problems name a row of the file written (UWCHR's list is also "facilities.csv"). */
    static final String WRITTEN = "data-seed/" + CuratedDataReader.FACILITIES;

    /** How a row's note states the sheriff's link (the rule in docs/data.md). */
    static final String SHERIFF_RULE =
            "the sheriff's office with a 287(g) agreement in this county jail's county (rule: county jail by ICE's type and its name naming the county)";

    private static List<String> withCounties(List<String> sourceIds) {
        List<String> out = new ArrayList<>(sourceIds);
        out.add(SOURCE_COUNTIES);
        return out;
    }

    private static void count(Map<String, Integer> counts, String what) {
        counts.merge(what, 1, Integer::sum);
    }

    /** A delimited file with a header, every value stripped. */
    static Table read(Path path, char separator, String name) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it =
                        mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = new LinkedHashMap<>();
                it.next().forEach((k, v) -> row.put(k.strip(), v == null ? "" : v.strip()));
                rows.add(row);
            }
        }
        return new Table(name, rows);
    }

    /** The AOR list: one row per office and state (and county in split states). */
    static List<Area> areas(Table table, List<Problem> problems) {
        List<Area> out = new ArrayList<>();
        long line = 1;
        for (Map<String, String> r : table.rows()) {
            line++;
            String office = r.get("office_name");
            String stateName = r.get("state_name");
            String state = state(stateName);
            if (state == null) {
                problems.add(
                        new Problem(
                                table.file(), line, "state_name", stateName, "not a state's name"));
                continue;
            }
            out.add(new Area(office, state, blank(r.get("county_name")), blank(r.get("notes"))));
        }
        return out;
    }

    /** The facilities, by code, from the three lists in their order of precedence. */
    static List<Facility> facilities(
            Table detlocAor,
            Table uwchr,
            Table locations,
            List<Area> areas,
            Map<String, String> agencies,
            List<Problem> problems) {
        Map<String, List<String>> statesOf = new LinkedHashMap<>();
        for (Area a : areas) {
            List<String> states = statesOf.computeIfAbsent(a.office(), o -> new ArrayList<>());
            if (!states.contains(a.state())) {
                states.add(a.state());
            }
        }
        Map<String, Map<String, String>> first =
                byCode(detlocAor, "detention_facility_code", problems);
        Map<String, Map<String, String>> second = byCode(uwchr, "detloc", problems);
        Map<String, Map<String, String>> third =
                byCode(locations, "detention_facility_code", problems);
        TreeMap<String, Facility> out = new TreeMap<>();
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        codes.addAll(first.keySet());
        codes.addAll(second.keySet());
        codes.addAll(third.keySet());
        for (String code : codes) {
            Map<String, String> a = first.get(code);
            Map<String, String> b = second.get(code);
            Map<String, String> c = third.get(code);
            List<String> sources = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            if (a != null) {
                sources.add(SOURCE_DETLOC_AOR);
            }
            if (b != null) {
                sources.add(SOURCE_UWCHR_FACILITIES);
            }
            if (c != null) {
                sources.add(SOURCE_DDP_LOCATIONS);
            }

            String name =
                    pick(
                            "name",
                            notes,
                            value(a, "detention_facility"),
                            SOURCE_DETLOC_AOR,
                            value(b, "name"),
                            SOURCE_UWCHR_FACILITIES,
                            value(c, "detention_facility_name"),
                            SOURCE_DDP_LOCATIONS);

            String aorA = null;
            String rawA = value(a, "area_of_responsibility");
            if (rawA != null && !rawA.equals("NA")) {
                aorA = uwchrOffice(rawA, statesOf);
                if (aorA == null) {
                    problems.add(
                            new Problem(
                                    DETLOC_AOR,
                                    lineOf(a),
                                    "area_of_responsibility",
                                    rawA,
                                    "no office of the AOR list"));
                }
            }
            String aorB = null;
            String rawB = value(b, "aor");
            if (rawB != null && !rawB.equals("NA")) {
                aorB = OFFICE_CODES.get(rawB);
                if (aorB == null) {
                    problems.add(
                            new Problem(
                                    UWCHR_FACILITIES,
                                    lineOf(b),
                                    "aor",
                                    rawB,
                                    "not one of ICE's office codes"));
                }
            }
            String aor =
                    pick(
                            "area of responsibility",
                            notes,
                            aorA,
                            SOURCE_DETLOC_AOR,
                            aorB,
                            SOURCE_UWCHR_FACILITIES,
                            null,
                            null);

            String stateB = readState(b, "state", UWCHR_FACILITIES, problems);
            String stateC = readState(c, "state", DDP_LOCATIONS, problems);
            String state =
                    pick(
                            "state",
                            notes,
                            stateB,
                            SOURCE_UWCHR_FACILITIES,
                            stateC,
                            SOURCE_DDP_LOCATIONS,
                            null,
                            null);
            String city =
                    pickText(
                            "city",
                            notes,
                            value(b, "city"),
                            SOURCE_UWCHR_FACILITIES,
                            value(c, "city"),
                            SOURCE_DDP_LOCATIONS);

            String latitude = null;
            String longitude = null;
            if (c != null && value(c, "latitude") != null) {
                if (stateC == null || stateC.equals(state)) {
                    latitude = value(c, "latitude");
                    longitude = value(c, "longitude");
                } else {
                    notes.add(
                            "coordinates of "
                                    + SOURCE_DDP_LOCATIONS
                                    + " not taken: they place it in "
                                    + stateC);
                }
            }
            String typeDetailed = value(b, "type_detailed");
            if ("?".equals(typeDetailed)) {
                notes.add(SOURCE_UWCHR_FACILITIES + " gives its detailed type as '?'");
                typeDetailed = null;
            }
            String typeGrouped = value(b, "type");

            if (aor != null && state != null) {
                List<String> states = statesOf.get(aor);
                if (states != null && !states.contains(state)) {
                    notes.add(
                            0,
                            CuratedDataReader.AOR_DISAGREEMENT
                                    + " "
                                    + state
                                    + " is not a state of the "
                                    + aor
                                    + " area of responsibility in "
                                    + SOURCE_DDP_AORS
                                    + " ("
                                    + String.join(", ", states)
                                    + ")");
                }
            }
            String agency = null;
            for (String n : Arrays.asList(value(a, "detention_facility"), value(b, "name"))) {
                if (n != null && agency == null) {
                    agency = agencies.get(Mappings.key(n));
                }
            }
            String id = code.toLowerCase(Locale.ROOT);
            out.put(
                    id,
                    new Facility(
                            id,
                            code,
                            name,
                            city,
                            null,
                            List.of(),
                            state,
                            aor,
                            typeDetailed,
                            typeGrouped,
                            latitude,
                            longitude,
                            agency,
                            null,
                            sources,
                            notes.isEmpty() ? null : String.join("; ", notes)));
        }
        return List.copyOf(out.values());
    }

    /** The office of UWCHR's "X Area of Responsibility", or null when the AOR list has none. */
    static String uwchrOffice(String raw, Map<String, List<String>> offices) {
        String office =
                raw.endsWith(AOR_SUFFIX)
                        ? raw.substring(0, raw.length() - AOR_SUFFIX.length())
                        : raw;
        office = UWCHR_SPELLINGS.getOrDefault(office, office);
        return offices.containsKey(office) ? office : null;
    }

    /** The postal code of a state's name or code, or null. */
    static String state(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String upper = raw.strip().toUpperCase(Locale.ROOT);
        String code = TERRITORIES.getOrDefault(upper, IceValues.state(upper));
        return code != null && IceValues.isStateCode(code) ? code : null;
    }

    private static String readState(
            Map<String, String> row, String column, String file, List<Problem> problems) {
        String raw = value(row, column);
        if (raw == null) {
            return null;
        }
        if (raw.equals("NA")) {
            return null;
        }
        String code = state(raw);
        if (code == null) {
            problems.add(new Problem(file, lineOf(row), column, raw, "not a state"));
        }
        return code;
    }

    /**
     * The first value given; a later list's different value is quoted in the notes. Values equal
     * but for case and punctuation ({@link Mappings#key}) count as one.
     */
    private static String pick(
            String what,
            List<String> notes,
            String v1,
            String s1,
            String v2,
            String s2,
            String v3,
            String s3) {
        String chosen = null;
        String chosenSource = null;
        String[][] given = {{v1, s1}, {v2, s2}, {v3, s3}};
        for (String[] g : given) {
            if (g[0] == null) {
                continue;
            }
            if (chosen == null) {
                chosen = g[0];
                chosenSource = g[1];
            } else if (!Mappings.key(chosen).equals(Mappings.key(g[0]))) {
                notes.add(
                        what
                                + " '"
                                + g[0]
                                + "' in "
                                + g[1]
                                + " ('"
                                + chosen
                                + "' in "
                                + chosenSource
                                + ")");
            }
        }
        return chosen;
    }

    private static String pickText(
            String what, List<String> notes, String v1, String s1, String v2, String s2) {
        return pick(what, notes, v1, s1, v2, s2, null, null);
    }

    private static final String LINE = "\u0000line";

    /** The rows of a list by code; a code that is not letters and digits, or twice, is reported. */
    private static Map<String, Map<String, String>> byCode(
            Table table, String column, List<Problem> problems) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        long line = 1;
        for (Map<String, String> r : table.rows()) {
            line++;
            String code = r.get(column);
            if (code == null || !CODE.matcher(code).matches()) {
                problems.add(
                        new Problem(
                                table.file(),
                                line,
                                column,
                                code,
                                "not a facility code (capital letters and digits); row skipped"));
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>(r);
            row.put(LINE, Long.toString(line));
            Map<String, String> before = out.putIfAbsent(code, row);
            if (before != null) {
                problems.add(
                        new Problem(
                                table.file(),
                                line,
                                column,
                                code,
                                "code already on row " + before.get(LINE) + "; row skipped"));
            }
        }
        return out;
    }

    private static long lineOf(Map<String, String> row) {
        return Long.parseLong(row.get(LINE));
    }

    private static String value(Map<String, String> row, String column) {
        return row == null ? null : blank(row.get(column));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The facility names of {@code mappings/facilities.csv} (normalized) and their agency. */
    static Map<String, String> facilityAgencies(Path mappings) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, String> r : read(mappings, ',', Mappings.FACILITIES).rows()) {
            out.put(Mappings.key(r.get("facility")), r.get("agency"));
        }
        return out;
    }

    private static void writeFacilities(Path path, List<Facility> facilities) throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(String.join(",", CuratedDataReader.FACILITY_COLUMNS) + "\n");
            for (Facility f : facilities) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("id", f.id());
                v.put("detloc", f.detloc());
                v.put("name", f.name());
                v.put("city", f.city());
                v.put("county_fips", f.countyFips());
                v.put(
                        "county_fips_methods",
                        String.join(
                                ";", f.countyMethods().stream().map(CountyMethod::name).toList()));
                v.put("state", f.state());
                v.put("aor", f.aor());
                v.put("type_detailed", f.typeDetailed());
                v.put("type_grouped", f.typeGrouped());
                v.put("latitude", f.latitude());
                v.put("longitude", f.longitude());
                v.put("agency", f.agency());
                v.put("agreement_agency_id", f.agreementAgencyId());
                v.put("source_ids", String.join(";", f.sourceIds()));
                v.put("note", f.note());
                writeRow(w, v, CuratedDataReader.FACILITY_COLUMNS);
            }
        }
    }

    private static void writeAreas(Path path, List<Area> areas) throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(String.join(",", CuratedDataReader.AREA_COLUMNS) + "\n");
            for (Area a : areas) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("office", a.office());
                v.put("state", a.state());
                v.put("county", a.county());
                v.put("note", a.note());
                v.put("source_id", SOURCE_DDP_AORS);
                writeRow(w, v, CuratedDataReader.AREA_COLUMNS);
            }
        }
    }

    private static void writeRow(Writer w, Map<String, Object> v, List<String> columns)
            throws IOException {
        w.write(CuratedCsv.line(v, columns) + "\n");
    }

    /** Rewrites the lists' rows of sources.csv (ids starting with {@link #SOURCE_PREFIX}). */
    private static void writeSources(
            Path path, String uwchrCommit, String locationsCommit, String aorCommit)
            throws IOException {
        List<String> kept = new ArrayList<>();
        String noLicence =
                "No licence stated by the repository; the codes, names and places are facts taken from ICE's records, works of the U.S. federal government (17 U.S.C. 105)";
        String cc0 = "CC0 1.0 Universal (the repository's LICENSE)";
        kept.add(
                source(
                        SOURCE_DETLOC_AOR,
                        "University of Washington Center for Human Rights",
                        "ICE facility codes and areas of responsibility (detloc_aor.csv)",
                        LocalDate.of(2025, 8, 27),
                        "https://github.com/UWCHR/deport-data-proj",
                        "ICE facility codes (DETLOC) with the facility name as ICE's detention data spells it and the ICE area of responsibility (NA where none is given), 1,147 rows. Dated by the commit that last changed the file. Read in the repository's copy (copy_repository, copy_commit, copy_path).",
                        UWCHR,
                        uwchrCommit,
                        "analyze/hand/detloc_aor.csv",
                        noLicence));
        kept.add(
                source(
                        SOURCE_UWCHR_FACILITIES,
                        "University of Washington Center for Human Rights",
                        "ICE detention facilities list (facilities.csv.gz)",
                        LocalDate.of(2025, 4, 28),
                        "https://github.com/UWCHR/deport-data-proj",
                        "1,532 facilities by ICE facility code (DETLOC) with address, city, county name, state, ICE's three-letter office code of the area of responsibility, ICE's type and detailed type, and dates of first and last use (the latest in 2017); a pipe-delimited file compiled by UWCHR, whose repository does not say from which ICE release. Dated by the commit that added it. Read in the repository's copy (copy_repository, copy_commit, copy_path).",
                        UWCHR,
                        uwchrCommit,
                        "share/input/facilities.csv.gz",
                        noLicence));
        kept.add(
                source(
                        SOURCE_DDP_LOCATIONS,
                        "Deportation Data Project",
                        "Facility locations, October 2025 (facility-locations-oct2025.txt)",
                        LocalDate.of(2025, 10, 17),
                        "https://github.com/deportationdata/ice",
                        "Coordinates, address, city and state of 34 ICE facility codes that the project located by hand, with its doubts (column uncertainty). Dated by the commit that last changed the file.",
                        DDP,
                        locationsCommit,
                        "inputs/facility-locations-oct2025.txt",
                        cc0));
        kept.add(
                source(
                        SOURCE_DDP_AORS,
                        "Deportation Data Project",
                        "ICE areas of responsibility (ice-areas-of-responsibility.csv)",
                        LocalDate.of(2025, 9, 29),
                        "https://github.com/deportationdata/ice",
                        "ICE's 25 ERO field offices and the states each covers; in New York, Texas and California, which several offices share, the counties. Dated by the commit that added the file; the repository removed it on 2026-03-27 (commit d3b3f46), and the copy read is at the last commit that holds it.",
                        DDP,
                        aorCommit,
                        "inputs/ice-areas-of-responsibility.csv",
                        cc0));
        CuratedCsv.replaceLines(path, SOURCE_PREFIX, kept);
        // the counties' source row (us-atlas-3-0-1-counties) is written by tools.Places, which
        // reads the same file of the same package for the places
    }

    private static String source(
            String id,
            String publisher,
            String title,
            LocalDate published,
            String url,
            String note,
            String repository,
            String commit,
            String copyPath,
            String license) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("publisher", publisher);
        v.put("title", title);
        v.put("published_on", published);
        v.put("published_on_precision", "day");
        v.put("url", url);
        v.put("kind", "research");
        v.put("author", null);
        v.put("note", note);
        v.put("copy_repository", repository);
        v.put("copy_commit", commit);
        v.put("copy_path", copyPath);
        v.put("license", license);
        return CuratedCsv.line(v, CuratedDataReader.SOURCE_COLUMNS);
    }

    private static void writeProblems(Path path, List<Problem> problems) throws IOException {
        CuratedCsv.writeProblems(
                path,
                problems.stream()
                        .map(
                                p ->
                                        Arrays.<Object>asList(
                                                p.file(),
                                                p.row(),
                                                p.column(),
                                                p.value(),
                                                p.reason()))
                        .toList());
    }

    private FacilityLists() {}
}

package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.tools.SyntheticExtractGenerator;

@Tag("unit")
class SyntheticExtractGeneratorTest {

    private static final String HEADER =
            "unique_id,detainer_prepare_date,facility_state,facility_aor,"
                    + "facility_city,detention_facility,detainer_facility,detainer_facility_code,gender,"
                    + "citizenship_country,birth_year,detainer_type,detainer_criminality,detainer_threat_level,"
                    + "detainer_lift_reason,felon,apprehension_method,departed_date,case_id,port_of_departure";
    private static final int ROWS = 50_000;
    private static final String NYC = "New York City Area of Responsibility";
    private static final String REDACTED = "(b)(6), (b)(7)(c)";

    @TempDir static Path dir;

    /** The header and rows of one 50,000-row file, parsed as RFC 4180. */
    private static List<String[]> table;

    private static List<String> header;

    @BeforeAll
    static void generate() throws IOException {
        Path file = dir.resolve("sample.csv.gz");
        assertEquals(ROWS, SyntheticExtractGenerator.write(file, ROWS, 20261124L));
        try (Reader r = gunzip(file)) {
            List<String[]> all = parse(r);
            header = List.of(all.get(0));
            table = all.subList(1, all.size());
        }
    }

    @Test
    void sameRowsAndSeedGiveIdenticalBytes() throws IOException {
        for (String name : List.of("x.csv", "x.csv.gz")) {
            Path a = dir.resolve("a-" + name);
            Path b = dir.resolve("b-" + name);
            SyntheticExtractGenerator.write(a, 3_000, 42L);
            SyntheticExtractGenerator.write(b, 3_000, 42L);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), name);
        }
        Path other = dir.resolve("other.csv");
        SyntheticExtractGenerator.write(other, 3_000, 43L);
        assertFalse(
                Arrays.equals(
                        Files.readAllBytes(dir.resolve("a-x.csv")), Files.readAllBytes(other)),
                "another seed gives another file");
    }

    @Test
    void gzipFileHoldsTheSameCsvAsThePlainFile() throws IOException {
        Path plain = dir.resolve("p.csv");
        Path gz = dir.resolve("p.csv.gz");
        SyntheticExtractGenerator.write(plain, 2_000, 7L);
        SyntheticExtractGenerator.write(gz, 2_000, 7L);
        byte[] gzBytes = Files.readAllBytes(gz);
        assertEquals(0x1f, gzBytes[0] & 0xff);
        assertEquals(0x8b, gzBytes[1] & 0xff);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertArrayEquals(Files.readAllBytes(plain), in.readAllBytes());
        }
        assertTrue(gzBytes.length < Files.size(plain) / 3, "compressed");
    }

    @Test
    void headerIsExactlyTheDocumentedOne() throws IOException {
        assertEquals(HEADER, String.join(",", header));
        assertEquals(HEADER, String.join(",", SyntheticExtractGenerator.HEADER));
        Path file = dir.resolve("h.csv");
        SyntheticExtractGenerator.write(file, 1, 1L);
        assertEquals(HEADER, Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
    }

    @Test
    void zeroRowsIsJustTheHeader() throws IOException {
        Path file = dir.resolve("empty.csv");
        assertEquals(0, SyntheticExtractGenerator.write(file, 0, 1L));
        assertEquals(HEADER + "\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyRowHasTheHeadersFieldCountAndLfLineEnds() throws IOException {
        assertEquals(ROWS, table.size());
        for (String[] row : table) {
            assertEquals(header.size(), row.length, () -> String.join("|", row));
        }
        Path file = dir.resolve("lines.csv");
        SyntheticExtractGenerator.write(file, 5_000, 3L);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\n\n"));
        // Values with a comma are quoted and stay one field.
        assertTrue(text.contains(",\"No longer in State, Local, or Federal Custody\","));
        assertTrue(text.contains(",\"" + REDACTED + "\","));
    }

    @Test
    void datesLieIn2012Through2025AndDeparturesFollowThem() {
        LocalDate first = LocalDate.of(2012, 1, 1);
        LocalDate last = LocalDate.of(2025, 12, 31);
        Set<Integer> years = new HashSet<>();
        int departed = 0;
        for (String[] row : table) {
            LocalDate prepared = LocalDate.parse(get(row, "detainer_prepare_date"));
            assertFalse(prepared.isBefore(first) || prepared.isAfter(last), prepared::toString);
            years.add(prepared.getYear());
            String dep = get(row, "departed_date");
            assertEquals(dep.isEmpty(), get(row, "port_of_departure").isEmpty());
            if (!dep.isEmpty()) {
                departed++;
                LocalDate d = LocalDate.parse(dep);
                long days = ChronoUnit.DAYS.between(prepared, d);
                assertTrue(days >= 30 && days <= 400, dep);
                assertFalse(d.isAfter(last), dep);
                assertFalse(
                        get(row, "detainer_lift_reason").isEmpty(),
                        "pending detainers have no departure");
            }
        }
        assertEquals(14, years.size());
        double departedBlank = 1 - (double) departed / ROWS;
        assertTrue(
                departedBlank > 0.5 && departedBlank < 0.7,
                "departed_date blank share " + departedBlank);
    }

    @Test
    void yearlyVolumesFollowTheWeights() {
        Map<String, Integer> byYear =
                counts("detainer_prepare_date", v -> true, v -> v.substring(0, 4));
        // 2015 has weight 4 and 2018 weight 10.
        assertTrue(byYear.get("2018") > 2 * byYear.get("2015"), byYear::toString);
    }

    @Test
    void frequenciesAreSkewed() {
        for (String column : List.of("detention_facility", "citizenship_country")) {
            Map<String, Integer> c =
                    counts(column, v -> !v.isEmpty() && !v.equals(REDACTED), v -> v);
            int[] sorted = c.values().stream().mapToInt(Integer::intValue).sorted().toArray();
            int top = sorted[sorted.length - 1];
            int median = sorted[sorted.length / 2];
            assertTrue(top > 3 * median, column + ": top " + top + ", median " + median);
        }
        Map<String, Integer> countries = counts("citizenship_country", v -> true, v -> v);
        assertEquals("MEXICO", argMax(countries));
        Map<String, Integer> nycFacilities = new TreeMap<>();
        for (String[] row : table) {
            if (get(row, "facility_aor").equals(NYC)) {
                nycFacilities.merge(get(row, "detention_facility"), 1, Integer::sum);
            }
        }
        assertEquals("QUEENS CENTRAL BOOKING", argMax(nycFacilities));
        assertEquals(10, nycFacilities.size());
    }

    @Test
    void someCellsAreBlankInSmallShares() {
        assertShare("gender", String::isEmpty, 0.005, 0.02);
        assertShare("birth_year", String::isEmpty, 0.01, 0.03);
        assertShare("citizenship_country", String::isEmpty, 0.002, 0.01);
        assertShare("detainer_facility", String::isEmpty, 0.01, 0.03);
        assertShare("detainer_type", String::isEmpty, 0.002, 0.01);
        assertShare("detainer_criminality", String::isEmpty, 0.01, 0.03);
        assertShare("detainer_lift_reason", String::isEmpty, 0.10, 0.22);
        assertShare("detainer_threat_level", String::isEmpty, 0.35, 0.45);
    }

    @Test
    void mainCategoriesHaveTheirDocumentedShares() {
        assertShare("gender", "Male"::equals, 0.80, 0.87);
        assertShare("gender", "Female"::equals, 0.12, 0.16);
        assertShare("detainer_criminality", "1 Convicted Criminal"::equals, 0.52, 0.58);
        assertShare("detainer_lift_reason", "Booked into Detention"::equals, 0.41, 0.49);
        assertShare("detainer_lift_reason", "Detainer Declined by LEA"::equals, 0.045, 0.08);
        assertShare("apprehension_method", "CAP Local Incarceration"::equals, 0.7, 0.9);
        assertShare("facility_aor", NYC::equals, 0.27, 0.33);
    }

    @Test
    void oddAndRedactedValuesAppear() {
        assertShare("citizenship_country", REDACTED::equals, 0.002, 0.01);
        assertShare("birth_year", REDACTED::equals, 0.002, 0.01);
        assertShare(
                "gender",
                v -> !v.isEmpty() && !Set.of("Male", "Female", "Unknown").contains(v),
                0.005,
                0.02);
        assertShare("facility_state", v -> !v.equals(v.strip().toUpperCase()), 0.005, 0.02);
        assertShare("birth_year", v -> v.equals("0") || v.equals("1900"), 0.0005, 0.005);
        int future = 0;
        for (String[] row : table) {
            String b = get(row, "birth_year");
            if (b.matches("\\d{4}")
                    && Integer.parseInt(b)
                            > Integer.parseInt(get(row, "detainer_prepare_date").substring(0, 4))) {
                future++;
            }
        }
        assertTrue(future > 0, "some birth years after the detainer year");
    }

    @Test
    void agesAreMostlyAdultWithAModeAroundThirty() {
        int[] byAge = new int[130];
        int known = 0;
        for (String[] row : table) {
            String b = get(row, "birth_year");
            int year = Integer.parseInt(get(row, "detainer_prepare_date").substring(0, 4));
            if (b.matches("\\d{4}") && !b.equals("1900") && Integer.parseInt(b) <= year) {
                byAge[year - Integer.parseInt(b)]++;
                known++;
            }
        }
        int under18 = Arrays.stream(byAge, 0, 18).sum();
        int over55 = Arrays.stream(byAge, 56, byAge.length).sum(); // 55+ at the detainer date
        int adults = Arrays.stream(byAge, 18, 61).sum();
        assertTrue(under18 > 0.003 * known && under18 < 0.03 * known, "under 18: " + under18);
        assertTrue(over55 > 0.01 * known && over55 < 0.06 * known, "55+: " + over55);
        assertTrue(adults > 0.93 * known, "18-60: " + adults);
        int mode = 0;
        for (int a = 0; a < byAge.length; a++) {
            if (byAge[a] > byAge[mode]) {
                mode = a;
            }
        }
        assertTrue(mode >= 27 && mode <= 33, "mode " + mode);
    }

    @Test
    void detainerFormFollowsTheDate() {
        LocalDate d2015 = LocalDate.of(2015, 7, 1);
        LocalDate a2017 = LocalDate.of(2017, 4, 2);
        Set<String> middle =
                Set.of(
                        "I-247D Immigration Detainer - Request for Voluntary Action",
                        "I-247N Request for Voluntary Notification of Release",
                        "I-247X Request for Voluntary Transfer");
        Set<String> seenMiddle = new HashSet<>();
        for (String[] row : table) {
            String type = get(row, "detainer_type");
            if (type.isEmpty()) {
                continue;
            }
            LocalDate d = LocalDate.parse(get(row, "detainer_prepare_date"));
            if (d.isBefore(d2015)) {
                assertEquals("I-247 Immigration Detainer - Notice of Action", type);
            } else if (d.isBefore(a2017)) {
                assertTrue(middle.contains(type), type);
                seenMiddle.add(type);
            } else {
                assertEquals("I-247A Immigration Detainer - Notice of Action", type);
            }
        }
        assertEquals(middle, seenMiddle);
    }

    @Test
    void newYorkCityIsPresentWithMoreDeclinesFrom2015() {
        int nyc = 0;
        int nycDeclined = 0;
        int other = 0;
        int otherDeclined = 0;
        for (String[] row : table) {
            if (get(row, "detainer_prepare_date").compareTo("2015") < 0) {
                continue;
            }
            boolean declined = get(row, "detainer_lift_reason").equals("Detainer Declined by LEA");
            if (get(row, "facility_aor").equals(NYC)) {
                assertEquals("NY", get(row, "facility_state").strip().toUpperCase());
                nyc++;
                nycDeclined += declined ? 1 : 0;
            } else {
                other++;
                otherDeclined += declined ? 1 : 0;
            }
        }
        assertTrue(nyc > 0);
        double nycShare = (double) nycDeclined / nyc;
        assertTrue(nycShare > 0.11 && nycShare < 0.19, "NYC declines " + nycShare);
        assertTrue(nycShare > 2 * otherDeclined / (double) other);
    }

    @Test
    void identifiersAreUniqueAndLookAnonymized() {
        Pattern id = Pattern.compile("SYN[0-9A-F]{10}");
        Pattern caseId = Pattern.compile("C-\\d{9}");
        Set<String> ids = new HashSet<>();
        for (String[] row : table) {
            String u = get(row, "unique_id");
            assertTrue(id.matcher(u).matches(), u);
            assertTrue(ids.add(u), "duplicate " + u);
            assertTrue(caseId.matcher(get(row, "case_id")).matches(), get(row, "case_id"));
        }
    }

    @Test
    void facilityColumnsAgree() {
        for (String[] row : table) {
            String facility = get(row, "detention_facility");
            String detainerFacility = get(row, "detainer_facility");
            assertTrue(detainerFacility.isEmpty() || detainerFacility.equals(facility));
            assertFalse(facility.isEmpty());
            assertEquals(5, get(row, "detainer_facility_code").length());
            String state = get(row, "facility_state").strip().toUpperCase();
            assertTrue(get(row, "detainer_facility_code").endsWith(state), facility + " " + state);
        }
        Set<String> washingtonStates = new HashSet<>();
        int va = 0;
        int wa = 0;
        for (String[] row : table) {
            if (get(row, "facility_aor").startsWith("Washington")) {
                String s = get(row, "facility_state").strip().toUpperCase();
                washingtonStates.add(s);
                wa++;
                va += s.equals("VA") ? 1 : 0;
            }
        }
        assertEquals(Set.of("DC", "VA"), washingtonStates);
        assertTrue(va > wa / 2, "Washington rows are mostly in VA");
    }

    /** The raw spellings must be the ones the importer's mapping tables list. */
    @Test
    void rawSpellingsMatchTheMappingTables() throws IOException {
        assertSpellingsMapped(
                "detainer_lift_reason", Path.of("data-seed/mappings/lift_reasons.csv"));
        assertSpellingsMapped(
                "detainer_criminality", Path.of("data-seed/mappings/criminality.csv"));
        assertSpellingsMapped("detainer_type", Path.of("data-seed/mappings/detainer_types.csv"));
    }

    @Test
    void mainWritesTheFile() throws IOException {
        Path out = dir.resolve("sub/main.csv.gz");
        SyntheticExtractGenerator.main(
                new String[] {"--rows", "100", "--seed", "5", "--out", out.toString()});
        Path same = dir.resolve("same.csv.gz");
        SyntheticExtractGenerator.write(same, 100, 5L);
        assertArrayEquals(Files.readAllBytes(same), Files.readAllBytes(out));
    }

    // ---- helpers -------------------------------------------------------------------------

    private static void assertSpellingsMapped(String column, Path mapping) throws IOException {
        assumeTrue(Files.exists(mapping), mapping + " not present");
        Set<String> raw = new HashSet<>();
        try (Reader r = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
            List<String[]> rows = parse(r);
            for (String[] row : rows.subList(1, rows.size())) {
                raw.add(row[0]);
            }
        }
        for (String value : counts(column, v -> !v.isEmpty(), v -> v).keySet()) {
            assertTrue(raw.contains(value), column + " value not in " + mapping + ": " + value);
        }
    }

    private static String get(String[] row, String column) {
        return row[header.indexOf(column)];
    }

    private static Map<String, Integer> counts(
            String column, Predicate<String> keep, Function<String, String> key) {
        Map<String, Integer> c = new TreeMap<>();
        int i = header.indexOf(column);
        for (String[] row : table) {
            if (keep.test(row[i])) {
                c.merge(key.apply(row[i]), 1, Integer::sum);
            }
        }
        return c;
    }

    private static String argMax(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void assertShare(String column, Predicate<String> test, double min, double max) {
        int i = header.indexOf(column);
        long n = table.stream().filter(row -> test.test(row[i])).count();
        double share = (double) n / table.size();
        assertTrue(
                share >= min && share <= max,
                column + ": share " + share + " not in [" + min + ", " + max + "]");
    }

    private static Reader gunzip(Path file) throws IOException {
        return new BufferedReader(
                new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** A strict RFC 4180 reader: LF or CRLF record ends, quoted fields with doubled quotes. */
    private static List<String[]> parse(Reader in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new IOException("quote inside an unquoted field: " + field);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                rows.add(fields.toArray(new String[0]));
                fields.clear();
            } else if (c != '\r') {
                if (wasQuoted) {
                    throw new IOException("text after a closing quote");
                }
                field.append((char) c);
            }
        }
        if (quoted) {
            throw new IOException("unterminated quoted field");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields.toArray(new String[0]));
        }
        return rows;
    }
}

package org.opendetainers.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportReport.Status;
import org.opendetainers.importer.ImportService;
import org.opendetainers.testing.DenseRelease;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * Record-level extracts against the real database: malformed inputs are rejected with their reason
 * while the previous release stays live; accepted layouts publish. The release before each test is
 * the dense fixture's ({@link DenseRelease}); the tests that publish start from its 1,800 records
 * ({@link SourceDirs#denseExtractLines}), not from the seed's 20,000.
 */
@QuarkusTest
@ExtendWith(DenseRelease.class)
class RecordImportTest {

    private static final String FIGURE = "nypd-detainers-received-2017-seed004";

    @Inject ImportService imports;

    @TempDir Path dir;

    Path records;
    List<String> lines;
    String before;

    @BeforeEach
    void extract() throws IOException {
        records = SourceDirs.copySeedWithoutRecords(dir);
        Path generated = dir.resolve("generated.csv");
        SyntheticExtractGenerator.write(generated, 400, 42);
        lines = new ArrayList<>(Files.readAllLines(generated, StandardCharsets.UTF_8));
        Files.delete(generated);
        before = currentRelease();
    }

    @Test
    void aValidExtractPublishesAggregatesMarkedSynthetic() throws IOException {
        // publishing tests read the dense fixture: 400 generated records spread over fourteen
        // years are too sparse to pass the disclosure audit
        lines = SourceDirs.denseExtractLines();
        int n = lines.size() - 1;
        write("synthetic-test.csv", lines);
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(n, report.records().rows());
        assertEquals(n, report.disclosure().recordsAggregated());
        assertTrue(
                report.records().files().get(0).ignoredColumns().stream()
                        .anyMatch(c -> c.startsWith("port_of_departure")),
                report.records().files().get(0).ignoredColumns().toString());
        Map<String, Integer> perYear = new TreeMap<>();
        lines.subList(1, lines.size())
                .forEach(
                        l ->
                                perYear.merge(
                                        l.split(",")[1].substring(0, 4) + "-01-01",
                                        1,
                                        Integer::sum));
        List<Map<String, Object>> cells =
                given().queryParam("granularity", "year")
                        .queryParam("limit", 1000)
                        .when()
                        .get("/v1/detainer-stats")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data");
        assertEquals(
                perYear.keySet(),
                new TreeSet<>(cells.stream().map(c -> (String) c.get("period_start")).toList()));
        for (Map<String, Object> cell : cells) {
            assertEquals(true, cell.get("synthetic"));
            if (!(Boolean) cell.get("suppressed")) {
                assertEquals(
                        perYear.get(cell.get("period_start")), cell.get("count"), cell.toString());
            }
        }
    }

    @Test
    void titleCaseHeadersAndTabsAreTheSameColumns() throws IOException {
        lines = SourceDirs.denseExtractLines();
        List<String> title = new ArrayList<>(lines);
        String[] names = title.get(0).split(",");
        for (int i = 0; i < names.length; i++) {
            names[i] =
                    Arrays.stream(names[i].split("_"))
                            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                            .reduce((a, b) -> a + " " + b)
                            .orElseThrow();
        }
        title.set(0, String.join(",", names));
        write("synthetic-title-case.csv", title);
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(lines.size() - 1, report.records().accepted());
    }

    @Test
    void emptyFile() throws IOException {
        write("synthetic-empty.csv", List.of());
        rejected("the file is empty");
    }

    @Test
    void headerOnly() throws IOException {
        write("synthetic-header-only.csv", lines.subList(0, 1));
        rejected("header but no records");
    }

    @Test
    void missingRequiredColumn() throws IOException {
        List<String> cut = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            cells.remove(11); // detainer_type
            cut.add(String.join(",", cells));
        }
        assertTrue(lines.get(0).split(",")[11].equals("detainer_type"));
        write("synthetic-no-type.csv", cut);
        ImportProblem p = rejected("missing required column 'detainer_type'");
        assertEquals("detainer_type", p.column());
    }

    @Test
    void badDates() throws IOException {
        for (int i = 1; i <= 8; i++) {
            lines.set(
                    i * 10,
                    lines.get(i * 10).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2017-02-30,"));
        }
        write("synthetic-bad-dates.csv", lines);
        ImportProblem p = rejected("is not a date");
        assertEquals(11, p.line());
        assertEquals("detainer_prepare_date", p.column());
    }

    @Test
    void futureDates() throws IOException {
        for (int i = 1; i <= 8; i++) {
            lines.set(
                    i * 10,
                    lines.get(i * 10).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2099-01-01,"));
        }
        write("synthetic-future.csv", lines);
        rejected("is in the future");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = (lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8);
            if (i > 0 && i % 40 == 0) {
                // a Latin-1 'é' inside the facility field
                String s = lines.get(i).replaceFirst(",([A-Z])", ",\u0000$1");
                line = (s + "\n").getBytes(StandardCharsets.ISO_8859_1);
                for (int b = 0; b < line.length; b++) {
                    if (line[b] == 0) {
                        line[b] = (byte) 0xE9;
                    }
                }
            }
            bytes.write(line);
        }
        Files.write(records.resolve("synthetic-latin1.csv"), bytes.toByteArray());
        rejected("not UTF-8");
    }

    @Test
    void truncatedLastLine() throws IOException {
        List<String> shortFile = new ArrayList<>(lines.subList(0, 51));
        String last = shortFile.get(50);
        shortFile.set(50, last.substring(0, last.length() / 2));
        Files.writeString(records.resolve("synthetic-truncated.csv"), String.join("\n", shortFile));
        ImportProblem p = rejected("truncated");
        assertEquals(51, p.line());
    }

    @Test
    void duplicateRecords() throws IOException {
        for (int i = 1; i <= 10; i++) {
            lines.add(lines.get(i));
        }
        write("synthetic-duplicates.csv", lines);
        ImportProblem p =
                rejected(
                        "duplicate record: same identifier, detainer type and facility within 24 hours as records/synthetic-duplicates.csv line 2");
        assertEquals(402, p.line());
    }

    @Test
    void duplicatesAreTheSameIdentifierWithin24HoursWithTheSameTypeAndFacility()
            throws IOException {
        // moved 8 years earlier than the dense fixture: this release adds records with counts
        // below k, which over the fixture's periods the audit could only protect by withholding
        // tables (their cells were published before with the same counts)
        lines = SourceDirs.shiftedYears(SourceDirs.denseExtractLines(), 8);
        int n = lines.size() - 1;
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int date = header.indexOf("detainer_prepare_date");
        int detention = header.indexOf("detention_facility");
        int detainer = header.indexOf("detainer_facility");
        List<String[]> plain = new ArrayList<>();
        for (String line : lines.subList(1, 200)) {
            if (!line.contains("\"") && !line.split(",", -1)[detainer].isEmpty()) {
                plain.add(line.split(",", -1));
            }
        }
        BiFunction<String[], Consumer<String[]>, String> copy =
                (cells, change) -> {
                    String[] c = cells.clone();
                    change.accept(c);
                    return String.join(",", c);
                };
        // the same day: a duplicate
        lines.add(copy.apply(plain.get(0), c -> {}));
        // 20 hours later the same day: a duplicate
        lines.add(copy.apply(plain.get(1), c -> c[date] = c[date] + " 20:00"));
        // exactly 24 hours later: a duplicate (a new episode starts only after more than 24 hours)
        lines.add(
                copy.apply(
                        plain.get(2),
                        c -> c[date] = LocalDate.parse(c[date]).plusDays(1).toString()));
        // two days later: another detainer
        lines.add(
                copy.apply(
                        plain.get(3),
                        c -> c[date] = LocalDate.parse(c[date]).plusDays(2).toString()));
        // the same day at another facility: another detainer
        lines.add(
                copy.apply(
                        plain.get(4),
                        c -> {
                            String other =
                                    plain.get(4)[detention].equals("RIKERS ISLAND")
                                            ? "COOK COUNTY JAIL"
                                            : "RIKERS ISLAND";
                            c[detention] = other;
                            c[detainer] = other;
                        }));
        write("synthetic-repeated.csv", lines);
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(3L, report.records().duplicates(), report.summary());
        assertEquals(n + 2, report.disclosure().recordsAggregated());
        assertEquals(
                List.of((long) n + 2, (long) n + 3, (long) n + 4),
                report.problems().stream().map(ImportProblem::line).toList());
        assertTrue(
                report.problems()
                        .get(1)
                        .reason()
                        .contains("within 24 hours as records/synthetic-repeated.csv line "),
                report.summary());
    }

    @Test
    void duplicatesAreSubtractedAlsoWhenTooManyToKeepInMemory() throws IOException {
        lines = SourceDirs.denseExtractLines();
        int n = lines.size() - 1;
        for (int i = 1; i <= 3; i++) {
            lines.add(lines.get(i));
        }
        write("synthetic-few-duplicates.csv", lines);
        System.setProperty("opendetainers.import.max-duplicate-candidates", "1");
        try {
            // 3 duplicates are dropped; with at most 1 candidate kept, the
            // extract is read a second time to subtract them
            ImportReport report = imports.run(dir, "test");
            assertEquals(Status.published, report.status(), report.summary());
            assertEquals(3L, report.disclosure().recordsDropped().get("duplicate"));
            assertEquals(n, report.disclosure().recordsAggregated());
            long total =
                    given()
                            .queryParam("limit", 1000)
                            .when()
                            .get("/v1/detainer-stats")
                            .jsonPath()
                            .getList("data.count", Integer.class)
                            .stream()
                            .mapToLong(Integer::longValue)
                            .sum();
            assertEquals(n, total, "the yearly totals count each record once");
        } finally {
            System.clearProperty("opendetainers.import.max-duplicate-candidates");
        }
    }

    @Test
    void aOneMegabyteField() throws IOException {
        List<String> shortFile = new ArrayList<>(lines.subList(0, 60));
        int row = 30;
        while (shortFile.get(row).contains("\"")) {
            row++;
        }
        String[] cells = shortFile.get(row).split(",", -1);
        cells[4] = "x".repeat(1 << 20);
        shortFile.set(row, String.join(",", cells));
        write("synthetic-huge-field.csv", shortFile);
        rejected("characters (at most");
    }

    @Test
    void aGzipThatEndsEarly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Files.write(
                records.resolve("synthetic-cut.csv.gz"), Arrays.copyOf(all, all.length * 2 / 3));
        rejected("ends early");
    }

    @Test
    void aFewBadRowsUnderTheThresholdAreDroppedAndReported() throws IOException {
        lines = SourceDirs.denseExtractLines();
        lines.set(100, lines.get(100).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",not-a-date,"));
        write("synthetic-one-bad.csv", lines);
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.published, report.status(), report.summary());
        assertEquals(1, report.problemCount());
        assertEquals(101, report.problems().get(0).line());
        assertEquals(1L, report.disclosure().recordsDropped().get("invalid"));
        assertEquals(lines.size() - 2, report.disclosure().recordsAggregated());
    }

    private void write(String name, List<String> content) throws IOException {
        Files.writeString(
                records.resolve(name), content.isEmpty() ? "" : String.join("\n", content) + "\n");
    }

    /**
     * Asserts the import is rejected, the reason names the file, and the previous release still
     * serves.
     */
    private ImportProblem rejected(String reason) {
        ImportReport report = imports.run(dir, "test");
        assertEquals(Status.rejected, report.status(), report.summary());
        ImportProblem problem =
                report.problems().stream()
                        .filter(p -> p.reason().contains(reason))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no problem '"
                                                        + reason
                                                        + "' in "
                                                        + report.summary()));
        assertTrue(problem.file().startsWith("records/synthetic-"), problem.toString());
        assertEquals(before, currentRelease());
        given().when().get("/v1/figures/" + FIGURE).then().statusCode(200).body("value", is(1526));
        return problem;
    }

    private static String currentRelease() {
        return given().when().get("/v1/jurisdictions?limit=1").jsonPath().getString("release.id");
    }
}

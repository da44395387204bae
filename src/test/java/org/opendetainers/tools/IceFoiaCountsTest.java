package org.opendetainers.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.ingest.CuratedDataReader;

/**
 * The converter of NPR's exports of ICE's FOIA release 15-87693, run on unchanged copies of the
 * exports (src/test/resources/sources/nprapps-sanctuary-cities): data-seed/counts.csv is what it
 * makes of them, and the values a reader would look up are those of the files.
 */
@Tag("unit")
class IceFoiaCountsTest {

    private static final Path EXPORT =
            Path.of("src/test/resources/sources/nprapps-sanctuary-cities/export");
    private static final Path SEED = Path.of("data-seed");
    private static final String COMMIT = "f80c438e8aa5f3254a2abe1290c7e32fccec5834";

    @TempDir Path dir;

    @Test
    void theSeedsCountsAndSourcesAreTheConvertersOutput() throws IOException {
        Files.copy(SEED.resolve(CuratedDataReader.SOURCES), dir.resolve(CuratedDataReader.SOURCES));
        Files.copy(
                SEED.resolve(CuratedDataReader.FACILITIES),
                dir.resolve(CuratedDataReader.FACILITIES));
        int n = IceFoiaCounts.convert(EXPORT, "nprapps/sanctuary-cities", COMMIT, dir);
        assertEquals(2889, n);
        assertEquals(
                Files.readString(SEED.resolve(CuratedDataReader.COUNTS)),
                Files.readString(dir.resolve(CuratedDataReader.COUNTS)));
        assertEquals(
                Files.readString(SEED.resolve(CuratedDataReader.SOURCES)),
                Files.readString(dir.resolve(CuratedDataReader.SOURCES)),
                "sources.csv: converting again changes nothing, rows stay in place");
    }

    @Test
    void theMonthWithMostDetainersIsTheFilesAndTheSeeds() throws IOException {
        // the source file, read directly: August 2011, 28,717 detainers
        List<String[]> months =
                Files.readAllLines(
                                EXPORT.resolve("detainers_by_year_and_month.csv"),
                                StandardCharsets.UTF_8)
                        .stream()
                        .skip(1)
                        .map(l -> l.split(","))
                        .toList();
        String[] max =
                months.stream()
                        .max(Comparator.comparingLong(m -> Long.parseLong(m[1])))
                        .orElseThrow();
        assertEquals(List.of("2011-08", "28717"), List.of(max[0], max[1]));
        assertTrue(
                seedRow("us-detainers-2011-08").contains(",2011-08-01,2011-08-31,,,,,,28717,"),
                seedRow("us-detainers-2011-08"));
    }

    @Test
    void oneFacilitysDeclinesInOneYearAreTheFilesAndTheSeeds() throws IOException {
        // NPR's row: 2014,SANTA RITA JAIL,DUBLIN,CALIFORNIA,729,SANTA RITA JAIL,2014,57
        assertTrue(
                Files.readString(EXPORT.resolve("declined_vs_everythingelse.csv"))
                        .contains(
                                "2014,SANTA RITA JAIL,DUBLIN,CALIFORNIA,729,SANTA RITA JAIL,2014,57"));
        assertTrue(
                seedRow("declined-2014-santa-rita-jail-dublin-ca")
                        .contains(",SANTA RITA JAIL,DUBLIN,CA,sritaca,729,"));
        assertTrue(seedRow("lifted-other-2014-santa-rita-jail-dublin-ca").contains(",57,"));
    }

    @Test
    void aCountIsLinkedToAFacilityOnlyByItsExactNameInItsState() throws IOException {
        Files.writeString(
                dir.resolve(CuratedDataReader.FACILITIES),
                String.join(",", CuratedDataReader.FACILITY_COLUMNS)
                        + "\n"
                        + "sritaca,SRITACA,Santa Rita Jail,DUBLIN,,CA,San Francisco,,,,,,s,\n"
                        + "wilsonj,WILSONJ,WILSON COUNTY JAIL,,,TX,Dallas,,,,,,s,\n"
                        + "cumbj1,CUMBJ1,CUMBERLAND COUNTY JAIL,,,NC,Atlanta,,,,,,s,\n"
                        + "cumbj2,CUMBJ2,CUMBERLAND COUNTY JAIL,,,NC,Atlanta,,,,,,s,\n");
        Map<String, String> ids =
                IceFoiaCounts.facilityIds(dir.resolve(CuratedDataReader.FACILITIES));
        // case and punctuation aside, the same name in the same state
        assertEquals(Map.of("SANTARITAJAIL|CA", "sritaca", "WILSONCOUNTYJAIL|TX", "wilsonj"), ids);
        // NPR's WILSON COUNTY JAIL of NC is not the list's of TX; two Cumberland County jails of NC
        // name no one facility
        assertEquals(null, ids.get("WILSONCOUNTYJAIL|NC"));
        assertEquals(null, ids.get("CUMBERLANDCOUNTYJAIL|NC"));
    }

    private static String seedRow(String id) throws IOException {
        return Files.readAllLines(SEED.resolve(CuratedDataReader.COUNTS), StandardCharsets.UTF_8)
                .stream()
                .filter(l -> l.startsWith(id + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no count " + id));
    }
}

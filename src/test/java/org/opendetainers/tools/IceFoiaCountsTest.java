package org.opendetainers.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
    void aCountIsLinkedToAFacilityOnlyByItsNameInItsStateAndByOneRule() {
        FacilityNames names =
                FacilityNames.of(
                        List.of(
                                new String[] {"sritaca", "Santa Rita Jail", "CA"},
                                new String[] {"wilsonj", "WILSON COUNTY JAIL", "TX"},
                                new String[] {"cumbj1", "CUMBERLAND COUNTY JAIL", "NC"},
                                new String[] {"cumbj2", "CUMBERLAND COUNTY JAIL", "NC"},
                                new String[] {"otoecne", "OTOE COUNTY JAIL", "NE"},
                                new String[] {"montco1", "MONTGOMERY CO JAIL", "TX"},
                                new String[] {"montco2", "MONTGOMERY CNTY JAIL", "TX"},
                                new String[] {"piercnd", "PIERCE COUNTY JAIL", null}));
        // case and punctuation aside, the same name in the same state
        assertEquals(
                new FacilityNames.Match("sritaca", FacilityNames.Rule.exact, Set.of()),
                names.match("SANTA RITA JAIL", "CA"));
        // NPR's WILSON COUNTY JAIL of NC is not the list's of TX; two Cumberland County jails of NC
        // name no one facility
        assertNull(names.match("WILSON COUNTY JAIL", "NC").id());
        assertEquals(
                Set.of("cumbj1", "cumbj2"), names.match("CUMBERLAND CO. JAIL", "NC").ambiguous());
        // OTOE CO JAIL is OTOE COUNTY JAIL once CO is written out, and says so
        assertEquals(
                new FacilityNames.Match("otoecne", FacilityNames.Rule.abbreviations, Set.of()),
                names.match("OTOE CO JAIL", "NE"));
        // an abbreviation that makes two names one links neither; no fuzzy match (OTOE CO)
        assertEquals(
                new FacilityNames.Match(
                        null, FacilityNames.Rule.abbreviations, Set.of("montco1", "montco2")),
                names.match("MONTGOMERY COUNTY JAIL", "TX"));
        assertNull(names.match("OTOE CO", "NE").id());
        // a facility the list gives no state is never linked, but is offered for review
        assertNull(names.match("PIERCE COUNTY JAIL", "WA").id());
        assertEquals("piercnd", names.closest("PIERCE COUNTY JAIL", "WA").id());
        assertEquals(1.0, names.closest("PIERCE COUNTY JAIL", "WA").similarity());
    }

    @Test
    void theUnmatchedNamesAreListedWithTheirClosestFacility() throws IOException {
        List<String> lines =
                Files.readAllLines(SEED.resolve(IceFoiaCounts.UNMATCHED), StandardCharsets.UTF_8);
        assertEquals(String.join(",", IceFoiaCounts.UNMATCHED_COLUMNS), lines.get(0));
        // 740 names of NPR's facility file: 258 linked by their exact name, 12 once abbreviations
        // are written out, 470 listed (and the header)
        assertEquals(471, lines.size());
        // Pierce County Jail, Tacoma: the list's only PIERCE COUNTY JAIL (PIERCND) has no state
        assertTrue(
                lines.contains(
                        "PIERCE COUNTY JAIL,TACOMA,WA,8,35,no facility of the state has this name by any rule,piercnd,PIERCE COUNTY JAIL,,1.00"));
        // two codes of one name in the state: neither linked
        assertTrue(
                lines.contains(
                        "MONTGOMERY CITY JAIL,MONTGOMERY,AL,4,2,\"rule 'exact' finds 2 facilities of the state (mntgmal, moncjal): none linked\",mntgmal,MONTGOMERY CITY JAIL,AL,1.00"));
        assertTrue(seedRow("declined-2012-otoe-co-jail-nebraska-city-ne").contains(",otoecne,"));
    }

    private static String seedRow(String id) throws IOException {
        return Files.readAllLines(SEED.resolve(CuratedDataReader.COUNTS), StandardCharsets.UTF_8)
                .stream()
                .filter(l -> l.startsWith(id + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no count " + id));
    }
}

package org.opendetainers.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.Release2026Fixture;
import org.opendetainers.testing.SourceDirs;

/**
 * The facility list's AOR of a facility code, spelled as ICE's detainer files spell a Facility AOR
 * (docs/import.md, "A blank Facility AOR"), through data-seed/mappings/aors.csv.
 */
@Tag("unit")
class FacilityAorsTest {

    @TempDir Path dir;

    private FacilityAors read(ImportProblems problems) throws IOException {
        return FacilityAors.read(dir, problems);
    }

    @Test
    void eachSpellingOfAFieldOfficeIsIcesSpelling() throws IOException {
        SourceDirs.copyTree(SourceDirs.SEED.resolve("mappings"), dir.resolve("mappings"));
        Release2026Fixture.writeFacilityList(dir);
        ImportProblems problems = new ImportProblems();
        FacilityAors list = read(problems);
        assertTrue(problems.isEmpty(), problems.kept().toString());
        assertTrue(list.present());
        assertEquals("New York City Area of Responsibility", list.aorOf("QCBNY"));
        assertEquals("New York City Area of Responsibility", list.aorOf(" qcbny "));
        assertEquals("New York City Area of Responsibility", list.aorOf("BCBNY"));
        assertEquals("Los Angeles Area of Responsibility", list.aorOf("LACCA"));
        assertEquals("Houston Area of Responsibility", list.aorOf("HCJTX"));
        // a spelling the alias table does not know fills nothing, and is told
        assertNull(list.aorOf("MCJTX"));
        assertEquals(Map.of("Houston Field Office", 1L), list.unknownSpellings());
        // no AOR, an unknown code, no code
        assertNull(list.aorOf("CCJIL"));
        assertNull(list.aorOf("NOSUCHX"));
        assertNull(list.aorOf(null));
        assertEquals(Release2026Fixture.FILLED_CODES.size(), list.codes());
    }

    @Test
    void theAliasTableNamesTheTwentyFiveFieldOfficesInIcesSpelling() throws IOException {
        SourceDirs.copyTree(SourceDirs.SEED.resolve("mappings"), dir.resolve("mappings"));
        Set<String> aors = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve(FacilityAors.ALIASES))) {
            if (!line.startsWith("raw,")) {
                aors.add(line.split(",")[1]);
            }
        }
        assertEquals(25, aors.size(), aors.toString());
        assertTrue(
                aors.stream().allMatch(a -> a.endsWith(" Area of Responsibility")),
                aors.toString());
    }

    @Test
    void withoutAListNothingIsFilled() throws IOException {
        SourceDirs.copyTree(SourceDirs.SEED.resolve("mappings"), dir.resolve("mappings"));
        ImportProblems problems = new ImportProblems();
        FacilityAors list = read(problems);
        assertTrue(problems.isEmpty(), problems.kept().toString());
        assertFalse(list.present());
        assertNull(list.aorOf("QCBNY"));
    }

    @Test
    void aCodeInTwoAreasOrAListWithoutTheColumnsIsAProblem() throws IOException {
        SourceDirs.copyTree(SourceDirs.SEED.resolve("mappings"), dir.resolve("mappings"));
        Files.writeString(
                dir.resolve(FacilityAors.FILE),
                "detloc,name,aor\nQCBNY,A,New York City\nQCBNY,B,Newark\nBCBNY,C,New York\nBCBNY,C,New York City Area of Responsibility\n");
        ImportProblems problems = new ImportProblems();
        read(problems);
        assertEquals(1, problems.count(), problems.kept().toString());
        ImportProblem p = problems.kept().get(0);
        assertEquals("facilities.csv", p.file());
        assertEquals(3, p.line());
        assertTrue(
                p.reason().contains("QCBNY is in Newark Area of Responsibility here")
                        && p.reason().contains("New York City Area of Responsibility on line 2"),
                p.reason());

        Files.writeString(dir.resolve(FacilityAors.FILE), "id,code,area\nx,QCBNY,New York City\n");
        problems = new ImportProblems();
        read(problems);
        assertEquals(2, problems.count(), problems.kept().toString());
        assertTrue(problems.kept().get(0).reason().contains("missing column 'detloc'"));
    }
}

package org.opendetainers.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.SourceDirs;

/** Category values are normalized before they are looked up in data-seed/mappings/. */
@Tag("unit")
class MappingsKeyTest {

    private static final Mappings SEED =
            Mappings.read(
                    Path.of("data-seed"),
                    Set.of("nypd", "nyc-doc", "cook-county-sheriff", "dc-doc"),
                    new ImportProblems());

    @Test
    void spellingsOfTheSameFormMapToI247a() {
        for (String spelling :
                new String[] {
                    "I-247A Immigration Detainer - Notice of Action",
                    "I247A - Immigration Detainer - Notice of Action",
                    "i-247a immigration detainer – notice of action",
                    "I\u2011247A  Immigration\tDetainer \u2014 Notice of Action.",
                    "  I-247A IMMIGRATION DETAINER: NOTICE OF ACTION  "
                }) {
            assertEquals("i-247a", SEED.detainerType(spelling), spelling);
        }
        assertEquals("declined", SEED.outcome("Detainer declined by L.E.A."));
        // the 2023-2026 vocabulary (docs/ice-file-layouts.md): I247G under its own code, Judicial
        // Review as other (its text does not say how the detainer ended)
        assertEquals("i-247g", SEED.detainerType("I-247G"));
        assertEquals("other", SEED.outcome("Judicial Review"));
        assertEquals("lifted", SEED.outcome("Noncitizen Not Amenable to Removal"));
        assertEquals("released", SEED.outcome("No longer in State Local or Federal Custody"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertNull(SEED.detainerType("I-247B Immigration Detainer - Notice of Action"));
        assertNull(SEED.outcome("Transferred to Other Agency"));
        assertNotEquals(
                Mappings.key("I-247 Immigration Detainer"),
                Mappings.key("I-247A Immigration Detainer"));
    }

    @Test
    void twoRowsThatNormalizeAlikeAreReportedAsMappedTwice(@TempDir Path dir) throws Exception {
        SourceDirs.copySeed(dir);
        Path types = dir.resolve(Mappings.DETAINER_TYPES);
        Files.writeString(
                types,
                "I247A - Immigration Detainer - Notice of Action,i-247a,another spelling\n",
                StandardOpenOption.APPEND);
        ImportProblems problems = new ImportProblems();
        Mappings.read(dir, Set.of("nypd", "nyc-doc", "cook-county-sheriff", "dc-doc"), problems);
        assertEquals(1, problems.count(), problems.kept().toString());
        ImportProblem p = problems.kept().get(0);
        assertEquals(Mappings.DETAINER_TYPES, p.file());
        assertEquals("raw", p.column());
        assertTrue(p.reason().contains("mapped twice"), p.reason());
    }
}

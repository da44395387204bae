package org.opendetainers.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every lift reason of ICE's files of October 2007 to July 2015, as NPR's export of FOIA 15-87693
 * counts them (the committed copy of detainers_by_lift_reason_and_year.csv), maps to a published
 * outcome: a record-level file of those years is not refused for unmapped lift reasons.
 */
@Tag("unit")
class LiftReasonsOf2007To2015Test {

    private static final Path EXPORT =
            Path.of(
                    "src/test/resources/sources/nprapps-sanctuary-cities/export/detainers_by_lift_reason_and_year.csv");

    @Test
    void eachOfTheTwelveLiftReasonsMapsToAnOutcome() throws IOException {
        ImportProblems problems = new ImportProblems();
        Set<String> agencies =
                Files.readAllLines(Path.of("data-seed/agencies.csv"), StandardCharsets.UTF_8)
                        .stream()
                        .skip(1)
                        .map(l -> l.split(",")[0])
                        .collect(Collectors.toSet());
        Mappings m = Mappings.read(Path.of("data-seed"), agencies, problems);
        assertTrue(problems.isEmpty(), problems.kept().toString());
        Map<String, String> outcomes = new TreeMap<>();
        Files.readAllLines(EXPORT, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(l -> l.split(",")[1])
                .forEach(reason -> outcomes.put(reason, m.outcome(reason)));
        assertEquals(12, outcomes.size(), outcomes.toString());
        assertTrue(
                outcomes.values().stream()
                        .allMatch(o -> o != null && Mappings.OUTCOMES.contains(o)),
                outcomes.toString());
        // the two the later files confirm keep their meaning
        assertEquals("declined", outcomes.get("Detainer Declined by LEA"));
        assertEquals("ice_custody", outcomes.get("Booked into Detention"));
    }
}

package org.opendetainers.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.domain.vocabulary.DatePrecision;

@Tag("unit")
class CitationsTest {

    @Test
    void publisherLedCitationWithFullDate() {
        assertEquals(
                "Office of the New York City Comptroller. (2019, February 21). The Demographics of Detention. https://comptroller.nyc.gov/",
                Citations.of(
                        "Office of the New York City Comptroller",
                        null,
                        "The Demographics of Detention",
                        new PreciseDate(LocalDate.of(2019, 2, 21), DatePrecision.day),
                        "https://comptroller.nyc.gov/"));
    }

    @Test
    void authorLedCitationNamesThePublisherAfterTheTitle() {
        assertEquals(
                "Beth Fertig. (2017, December). Detainers at Rikers. WNYC.",
                Citations.of(
                        "WNYC",
                        "Beth Fertig",
                        "Detainers at Rikers",
                        new PreciseDate(LocalDate.of(2017, 12, 1), DatePrecision.month),
                        null));
    }

    @Test
    void unknownDateIsNoDate() {
        assertEquals(
                "The Nation. (n.d.). A Response?",
                Citations.of(
                        "The Nation",
                        null,
                        "A Response?",
                        new PreciseDate(null, DatePrecision.unknown),
                        null));
        assertEquals(
                "Council. (2011). Report.",
                Citations.of(
                        "Council",
                        null,
                        "Report",
                        new PreciseDate(LocalDate.of(2011, 1, 1), DatePrecision.year),
                        null));
    }
}

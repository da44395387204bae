package org.opendetainers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The HTTP date the server sends (Last-Modified) and the one the doc examples expect are one
 * format.
 */
@Tag("unit")
class HttpDateTest {

    @Test
    void aSingleDigitDayHasTwoDigits() {
        assertEquals(
                "Mon, 07 Dec 2026 10:41:46 GMT",
                HttpDate.format(Instant.parse("2026-12-07T10:41:46Z")));
        assertEquals(
                "Tue, 01 Dec 2026 00:00:00 GMT",
                HttpDate.format(Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void aTwoDigitDayIsUnchangedAndTheResultParsesBack() {
        Instant instant = Instant.parse("2026-11-29T23:19:42.175532Z");
        String formatted = HttpDate.format(instant);
        assertEquals("Sun, 29 Nov 2026 23:19:42 GMT", formatted);
        assertEquals(
                instant.getEpochSecond(),
                ZonedDateTime.parse(formatted, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toEpochSecond());
    }

    @Test
    void anOffsetIsWrittenInUtc() {
        assertEquals(
                "Wed, 09 Sep 2026 02:00:00 GMT",
                HttpDate.format(OffsetDateTime.parse("2026-09-08T22:00:00-04:00")));
    }
}

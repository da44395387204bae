package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AgeBandTest {

    private static final LocalDate DETAINER = LocalDate.of(2018, 3, 15);

    private static String band(Integer birthYear) {
        return AgeBand.of(birthYear, DETAINER).value();
    }

    @Test
    void boundaries() {
        assertEquals("under-18", band(2018)); // age 0
        assertEquals("under-18", band(2001)); // 17
        assertEquals("18-24", band(2000)); // 18
        assertEquals("18-24", band(1994)); // 24
        assertEquals("25-34", band(1993)); // 25
        assertEquals("25-34", band(1984)); // 34
        assertEquals("35-44", band(1983)); // 35
        assertEquals("35-44", band(1974)); // 44
        assertEquals("45-54", band(1973)); // 45
        assertEquals("45-54", band(1964)); // 54
        assertEquals("55-plus", band(1963)); // 55
        assertEquals("55-plus", band(1908)); // 110
    }

    @Test
    void ageIsTheAgeReachedInTheDetainerYear() {
        assertEquals("18-24", AgeBand.of(2000, LocalDate.of(2018, 1, 1)).value());
        assertEquals("18-24", AgeBand.of(2000, LocalDate.of(2018, 12, 31)).value());
        assertEquals("under-18", AgeBand.of(2000, LocalDate.of(2017, 12, 31)).value());
    }

    @Test
    void unknown() {
        assertEquals("unknown", band(null));
        assertEquals("unknown", band(0));
        assertEquals("unknown", band(-5));
        assertEquals("unknown", band(1899));
        assertEquals("unknown", band(1907), "age 111");
        assertEquals("unknown", band(2019), "born after the detainer year");
        assertEquals("unknown", band(9999));
    }

    @Test
    void birthYear1900IsAcceptedOnlyUpToAge110() {
        assertEquals("55-plus", AgeBand.of(1900, LocalDate.of(2010, 6, 1)).value());
        assertEquals("unknown", AgeBand.of(1900, LocalDate.of(2011, 6, 1)).value());
        assertEquals("unknown", AgeBand.of(1900, DETAINER).value());
    }

    @Test
    void values() {
        assertEquals(
                List.of("under-18", "18-24", "25-34", "35-44", "45-54", "55-plus", "unknown"),
                Arrays.stream(AgeBand.values()).map(AgeBand::value).toList());
        for (AgeBand b : AgeBand.values()) {
            assertEquals(b, AgeBand.fromValue(b.value()));
        }
        assertThrows(IllegalArgumentException.class, () -> AgeBand.fromValue("55+"));
        assertThrows(NullPointerException.class, () -> AgeBand.of(1990, null));
    }
}

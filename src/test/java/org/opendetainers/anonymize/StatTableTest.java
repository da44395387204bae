package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StatTableTest {

    @Test
    void idsAndCanonicalOrder() {
        StatTable t = StatTable.of(Granularity.year, List.of("outcome", "aor"));
        assertEquals("year__aor__outcome", t.id());
        assertEquals(List.of("aor", "outcome"), t.dimensions());
        assertEquals("month__total", StatTable.of(Granularity.month, List.of()).id());
        assertEquals(
                "fiscal_year__citizenship_country",
                StatTable.of(Granularity.fiscal_year, List.of("citizenship_country")).id());
        assertEquals(
                "quarter__gender__age_band",
                StatTable.of(Granularity.quarter, List.of("age_band", "gender")).id());
        assertEquals(t, StatTable.fromId("year__aor__outcome"));
        assertEquals(StatTable.of(Granularity.month, List.of()), StatTable.fromId("month__total"));
        assertEquals(
                StatTable.of(Granularity.fiscal_year, List.of("age_band")),
                StatTable.fromId("fiscal_year__age_band"));
    }

    @Test
    void invalidTables() {
        assertThrows(
                IllegalArgumentException.class,
                () -> StatTable.of(Granularity.year, List.of("aor", "aor")));
        assertThrows(
                IllegalArgumentException.class,
                () -> StatTable.of(Granularity.year, List.of("aor", "state", "gender")));
        assertThrows(
                IllegalArgumentException.class,
                () -> StatTable.of(Granularity.year, List.of("county")));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new StatTable(
                                "year__outcome__aor", Granularity.year, List.of("outcome", "aor")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatTable("year__gender", Granularity.year, List.of("aor")));
        assertThrows(IllegalArgumentException.class, () -> StatTable.fromId("year__total__aor"));
        assertThrows(IllegalArgumentException.class, () -> StatTable.fromId("year"));
        assertThrows(IllegalArgumentException.class, () -> StatTable.fromId("week__total"));
    }

    @Test
    void cells() {
        StatTable t = StatTable.of(Granularity.quarter, List.of("gender"));
        LocalDate q = LocalDate.of(2018, 4, 1);
        StatCell c = new StatCell(t, q, List.of("female"), 12);
        assertEquals(LocalDate.of(2018, 6, 30), c.periodEnd());
        assertEquals(
                c, new StatCell(t, q, List.of("female"), 7, true, false), "equality is by key");
        assertNotEquals(c, new StatCell(t, q, List.of("male"), 12));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatCell(t, LocalDate.of(2018, 5, 1), List.of("female"), 3));
        assertThrows(IllegalArgumentException.class, () -> new StatCell(t, q, List.of(), 3));
        assertThrows(
                IllegalArgumentException.class, () -> new StatCell(t, q, List.of("female"), 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatCell(t, q, Arrays.asList((String) null), 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatCell(t, q, List.of("female"), 3, true, true));
        StatCell s = new StatCell(t, q, List.of("female"), 9, true, false);
        assertTrue(s.suppressed());
        assertTrue(
                !s.toString().contains("9"),
                "a suppressed count must not appear in toString: " + s);
    }
}

package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendetainers.anonymize.Granularity.fiscal_year;
import static org.opendetainers.anonymize.Granularity.month;
import static org.opendetainers.anonymize.Granularity.quarter;
import static org.opendetainers.anonymize.Granularity.year;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class GranularityTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void monthPeriods() {
        assertEquals(d("2018-02-01"), month.periodStart(d("2018-02-17")));
        assertEquals(d("2018-02-01"), month.periodStart(d("2018-02-01")));
        assertEquals(d("2018-02-28"), month.periodEnd(d("2018-02-01")));
        assertEquals(d("2020-02-29"), month.periodEnd(d("2020-02-01")), "leap year");
        assertEquals(
                d("2000-02-29"), month.periodEnd(d("2000-02-01")), "leap year divisible by 400");
        assertEquals(
                d("2100-02-28"),
                month.periodEnd(d("2100-02-01")),
                "not a leap year, divisible by 100");
        assertEquals(d("2018-12-31"), month.periodEnd(d("2018-12-01")));
        assertEquals(d("2018-04-30"), month.periodEnd(d("2018-04-01")));
    }

    @Test
    void quarterPeriods() {
        assertEquals(d("2018-01-01"), quarter.periodStart(d("2018-03-31")));
        assertEquals(d("2018-04-01"), quarter.periodStart(d("2018-04-01")));
        assertEquals(d("2018-07-01"), quarter.periodStart(d("2018-09-30")));
        assertEquals(d("2018-10-01"), quarter.periodStart(d("2018-12-31")));
        assertEquals(d("2018-03-31"), quarter.periodEnd(d("2018-01-01")));
        assertEquals(d("2018-06-30"), quarter.periodEnd(d("2018-04-01")));
        assertEquals(d("2018-09-30"), quarter.periodEnd(d("2018-07-01")));
        assertEquals(d("2018-12-31"), quarter.periodEnd(d("2018-10-01")));
    }

    @Test
    void yearPeriods() {
        assertEquals(d("2018-01-01"), year.periodStart(d("2018-12-31")));
        assertEquals(d("2018-01-01"), year.periodStart(d("2018-01-01")));
        assertEquals(d("2018-12-31"), year.periodEnd(d("2018-01-01")));
        assertEquals(d("2020-12-31"), year.periodEnd(d("2020-01-01")));
    }

    @Test
    void fiscalYearsRunOctoberToSeptember() {
        // FY2018 = 2017-10-01 .. 2018-09-30
        assertEquals(d("2017-10-01"), fiscal_year.periodStart(d("2017-10-01")));
        assertEquals(d("2017-10-01"), fiscal_year.periodStart(d("2017-12-31")));
        assertEquals(d("2017-10-01"), fiscal_year.periodStart(d("2018-01-01")));
        assertEquals(d("2017-10-01"), fiscal_year.periodStart(d("2018-09-30")));
        assertEquals(d("2018-10-01"), fiscal_year.periodStart(d("2018-10-01")));
        assertEquals(d("2016-10-01"), fiscal_year.periodStart(d("2017-09-30")));
        assertEquals(d("2018-09-30"), fiscal_year.periodEnd(d("2017-10-01")));
        // FY2020 contains 2020-02-29
        assertEquals(d("2019-10-01"), fiscal_year.periodStart(d("2020-02-29")));
        assertEquals(d("2020-09-30"), fiscal_year.periodEnd(d("2019-10-01")));
    }

    @Test
    void periodEndRejectsUnalignedStarts() {
        assertThrows(IllegalArgumentException.class, () -> month.periodEnd(d("2018-02-02")));
        assertThrows(IllegalArgumentException.class, () -> quarter.periodEnd(d("2018-02-01")));
        assertThrows(IllegalArgumentException.class, () -> year.periodEnd(d("2018-10-01")));
        assertThrows(IllegalArgumentException.class, () -> fiscal_year.periodEnd(d("2018-01-01")));
    }

    @Test
    void everyDayLiesInItsPeriod() {
        for (Granularity g : Granularity.values()) {
            for (LocalDate day = d("2015-09-01");
                    day.isBefore(d("2021-03-01"));
                    day = day.plusDays(1)) {
                LocalDate start = g.periodStart(day);
                LocalDate end = g.periodEnd(start);
                assertTrue(!day.isBefore(start) && !day.isAfter(end), g + " " + day);
                assertEquals(start, g.periodStart(end), g + " " + day);
                assertEquals(
                        end.plusDays(1),
                        g.periodStart(end.plusDays(1)),
                        g + " periods are contiguous");
            }
        }
    }

    @Test
    void nesting() {
        assertTrue(month.nestsIn(quarter));
        assertTrue(month.nestsIn(year));
        assertTrue(month.nestsIn(fiscal_year));
        assertTrue(quarter.nestsIn(year));
        assertTrue(quarter.nestsIn(fiscal_year));
        assertFalse(year.nestsIn(fiscal_year));
        assertFalse(fiscal_year.nestsIn(year));
        for (Granularity g : Granularity.values()) {
            assertFalse(g.nestsIn(g), g.name());
            assertFalse(g.nestsIn(month), g.name());
        }
        assertFalse(year.nestsIn(quarter));
        assertFalse(fiscal_year.nestsIn(quarter));
    }

    @Test
    void nestingAgreesWithPeriods() {
        for (Granularity fine : Granularity.values()) {
            for (Granularity coarse : Granularity.values()) {
                boolean nests = true;
                for (LocalDate day = d("2016-01-01");
                        day.isBefore(d("2020-01-01"));
                        day = day.plusDays(1)) {
                    LocalDate start = fine.periodStart(day);
                    if (!coarse.periodStart(start)
                            .equals(coarse.periodStart(fine.periodEnd(start)))) {
                        nests = false;
                        break;
                    }
                }
                assertEquals(nests && fine != coarse, fine.nestsIn(coarse), fine + " in " + coarse);
            }
        }
    }

    @Test
    void parse() {
        for (Granularity g : Granularity.values()) {
            assertEquals(g, Granularity.parse(g.name()));
        }
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Granularity.parse("week"));
        assertTrue(e.getMessage().contains("month, quarter, year, fiscal_year"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Granularity.parse("Month"));
        assertThrows(IllegalArgumentException.class, () -> Granularity.parse(null));
        assertThrows(IllegalArgumentException.class, () -> Granularity.parse(""));
    }
}

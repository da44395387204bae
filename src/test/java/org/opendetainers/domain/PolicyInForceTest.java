package org.opendetainers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.InForce;

/**
 * A policy in force on a day, with the precision of its dates, and what counts as limiting
 * cooperation: the rules of /v1/places?on=.
 */
@Tag("unit")
class PolicyInForceTest {

    private static Policy policy(
            LocalDate effective,
            DatePrecision effectivePrecision,
            LocalDate ended,
            DatePrecision endedPrecision) {
        Policy p = new Policy();
        p.adoptedOnPrecision = DatePrecision.unknown;
        p.effectiveOn = effective;
        p.effectiveOnPrecision = effectivePrecision;
        p.inForceFrom = effective;
        p.endedOn = ended;
        p.endedOnPrecision = endedPrecision;
        return p;
    }

    @Test
    void aDayPreciseStartAndEnd() {
        // Texas SB 4: effective 2017-09-01 (day), no end
        Policy sb4 =
                policy(LocalDate.of(2017, 9, 1), DatePrecision.day, null, DatePrecision.unknown);
        assertEquals(InForce.no, sb4.inForceOn(LocalDate.of(2017, 8, 31)));
        assertEquals(InForce.yes, sb4.inForceOn(LocalDate.of(2017, 9, 1)));
        // ended 2014-12-14 (day): not in force that day
        Policy ended =
                policy(
                        LocalDate.of(2013, 7, 1),
                        DatePrecision.day,
                        LocalDate.of(2014, 12, 14),
                        DatePrecision.day);
        assertEquals(InForce.yes, ended.inForceOn(LocalDate.of(2014, 12, 13)));
        assertEquals(InForce.no, ended.inForceOn(LocalDate.of(2014, 12, 14)));
    }

    @Test
    void insideAMonthOrYearKnownOnlySoTheAnswerIsUnknown() {
        // New Jersey's directive 2018-6: effective March 2019 (month)
        Policy nj =
                policy(LocalDate.of(2019, 3, 1), DatePrecision.month, null, DatePrecision.unknown);
        assertEquals(InForce.no, nj.inForceOn(LocalDate.of(2019, 2, 28)));
        assertEquals(InForce.unknown, nj.inForceOn(LocalDate.of(2019, 3, 15)));
        assertEquals(InForce.yes, nj.inForceOn(LocalDate.of(2019, 3, 31)));
        // an end known to the year: unknown within it, no after it
        Policy p =
                policy(
                        LocalDate.of(2010, 1, 5),
                        DatePrecision.day,
                        LocalDate.of(2015, 1, 1),
                        DatePrecision.year);
        assertEquals(InForce.yes, p.inForceOn(LocalDate.of(2014, 12, 31)));
        assertEquals(InForce.unknown, p.inForceOn(LocalDate.of(2015, 6, 1)));
        assertEquals(InForce.no, p.inForceOn(LocalDate.of(2015, 12, 31)));
        // neither date: never in force
        assertEquals(
                InForce.no,
                policy(null, DatePrecision.unknown, null, DatePrecision.unknown)
                        .inForceOn(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void limitingIsReadFromTheRecordedProvisionsOnly() {
        assertTrue(
                new Provisions(true, null, null, null, null, null, null, null).limitsCooperation());
        assertTrue(
                new Provisions(null, null, null, null, null, null, true, null).limitsCooperation());
        assertTrue(
                new Provisions(null, null, null, null, null, false, null, null)
                        .limitsCooperation());
        assertTrue(
                new Provisions(null, 5, 170, "violent or serious crimes", null, null, null, null)
                        .limitsCooperation());
        // blank provisions, an ICE office allowed, a cap on holds alone: not limiting
        assertFalse(
                new Provisions(null, null, null, null, null, null, null, null).limitsCooperation());
        assertFalse(
                new Provisions(null, null, null, null, null, true, null, null).limitsCooperation());
        assertFalse(
                new Provisions(false, null, null, null, null, null, false, 48).limitsCooperation());
    }
}

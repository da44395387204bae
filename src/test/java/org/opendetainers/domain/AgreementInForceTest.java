package org.opendetainers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.InForce;

/** "In force on D": signed on or before D and not ended before D; inside an end window, unknown. */
@Tag("unit")
class AgreementInForceTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Agreement agreement(
            String signed, DatePrecision precision, String first, String after, String before) {
        Agreement a = new Agreement();
        a.signedOn = signed == null ? null : d(signed);
        a.signedOnPrecision = precision;
        a.firstListedOn = d(first);
        a.endedAfter = after == null ? null : d(after);
        a.endedBefore = before == null ? null : d(before);
        return a;
    }

    @Test
    void aListedAgreementIsInForceFromItsSignedDay() {
        Agreement a = agreement("2025-06-13", DatePrecision.day, "2025-06-27", null, null);
        assertEquals(InForce.no, a.inForceOn(d("2025-06-12")));
        assertEquals(InForce.yes, a.inForceOn(d("2025-06-13")));
        assertEquals(InForce.yes, a.inForceOn(d("2030-01-01")));
    }

    @Test
    void insideTheEndWindowItIsUnknownNeverGuessed() {
        // Southside Place PD: last listed 2025-07-16, absent from the list of 2025-07-18
        Agreement a =
                agreement(
                        "2025-06-13", DatePrecision.day, "2025-06-27", "2025-07-16", "2025-07-18");
        assertEquals(InForce.yes, a.inForceOn(d("2025-07-16")));
        assertEquals(InForce.unknown, a.inForceOn(d("2025-07-17")));
        assertEquals(InForce.no, a.inForceOn(d("2025-07-18")));
    }

    @Test
    void listedInTheMorningAndGoneByTheEveningIsUnknownThatDay() {
        Agreement a =
                agreement(
                        "2025-04-29", DatePrecision.day, "2025-05-16", "2025-07-09", "2025-07-09");
        assertEquals(InForce.yes, a.inForceOn(d("2025-07-08")));
        assertEquals(InForce.unknown, a.inForceOn(d("2025-07-09")));
        assertEquals(InForce.no, a.inForceOn(d("2025-07-10")));
    }

    @Test
    void anUnknownSignedDateCountsFromTheFirstListing() {
        Agreement a = agreement(null, DatePrecision.unknown, "2025-05-16", null, null);
        assertEquals(InForce.unknown, a.inForceOn(d("2025-05-15")));
        assertEquals(InForce.yes, a.inForceOn(d("2025-05-16")));
    }

    @Test
    void aSignedMonthLeavesTheDaysOfThatMonthUnknown() {
        Agreement a = agreement("2025-05-01", DatePrecision.month, "2025-06-01", null, null);
        assertEquals(InForce.no, a.inForceOn(d("2025-04-30")));
        assertEquals(InForce.unknown, a.inForceOn(d("2025-05-15")));
        assertEquals(InForce.yes, a.inForceOn(d("2025-05-31")));
    }
}

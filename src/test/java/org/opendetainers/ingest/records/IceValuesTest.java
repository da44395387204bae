package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** ICE's values as its files hold them (docs/ice-file-layouts.md: values, redaction markers). */
@Tag("unit")
class IceValuesTest {

    @Test
    void datesInEveryFormSeen() {
        assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), IceValues.dateTime("2024-03-05"));
        assertEquals(
                LocalDateTime.of(2024, 3, 5, 14, 30), IceValues.dateTime("2024-03-05 14:30:00"));
        assertEquals(
                LocalDateTime.of(2024, 3, 5, 14, 30, 15),
                IceValues.dateTime("2024-03-05T14:30:15"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), IceValues.dateTime("3/5/2024"));
        // NPR's M/D/YY: two-digit years 00-68 are 20xx, 69-99 are 19xx
        assertEquals(LocalDateTime.of(2014, 10, 1, 0, 0), IceValues.dateTime("10/1/14"));
        assertEquals(LocalDateTime.of(1999, 10, 1, 0, 0), IceValues.dateTime("10/01/99"));
        assertEquals(
                LocalDateTime.of(2024, 3, 5, 15, 10), IceValues.dateTime("03/05/2024 03:10 PM"));
        assertEquals(
                LocalDateTime.of(2024, 3, 5, 0, 10), IceValues.dateTime("03/05/2024 12:10 AM"));
        // Excel serial numbers (origin 1899-12-30), with a fraction for the time
        assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), IceValues.dateTime("45356"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 12, 0), IceValues.dateTime("45356.5"));
        // junk from the August 2026 release: a date, but an impossible one, left to the range check
        assertEquals(
                LocalDate.of(2, 6, 14), IceValues.dateTime("06/14/0002 03:10 PM").toLocalDate());
        for (String junk :
                List.of(
                        "",
                        "not a date",
                        "2024-13-01",
                        "2/30/2024",
                        "13/45/2024",
                        "12345",
                        "99999",
                        "2024-03-05x",
                        "3/5/2024 13:10 PM")) {
            assertNull(IceValues.dateTime(junk), junk);
        }
    }

    @Test
    void redactionsAndMissingMarkersAreMissingAndToldApartFromBlanks() {
        for (String redaction :
                List.of(
                        "b(6), b(7)c",
                        "b(6), b(7)C",
                        "(b)(6)",
                        "(b)(6), (b)(7)(c)",
                        "(B)(7)(C)",
                        " B(6) ",
                        // the variants of the December 2025 and March 2026 releases
                        "(b)(6), (b)(7)(c) (b)(7)(e)",
                        "(b)(6)(b)(7)(c)",
                        "b(6), b(7)(c)",
                        "b(7)(e)",
                        "B(7)(E)")) {
            assertEquals(IceValues.Kind.REDACTED, IceValues.kind(redaction), redaction);
        }
        for (String na : List.of("NA", "na", "N/A", "NULL", " null ")) {
            assertEquals(IceValues.Kind.MARKED_MISSING, IceValues.kind(na), na);
        }
        assertEquals(IceValues.Kind.BLANK, IceValues.kind(""));
        assertEquals(IceValues.Kind.BLANK, IceValues.kind("   "));
        assertEquals(IceValues.Kind.BLANK, IceValues.kind(null));
        for (String value :
                List.of(
                        "NAMIBIA",
                        "Booked into Detention",
                        "US MARSHALS, YAKIMA",
                        "287(g) Program",
                        "NAN")) {
            assertEquals(IceValues.Kind.VALUE, IceValues.kind(value), value);
        }
    }

    @Test
    void stateNamesBecomePostalCodes() {
        assertEquals("NY", IceValues.state("NEW YORK"));
        assertEquals("WA", IceValues.state("WASHINGTON"));
        assertEquals("DC", IceValues.state("District of Columbia"));
        assertEquals("NY", IceValues.state(" ny "));
        assertEquals("PR", IceValues.state("PUERTO RICO"));
        assertNull(IceValues.state("NEW AMSTERDAM"));
    }

    @Test
    void codesAreSplitFromLabels() {
        assertEquals("1", IceValues.code("1 Convicted Criminal"));
        assertEquals("Convicted Criminal", IceValues.label("1 Convicted Criminal"));
        assertEquals("8F", IceValues.code("[8F] Expedited Removal"));
        assertEquals("Expedited Removal", IceValues.label("[8F] Expedited Removal"));
        assertEquals("6", IceValues.code("6-Deported/Removed - Deportability"));
        assertEquals(
                "Deported/Removed - Deportability",
                IceValues.label("6-Deported/Removed - Deportability"));
        assertEquals("10", IceValues.code("10-USC Prosecution Case Closed"));
        assertEquals("A", IceValues.code("A-Proceedings Terminated"));
        assertNull(IceValues.code("Booked into Detention"));
        assertNull(IceValues.label("Detainer Declined by LEA"));
    }

    @Test
    void detainerTypesAreKnownByTheirFormCode() {
        assertEquals(
                "I-247A", IceValues.formCode("I247A - Immigration Detainer - Notice of Action"));
        assertEquals(
                "I-247A", IceValues.formCode("I-247A Immigration Detainer - Notice of Action"));
        assertEquals(
                "I-247D",
                IceValues.formCode("I247D - Immigration Detainer - Request for Voluntary Action"));
        assertEquals(
                "I-247N",
                IceValues.formCode("I247N - Immigration Advisal - Request for Notification"));
        assertEquals("I-247G", IceValues.formCode("I247G"));
        assertEquals("I-247X", IceValues.formCode("i247x - other"));
        assertEquals(
                "I-247",
                IceValues.formCode(
                        "I247 - Immigration Detainer - Notice of Action (as of March 2013)"));
        assertNull(IceValues.formCode("Immigration Detainer - Notice of Action"));
        assertNull(IceValues.formCode("I2470 - no such form"));
    }

    @Test
    void theHeaderRowIsFoundByItsNames() {
        assertTrue(HeaderLayouts.isHeader(HeaderLayouts.L1));
        assertTrue(HeaderLayouts.isHeader(HeaderLayouts.L3));
        assertTrue(HeaderLayouts.isHeader(HeaderLayouts.TRAC_KNOWN));
        assertTrue(HeaderLayouts.isHeader(HeaderLayouts.NPR_KNOWN));
        assertFalse(HeaderLayouts.isHeader(List.of("U.S. Immigration and Customs Enforcement")));
        assertFalse(HeaderLayouts.isHeader(List.of("FOIA 2026-ICLI-00005", "", "Detainers")));
        // every layout names the columns that matter through the alias table
        for (var layout : HeaderLayouts.LAYOUTS.entrySet()) {
            ExtractColumns.Layout l = ExtractColumns.layout(layout.getValue());
            assertTrue(l.of("detainer_prepare_date") >= 0, layout.getKey());
            assertTrue(
                    l.of("detention_facility") >= 0 || l.of("detainer_facility") >= 0,
                    layout.getKey());
        }
        for (List<String> workbook :
                List.of(
                        HeaderLayouts.L1,
                        HeaderLayouts.L2,
                        HeaderLayouts.L2_64,
                        HeaderLayouts.L3,
                        HeaderLayouts.TRAC_KNOWN)) {
            assertTrue(ExtractColumns.layout(workbook).of("unique_id") >= 0, workbook.toString());
        }
        assertEquals(65, HeaderLayouts.L1.size());
        assertEquals(65, HeaderLayouts.L2.size());
        assertEquals(64, HeaderLayouts.L2_64.size());
        assertEquals(44, HeaderLayouts.L3.size());
    }
}

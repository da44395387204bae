package org.opendetainers.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.tools.AgreementSheets.Listing;
import org.opendetainers.tools.AgreementSheets.Problem;
import org.opendetainers.tools.AgreementSheets.SheetFile;

/** The converter of ICE's 287(g) sheets, and a few real agreements pinned against ICE's sheet. */
@Tag("unit")
class AgreementSheetsTest {

    private static final String[] HEADER = {
        "STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA"
    };

    private static SheetFile sheet(String name, LocalDate date) {
        return new SheetFile(Path.of(name), "sheets/x/" + name, date, "am", "s-" + date);
    }

    /** A workbook with ICE's header and the given rows; a LocalDate becomes a date cell. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    Object v = rows[r][i];
                    if (v instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void brokenDatesAndNaCountiesAreReportedWithFileRowAndColumnNeverGuessed() throws IOException {
        SheetFile f = sheet("participatingAgencies05162025am.xlsx", LocalDate.of(2025, 5, 16));
        byte[] xlsx =
                workbook(
                        new Object[] {
                            "ALABAMA",
                            "Colbert County Sheriff's Office",
                            "County",
                            "Colbert County",
                            "Jail Enforcement Model ",
                            LocalDate.of(2025, 5, 8),
                            "link"
                        },
                        new Object[] {
                            "FLORIDA",
                            "Some Police Department",
                            "Municipality",
                            "#N/A",
                            "Task Force Model",
                            "05/082025",
                            "link"
                        },
                        new Object[] {
                            "TEXAS",
                            "Some County Sheriff's Office",
                            "County",
                            "#N/A",
                            "Warrant Service Officer",
                            LocalDate.of(5025, 7, 7),
                            "link"
                        },
                        new Object[] {
                            "UTAHJ",
                            "Some Agency",
                            "State Agency",
                            "#N/A",
                            "Task Force Model",
                            LocalDate.of(2025, 5, 1),
                            "link"
                        });
        List<Problem> problems = new ArrayList<>();
        List<Listing> listings = AgreementSheets.read(f, new ByteArrayInputStream(xlsx), problems);

        assertEquals(3, listings.size());
        assertEquals(LocalDate.of(2025, 5, 8), listings.get(0).signed());
        assertEquals("jail_enforcement", listings.get(0).model());
        // not guessed: blank, quoted
        assertNull(listings.get(1).signed());
        assertEquals("05/082025", listings.get(1).signedText());
        assertNull(listings.get(1).county());
        assertNull(listings.get(2).signed());
        assertNull(listings.get(2).county());
        String file = "sheets/x/participatingAgencies05162025am.xlsx";
        assertEquals(
                List.of(
                        new Problem(
                                file,
                                3,
                                "SIGNED",
                                "05/082025",
                                "not a date (M/D/YYYY); left blank"),
                        new Problem(file, 4, "COUNTY", "#N/A", "not a county name; left blank"),
                        new Problem(
                                file,
                                4,
                                "SIGNED",
                                "7/7/25 (5025-07-07)",
                                "after the sheet's own date (2025-05-16); left blank"),
                        new Problem(file, 5, "STATE", "UTAHJ", "not a US state")),
                problems);
    }

    @Test
    void anAgreementNoLongerListedGetsTheWindowNeverADay() {
        SheetFile a = sheet("participatingAgencies07092025am.xlsx", LocalDate.of(2025, 7, 9));
        SheetFile b = sheet("participatingAgencies07112025pm.xlsx", LocalDate.of(2025, 7, 11));
        SheetFile c = sheet("participatingAgencies07142025am.xlsx", LocalDate.of(2025, 7, 14));
        LocalDate signed = LocalDate.of(2025, 7, 7);
        Listing l1 =
                new Listing(
                        a,
                        2,
                        "TX",
                        "Ellis County Sheriff's Office",
                        "County",
                        "Ellis County",
                        "warrant_service_officer",
                        signed,
                        null);
        Listing l2 =
                new Listing(
                        b,
                        2,
                        "TX",
                        "Ellis County Sheriff's Office",
                        "County",
                        "Ellis County",
                        "warrant_service_officer",
                        signed,
                        null);
        Listing other =
                new Listing(
                        c,
                        2,
                        "TX",
                        "Other Office",
                        "County",
                        "X County",
                        "task_force",
                        signed,
                        null);
        List<AgreementSheets.Agreement> out =
                AgreementSheets.agreements(
                        List.of(a, b, c), List.of(l1, l2, other), new ArrayList<>());
        AgreementSheets.Agreement ellis = out.get(0);
        assertEquals("tx-ellis-county-sheriffs-office-wso", ellis.id());
        assertEquals("ended", ellis.status());
        assertEquals(LocalDate.of(2025, 7, 9), ellis.firstListedOn());
        assertEquals(LocalDate.of(2025, 7, 11), ellis.endedAfter());
        assertEquals(LocalDate.of(2025, 7, 14), ellis.endedBefore());
        assertEquals(List.of("s-2025-07-09", "s-2025-07-11", "s-2025-07-14"), ellis.sourceIds());
        assertEquals("active", out.get(1).status());
    }

    /**
     * Real agreements as ICE's sheet participatingAgencies07182025pm.xlsx (repository
     * appelson/Tracking_287g, commit 1946c79, folder sheets/sheets_20250719_151637) lists them:
     * agency, model and the SIGNED cell, read by hand from the sheet.
     */
    @Test
    void realAgreementsMatchIcesSheetOf18July2025() throws IOException {
        Map<String, Map<String, String>> byId = new HashMap<>();
        try (Reader in =
                        Files.newBufferedReader(
                                Path.of("data-seed/agreements.csv"), StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows =
                        new CsvMapper()
                                .readerForMapOf(String.class)
                                .with(CsvSchema.emptySchema().withHeader())
                                .readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                byId.put(r.get("id"), r);
            }
        }
        String[][] pins = {
            // id, agency, model, signed (ICE's sheet row)
            {
                "al-cherokee-county-sheriffs-office-wso",
                "Cherokee County Sheriff's Office",
                "warrant_service_officer",
                "2025-06-25"
            }, // row 2: 6/25/25
            {
                "al-colbert-county-sheriffs-office-tfm",
                "Colbert County Sheriff's Office",
                "task_force",
                "2025-07-02"
            }, // row 3: 7/2/25
            {
                "al-colbert-county-sheriffs-office-jem",
                "Colbert County Sheriff's Office",
                "jail_enforcement",
                "2025-05-08"
            }, // row 5: 5/8/25
            {
                "al-elmore-county-sheriffs-office-jem",
                "Elmore County Sheriff's Office",
                "jail_enforcement",
                "2025-03-17"
            }, // row 7: 3/17/25
            {
                "tx-aransas-county-sheriffs-office-jem",
                "Aransas County Sheriff's Office",
                "jail_enforcement",
                "2020-06-08"
            }, // row 656: 6/8/20
            {
                "tx-harrison-county-sheriffs-office-wso",
                "Harrison County Sheriff's Office",
                "warrant_service_officer",
                "2025-02-24"
            }, // row 693: 2/24/25
        };
        for (String[] pin : pins) {
            Map<String, String> r = byId.get(pin[0]);
            assertTrue(r != null, pin[0]);
            assertEquals(pin[1], r.get("agency"), pin[0]);
            assertEquals(pin[2], r.get("model"), pin[0]);
            assertEquals(pin[3], r.get("signed_on"), pin[0]);
            assertEquals("day", r.get("signed_on_precision"), pin[0]);
            assertEquals("2025-07-18", r.get("last_listed_on"), pin[0]);
            assertEquals("active", r.get("status"), pin[0]);
        }
    }
}

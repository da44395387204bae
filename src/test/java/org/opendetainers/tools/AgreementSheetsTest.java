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
import java.io.StringReader;
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
        Map<String, Map<String, String>> byId = seedAgreements();
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

    private static SheetFile page(LocalDate date) {
        String name = date.toString().replace("-", "") + "_000000.csv";
        return new SheetFile(
                Path.of(name),
                AgreementPages.PATH + "sheets_x/" + name,
                date,
                "page",
                AgreementPages.SOURCE_PREFIX + date);
    }

    private static List<Listing> readPage(SheetFile f, String csv, List<Problem> problems)
            throws IOException {
        return AgreementPages.read(f, new StringReader(csv), problems);
    }

    @Test
    void thePagesBrokenValuesAreReportedWithFileRowAndColumnNeverGuessed() throws IOException {
        SheetFile f = page(LocalDate.of(2021, 1, 13));
        String csv =
                "capture_date,capture_file,state,agency,support,signed,link,addendum,date_only\n"
                        + "x,x,ALABAMA,Etowah County Sheriff's Office,Jail Enforcement Model,2016-06-08,l,,x\n"
                        + "x,x,TEXAS,Some Office,Warrant Service Officer,06/08/2020,l,,x\n"
                        + "x,x,TEXAS,Other Office,Jail Enforcement Model,2021-02-01,l,,x\n"
                        + "x,x,UTAHJ,Some Agency,Task Force Model,2020-01-01,l,,x\n"
                        + "x,x,TEXAS,Third Office,Mounted Patrol,2020-01-01,l,,x\n";
        List<Problem> problems = new ArrayList<>();
        List<Listing> listings = readPage(f, csv, problems);
        assertEquals(3, listings.size());
        assertEquals(LocalDate.of(2016, 6, 8), listings.get(0).signed());
        assertNull(listings.get(0).county());
        assertNull(listings.get(0).agencyType());
        assertNull(listings.get(1).signed());
        assertEquals("06/08/2020", listings.get(1).signedText());
        assertNull(listings.get(2).signed());
        String file = AgreementPages.PATH + "sheets_x/20210113_000000.csv";
        assertEquals(
                List.of(
                        new Problem(
                                file,
                                3,
                                "signed",
                                "06/08/2020",
                                "not a date (YYYY-MM-DD); left blank"),
                        new Problem(
                                file,
                                4,
                                "signed",
                                "2021-02-01",
                                "after the day of the capture (2021-01-13); left blank"),
                        new Problem(file, 5, "state", "UTAHJ", "not a US state"),
                        new Problem(
                                file,
                                6,
                                "support",
                                "Mounted Patrol",
                                "not one of ICE's three models")),
                problems);
    }

    @Test
    void anAgencySpelledOtherwiseOnThePageKeepsTheIdOf2025AndTheEarlierFirstListing()
            throws IOException {
        SheetFile p1 = page(LocalDate.of(2024, 6, 27));
        SheetFile p2 = page(LocalDate.of(2024, 12, 18));
        SheetFile s = sheet("participatingAgencies05162025am.xlsx", LocalDate.of(2025, 5, 16));
        String row =
                "state,agency,support,signed,addendum\n"
                        + "ALASKA,Department of Corrections,Warrant Service Officer,2020-07-24,\n";
        List<Problem> problems = new ArrayList<>();
        List<Listing> listings = new ArrayList<>(readPage(p1, row, problems));
        listings.addAll(readPage(p2, row, problems));
        LocalDate signed = LocalDate.of(2020, 7, 24);
        listings.add(
                new Listing(
                        s,
                        2,
                        "AK",
                        "Alaska Department of Corrections",
                        "State Agency",
                        null,
                        "warrant_service_officer",
                        signed,
                        null));
        List<AgreementSheets.Agreement> out =
                AgreementSheets.agreements(List.of(p1, p2, s), listings, problems);
        assertEquals(1, out.size());
        AgreementSheets.Agreement a = out.get(0);
        assertEquals("ak-alaska-department-of-corrections-wso", a.id());
        assertEquals("Alaska Department of Corrections", a.agency());
        assertEquals("State Agency", a.agencyType());
        assertEquals(LocalDate.of(2024, 6, 27), a.firstListedOn());
        assertEquals("active", a.status());
        assertTrue(a.note().contains("give the agency as 'Department of Corrections'"), a.note());
        assertEquals(List.of(), problems);
    }

    @Test
    void backAfterAGapWithAnotherSignedDateIsASecondAgreementTheLaterKeepsTheId()
            throws IOException {
        SheetFile p1 = page(LocalDate.of(2021, 1, 13));
        SheetFile p2 = page(LocalDate.of(2021, 7, 26));
        SheetFile s = sheet("participatingAgencies05162025am.xlsx", LocalDate.of(2025, 5, 16));
        List<Problem> problems = new ArrayList<>();
        List<Listing> listings =
                new ArrayList<>(
                        readPage(
                                p1,
                                "state,agency,support,signed,addendum\n"
                                        + "OHIO,Butler County Sheriff's Office,Jail Enforcement Model,2020-06-09,\n",
                                problems));
        listings.add(
                new Listing(
                        s,
                        2,
                        "OH",
                        "Butler County Sheriff's Office",
                        "County",
                        "Butler County",
                        "jail_enforcement",
                        LocalDate.of(2025, 2, 24),
                        null));
        List<AgreementSheets.Agreement> out =
                AgreementSheets.agreements(List.of(p1, p2, s), listings, problems);
        assertEquals(2, out.size());
        AgreementSheets.Agreement now = out.get(0);
        AgreementSheets.Agreement then = out.get(1);
        assertEquals("oh-butler-county-sheriffs-office-jem", now.id());
        assertEquals("active", now.status());
        assertEquals(LocalDate.of(2025, 5, 16), now.firstListedOn());
        assertEquals("oh-butler-county-sheriffs-office-jem-2020-06-09", then.id());
        assertEquals("ended", then.status());
        assertEquals(LocalDate.of(2021, 1, 13), then.endedAfter());
        assertEquals(LocalDate.of(2021, 7, 26), then.endedBefore());
        // the page gives no county: the agency's agreement of 2025 does
        assertEquals("Butler County", then.county());
        assertEquals(now.agencyId(), then.agencyId());
    }

    /**
     * Real agreements before May 2025 as ICE's web page listed them, in the captures of the
     * repository appelson/Tracking_287g (commit 74f4120, archived_data/before_2025/sheets/):
     * agency, model and signed date as the capture's row gives them, the first and last capture
     * listing the agreement, and the capture where it is first absent.
     */
    @Test
    void realAgreementsMatchIcesWebPageOf2021To2024() throws IOException {
        Map<String, Map<String, String>> byId = seedAgreements();
        String[][] pins = {
            // id, agency, model, signed, first listed, last listed, first absent (capture rows)
            {
                "ga-cobb-county-sheriffs-office-jem",
                "Cobb County Sheriff's Office",
                "jail_enforcement",
                "2020-06-09",
                "2021-01-13",
                "2021-01-13",
                "2021-04-09"
            }, // sheets_20210113_002027/20210113_002027.csv row 63
            {
                "la-east-baton-rouge-parish-sheriffs-office-jem",
                "East Baton Rouge Parish Sheriff’s Office",
                "jail_enforcement",
                "2020-06-09",
                "2021-01-13",
                "2023-06-15",
                "2024-06-27"
            }, // 20210113 row 75, 20230615 row 72
            {
                "va-culpeper-county-sheriffs-office-jem",
                "Culpeper County Sheriff’s Office",
                "jail_enforcement",
                "2020-06-08",
                "2021-01-13",
                "2023-06-15",
                "2024-06-27"
            }, // 20210113 row 142, 20230615 row 130
            {
                "oh-butler-county-sheriffs-office-jem-2020-06-09",
                "Butler County Sheriff's Office",
                "jail_enforcement",
                "2020-06-09",
                "2021-01-13",
                "2021-04-09",
                "2021-07-26"
            }, // 20210113 row 107, 20210409 row 105
        };
        for (String[] pin : pins) {
            Map<String, String> r = byId.get(pin[0]);
            assertTrue(r != null, pin[0]);
            assertEquals(pin[1], r.get("agency"), pin[0]);
            assertEquals(pin[2], r.get("model"), pin[0]);
            assertEquals(pin[3], r.get("signed_on"), pin[0]);
            assertEquals(pin[4], r.get("first_listed_on"), pin[0]);
            assertEquals(pin[5], r.get("last_listed_on"), pin[0]);
            assertEquals(pin[5], r.get("ended_after"), pin[0]);
            assertEquals(pin[6], r.get("ended_before"), pin[0]);
            assertEquals("ended", r.get("status"), pin[0]);
            assertEquals("", r.get("ended_on"), pin[0]);
        }
        // the page gives no county: a sheriff's office's is read from its name, and said so
        assertEquals("Cobb County", byId.get("ga-cobb-county-sheriffs-office-jem").get("county"));
        assertTrue(
                byId.get("ga-cobb-county-sheriffs-office-jem")
                        .get("note")
                        .contains("read from the agency's name"));
        // listed since the first capture and in ICE's sheet of 2025-07-18; the capture of
        // 2021-01-13 (row 129) gives Montgomery's signed date as 2017-06-28, that of 2024-12-18
        // (row 116) and the sheets 2020-06-09: the latest is kept, the other noted
        Map<String, String> montgomery = byId.get("tx-montgomery-county-sheriffs-office-jem");
        assertEquals("2020-06-09", montgomery.get("signed_on"));
        assertEquals("2021-01-13", montgomery.get("first_listed_on"));
        assertEquals("active", montgomery.get("status"));
        assertTrue(montgomery.get("note").contains("2017-06-28"), montgomery.get("note"));
        // 'Department of Corrections' (ALASKA) in every capture, row 3: the agreement of 2025
        Map<String, String> alaska = byId.get("ak-alaska-department-of-corrections-wso");
        assertEquals("2021-01-13", alaska.get("first_listed_on"));
        assertEquals("2020-07-24", alaska.get("signed_on"));
        assertTrue(byId.keySet().stream().noneMatch(id -> id.startsWith("ak-department-of")));
    }

    private static Map<String, Map<String, String>> seedAgreements() throws IOException {
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
        return byId;
    }
}

package org.opendetainers.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.domain.vocabulary.CountSeries;

/** The loader's validation, on copies of the real seed with one thing broken at a time. */
@Tag("unit")
class CuratedDataReaderTest {

    private static final Path SEED = Path.of("data-seed");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir Path dir;

    @Test
    void theSeedIsValid() {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        assertTrue(data.figures().size() > 20);
        assertTrue(data.policies().stream().anyMatch(p -> p.id().equals("nyc-ll-58-2014")));
        assertTrue(
                data.sources().stream()
                        .allMatch(s -> s.citation() != null && !s.citation().isBlank()));
    }

    @Test
    void aBadDateIsReportedWithFileLineAndColumn() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "figures.csv",
                        "nypd-detainers-received-2017-seed004",
                        "2017-01-01",
                        "2017-02-30");
        ImportProblem p = single();
        assertEquals(
                new ImportProblem(
                        "figures.csv",
                        line,
                        "period_start",
                        "'2017-02-30' is not a date (YYYY-MM-DD)"),
                p);
    }

    @Test
    void aMissingColumnRejectsTheFile() throws IOException {
        copySeed();
        List<String> lines = Files.readAllLines(dir.resolve("measures.csv"));
        lines.set(0, lines.get(0).replace(",unit", ",units"));
        Files.write(dir.resolve("measures.csv"), lines);
        List<ImportProblem> problems = problems();
        assertTrue(
                problems.contains(
                        new ImportProblem("measures.csv", 1, "unit", "missing column 'unit'")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> "units".equals(p.column())), problems.toString());
    }

    @Test
    void aReferenceToAnUnknownSourceIsRejected() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "figures.csv",
                        "nypd-detainers-received-2017-seed004",
                        ",seed-004,",
                        ",seed-999,");
        assertEquals(
                new ImportProblem(
                        "figures.csv", line, "source_id", "'seed-999' is not an id in sources.csv"),
                single());
    }

    @Test
    void aDuplicateIdIsRejected() throws IOException {
        copySeed();
        List<String> lines = Files.readAllLines(dir.resolve("jurisdictions.csv"));
        lines.add(lines.get(1));
        Files.write(dir.resolve("jurisdictions.csv"), lines);
        ImportProblem p = single();
        assertEquals("jurisdictions.csv", p.file());
        assertEquals(lines.size(), p.line());
        assertTrue(p.reason().startsWith("duplicate id"), p.reason());
    }

    @Test
    void badValuesOfEveryKindAreAllReportedInOnePass() throws IOException {
        copySeed();
        replaceInRow(
                "figures.csv", "nypd-detainers-received-2017-seed004", ",1526,", ",about 1500,");
        replaceInRow("figures.csv", "nypd-detainers-honored-2017-seed004", ",exact,", ",roughly,");
        replaceInRow("policies.csv", "nyc-ll-59-2014", ",local_law,", ",decree,");
        List<ImportProblem> problems = problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p ->
                                        "value".equals(p.column())
                                                && p.reason().contains("about 1500")));
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p ->
                                        "qualifier".equals(p.column())
                                                && p.reason().contains("approximate")));
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p -> "kind".equals(p.column()) && p.file().equals("policies.csv")));
    }

    @Test
    void aFigureForAPeriodNotYetOverIsRejected() throws IOException {
        copySeed();
        replaceInRow(
                "figures.csv", "nypd-detainers-received-2017-seed004", "2017-12-31", "2027-12-31");
        ImportProblem p = single();
        assertEquals("period_end", p.column());
        assertTrue(p.reason().contains("future"), p.reason());
    }

    @Test
    void monthPrecisionNeedsTheFirstOfTheMonth() throws IOException {
        copySeed();
        replaceInRow("policies.csv", "nyc-eo-34-2003", "2003-05-01,month", "2003-05-13,month");
        ImportProblem p = single();
        assertEquals("adopted_on", p.column());
    }

    @Test
    void emptyFileWrongFieldCountAndNonUtf8() throws IOException {
        copySeed();
        Files.writeString(dir.resolve("measures.csv"), "");
        List<String> agencies = Files.readAllLines(dir.resolve("agencies.csv"));
        agencies.set(2, agencies.get(2) + ",extra");
        Files.write(dir.resolve("agencies.csv"), agencies);
        byte[] jurisdictions = Files.readAllBytes(dir.resolve("jurisdictions.csv"));
        byte[] broken = new byte[jurisdictions.length + 2];
        System.arraycopy(jurisdictions, 0, broken, 0, jurisdictions.length);
        broken[jurisdictions.length] = (byte) 0xC3;
        broken[jurisdictions.length + 1] = (byte) 0x28;
        Files.write(dir.resolve("jurisdictions.csv"), broken);

        List<ImportProblem> problems = problems();
        assertTrue(
                problems.contains(
                        new ImportProblem(
                                "measures.csv",
                                0,
                                null,
                                "the file is empty: a header row is required")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p ->
                                        p.file().equals("agencies.csv")
                                                && p.line() == 3
                                                && p.reason()
                                                        .contains("expected 6 fields, found 7")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p ->
                                        p.file().equals("jurisdictions.csv")
                                                && p.reason().contains("not valid UTF-8")),
                problems.toString());
    }

    @Test
    void aMissingFileIsReported() throws IOException {
        copySeed();
        Files.delete(dir.resolve("sources.csv"));
        List<ImportProblem> problems = problems();
        assertEquals("sources.csv", problems.get(0).file());
        assertTrue(problems.get(0).reason().contains("file not found"));
    }

    @Test
    void multiLineFieldsKeepLineNumbersRight() throws IOException {
        copySeed();
        List<String> lines = Files.readAllLines(dir.resolve("measures.csv"));
        // a quoted description spanning two lines, then a broken row after it
        lines.add("two_lines,Two lines,count,\"first line\nsecond line\"");
        lines.add("broken_row,Broken,dozen,x");
        Files.write(dir.resolve("measures.csv"), lines);
        ImportProblem p = single();
        assertEquals(lines.size() + 1, p.line(), "the broken row starts after the two-line field");
        assertEquals("unit", p.column());
    }

    @Test
    void aFederalFigureMustRunOctoberToSeptember() throws IOException {
        copySeed();
        // a July–June span recorded as a federal fiscal year
        long line =
                replaceInRow(
                        "figures.csv",
                        "ice-nyc-removals-fy2016-comptroller",
                        "2015-10-01,2016-09-30",
                        "2015-07-01,2016-06-30");
        ImportProblem p = single();
        assertEquals(new ImportProblem("figures.csv", line, "fiscal_year_basis", p.reason()), p);
        assertTrue(p.reason().contains("October 1 to September 30"), p.reason());
    }

    @Test
    void aCityFigureMustRunJulyToJuneOrLieWithinOne() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "figures.csv",
                        "nypd-detainers-received-2018-07-to-2019-06-nydn",
                        "2018-07-01,2019-06-30",
                        "2018-07-01,2019-09-30");
        ImportProblem p = single();
        assertEquals("fiscal_year_basis", p.column());
        assertEquals(line, p.line());
    }

    @Test
    void partOfAFederalYearAndRunsOfWholeYearsAreAccepted() throws IOException {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        // November 2013 – March 2014 lies within FY2014; FY2016–FY2018 are three whole years
        assertTrue(
                data.figures().stream()
                        .anyMatch(
                                f ->
                                        f.id().equals(
                                                        "ice-us-detainers-issued-2013-11-to-2014-03-trac-370")));
        assertTrue(
                data.figures().stream()
                        .anyMatch(
                                f ->
                                        f.id().equals(
                                                        "ice-nyc-detainers-issued-monthly-average-fy2016-to-fy2018-comptroller")));
    }

    @Test
    void aPolicyEndingBeforeItTakesEffectIsRejected() throws IOException {
        copySeed();
        long line =
                replaceInRow("policies.csv", "nyc-ll-22-2013", "2014-12-14,day", "2013-05-01,day");
        ImportProblem p = single();
        assertEquals(
                new ImportProblem(
                        "policies.csv",
                        line,
                        "ended_on",
                        "ends (2013-05-01) before it is in force (2013-07-01)"),
                p);
    }

    @Test
    void aCountGivenBeforeItsPeriodEndedIsFlagged() throws IOException {
        copySeed();
        // the error this audit found: a year-to-date count given in September 2011 published as the
        // whole of 2011
        long line =
                replaceInRow(
                        "figures.csv",
                        "cook-county-sheriff-transfers-to-ice-2011",
                        "2011-09-09",
                        "2011-12-31");
        ImportProblem p = single();
        assertEquals("figures.csv", p.file());
        assertEquals(line, p.line());
        assertEquals("source_id", p.column());
        assertTrue(
                p.reason().contains("dated 2011-09, before the period ends (2011-12-31)"),
                p.reason());
    }

    @Test
    void anApproximateCountMayBeGivenBeforeItsPeriodEnds() throws IOException {
        copySeed();
        replaceInRow(
                "figures.csv",
                "cook-county-sheriff-transfers-to-ice-2011",
                "2011-09-09,calendar,721,exact",
                "2011-12-31,calendar,721,approximate");
        CuratedData data = new CuratedDataReader(TODAY).read(dir);
        assertTrue(
                data.figures().stream()
                        .anyMatch(f -> f.id().equals("cook-county-sheriff-transfers-to-ice-2011")));
    }

    @Test
    void supersededByNeedsTheSourceThatSaysSo() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "policies.csv",
                        "nyc-ll-62-2011",
                        ",nyc-ll-22-2013,legistar-nyc-ll-22-2013,",
                        ",nyc-ll-22-2013,,");
        ImportProblem p = single();
        assertEquals("policies.csv", p.file());
        assertEquals(line, p.line());
        assertEquals("superseded_by_source_id", p.column());
    }

    @Test
    void theSourceOfASupersessionMustBeListedWithTheRow() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "policies.csv",
                        "nyc-ll-62-2011",
                        "legistar-nyc-ll-62-2011;legistar-nyc-ll-22-2013;",
                        "legistar-nyc-ll-62-2011;");
        assertEquals(
                new ImportProblem(
                        "policies.csv",
                        line,
                        "superseded_by_source_id",
                        "'legistar-nyc-ll-22-2013' is not one of the row's source_ids"),
                single());
    }

    @Test
    void aFigureWithoutVerificationIsRejected() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "figures.csv",
                        "nypd-detainers-received-2017-seed004",
                        ",exact,secondary,",
                        ",exact,checked,");
        ImportProblem p = single();
        assertEquals(
                new ImportProblem(
                        "figures.csv",
                        line,
                        "verification",
                        "'checked' is not one of: primary, secondary, unverified"),
                p);
    }

    @Test
    void figuresOfTheSameCountFromOtherSourcesAreLinked() {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        Map<String, CuratedData.FigureRecord> byId = new HashMap<>();
        data.figures().forEach(f -> byId.put(f.id(), f));
        assertEquals(
                List.of(
                        "nypd-detainers-received-2016-nypd-testimony",
                        "nypd-detainers-received-2016-seed004"),
                byId.get("nypd-detainers-received-2016-nypd-budget-hearing")
                        .otherSourceFigureIds());
        assertEquals(
                List.of(),
                byId.get("cook-county-sheriff-transfers-to-ice-2010").otherSourceFigureIds());
        // links are symmetric, never to the figure's own source, and only between the same count
        for (CuratedData.FigureRecord f : data.figures()) {
            for (String other : f.otherSourceFigureIds()) {
                CuratedData.FigureRecord o = byId.get(other);
                assertTrue(o.otherSourceFigureIds().contains(f.id()), f.id() + " ↔ " + other);
                assertTrue(
                        !o.sourceId().equals(f.sourceId()) && o.countKey().equals(f.countKey()),
                        f.id() + " ↔ " + other);
            }
        }
    }

    @Test
    void theSeedHasTheAgreementsOfIcesListsOf2021To2025() {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        // 859 in ICE's sheets of May-July 2025, 15 more listed only on its web page of 2021-2024
        assertEquals(874, data.agreements().size());
    }

    @Test
    void anAgreementEndWindowStartingBeforeItWasSignedIsRejected() throws IOException {
        copySeed();
        // listed 2025-07-09 to 2025-07-11, absent from 2025-07-14: signed "2025-07-12" is after the
        // window opens
        long line =
                replaceInRow(
                        "agreements.csv",
                        "tx-ellis-county-sheriffs-office-wso",
                        "2025-07-07",
                        "2025-07-12");
        assertEquals(
                new ImportProblem(
                        "agreements.csv",
                        line,
                        "ended_after",
                        "the end window starts (2025-07-11) before the agreement was signed (2025-07-12)"),
                single());
    }

    @Test
    void aHistoricalAgreementSignedAfterItsEndWindowOpensIsRejected() throws IOException {
        copySeed();
        // Cobb County (GA), listed on ICE's web page of 2021-01-13 only, absent on 2021-04-09: a
        // signed date of 2021-02-01 would be after the window opens
        long line =
                replaceInRow(
                        "agreements.csv",
                        "ga-cobb-county-sheriffs-office-jem",
                        "2020-06-09",
                        "2021-02-01");
        assertEquals(
                new ImportProblem(
                        "agreements.csv",
                        line,
                        "ended_after",
                        "the end window starts (2021-01-13) before the agreement was signed (2021-02-01)"),
                single());
    }

    @Test
    void anAgreementSignedInTheFutureIsRejected() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "agreements.csv",
                        "tx-aransas-county-sheriffs-office-jem",
                        "2020-06-08",
                        "2027-06-08");
        assertEquals(
                new ImportProblem(
                        "agreements.csv", line, "signed_on", "2027-06-08 is in the future"),
                single());
    }

    @Test
    void anAgencyNamedByTwoAgreementsIsOneAgency() throws IOException {
        copySeed();
        // Colbert County Sheriff's Office holds three agreements: the last one gives another county
        long line =
                replaceInRow(
                        "agreements.csv",
                        "al-colbert-county-sheriffs-office-wso",
                        ",Colbert County,",
                        ",Franklin County,");
        ImportProblem p = single();
        assertEquals(
                List.of("agreements.csv", line, "agency_id"),
                List.of(p.file(), p.line(), p.column()));
        assertTrue(p.reason().contains("one agency, one name, state, county and type"), p.reason());
    }

    @Test
    void oneAgencyNameInAStateHasOneAgencyId() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "agreements.csv",
                        "al-colbert-county-sheriffs-office-wso",
                        ",al-colbert-county-sheriffs-office,",
                        ",al-colbert-county-sheriff,");
        ImportProblem p = single();
        assertEquals(
                List.of("agreements.csv", line, "agency_id"),
                List.of(p.file(), p.line(), p.column()));
        assertTrue(
                p.reason().contains("is agency 'al-colbert-county-sheriffs-office' on line"),
                p.reason());
    }

    @Test
    void anEndedAgreementNeedsAnEnd() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "agreements.csv",
                        "tx-aransas-county-sheriffs-office-jem",
                        ",active,",
                        ",ended,");
        assertEquals(
                new ImportProblem(
                        "agreements.csv",
                        line,
                        "status",
                        "ended, but neither ended_on nor an end window is given"),
                single());
    }

    @Test
    void withoutAgreementsFileNoAgreementIsRead() throws IOException {
        copySeed();
        Files.delete(dir.resolve("agreements.csv"));
        // the facilities' links to the sheriff's offices of agreements.csv now name no agreement
        assertTrue(
                problems().stream()
                        .allMatch(
                                p ->
                                        p.column().equals("agreement_agency_id")
                                                && p.reason()
                                                        .endsWith(
                                                                "is not an id in agreements.csv (agency_id)")));
        Path facilities = dir.resolve("facilities.csv");
        Files.writeString(
                facilities,
                Files.readString(facilities).replaceAll(",[a-z0-9-]+,(facility-list-)", ",,$1"));
        assertTrue(new CuratedDataReader(TODAY).read(dir).agreements().isEmpty());
    }

    @Test
    void aSourceCopyNamesItsRepositoryCommitAndPathTogether() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "sources.csv",
                        "ice-287g-sheet-2025-07-18-pm",
                        ",1946c799ae59af836cbc5b0b5c063237546f9a86,",
                        ",1946c79,");
        assertEquals(
                new ImportProblem(
                        "sources.csv", line, "copy_commit", "'1946c79' is not a full commit id"),
                single());
        replaceInRow("sources.csv", "ice-287g-sheet-2025-07-18-pm", ",1946c79,", ",,");
        assertEquals(
                new ImportProblem(
                        "sources.csv",
                        line,
                        "copy_repository",
                        "give the copy's repository, commit and path together, or none"),
                single());
    }

    @Test
    void theSeedsSheetsRecordWhereTheirCopyWasReadAndItsLicence() {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        CuratedData.SourceRecord sheet =
                data.sources().stream()
                        .filter(s -> s.id().equals("ice-287g-sheet-2025-07-18-pm"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("appelson/Tracking_287g", sheet.copyRepository());
        assertEquals("1946c799ae59af836cbc5b0b5c063237546f9a86", sheet.copyCommit());
        assertEquals(
                "sheets/sheets_20250719_151637/participatingAgencies07182025pm.xlsx",
                sheet.copyPath());
        assertTrue(sheet.license().contains("17 U.S.C. 105"), sheet.license());
    }

    @Test
    void theSeedHasIcesCountsOf2007To2015() {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        var months =
                data.counts().stream()
                        .filter(c -> c.series() == CountSeries.detainers_by_month)
                        .toList();
        assertEquals(94, months.size());
        assertEquals(1_814_828L, months.stream().mapToLong(CuratedData.CountRecord::value).sum());
    }

    @Test
    void monthlyCountsMustSumToTheYearsTotal() throws IOException {
        copySeed();
        replaceInRow("counts.csv", "us-detainers-2011-08", ",28717,", ",28718,");
        assertEquals(
                new ImportProblem(
                        "counts.csv",
                        lineOf("counts.csv", "us-detainers-2011"),
                        "value",
                        "the monthly counts of 2011-01-01 to 2011-12-31 sum to 314967, this yearly total says 314966"),
                single());
    }

    @Test
    void liftReasonsMustSumToTheLiftedDetainersOfTheYear() throws IOException {
        copySeed();
        replaceInRow("counts.csv", "us-lift-reason-2012-died", ",33,", ",34,");
        ImportProblem p = single();
        assertEquals(
                List.of("counts.csv", lineOf("counts.csv", "us-lifted-2012"), "value"),
                List.of(p.file(), p.line(), p.column()));
        assertTrue(p.reason().startsWith("the lift reasons of 2012 sum to 138027"), p.reason());
    }

    @Test
    void detainerTypesMustSumToTheMonthsTheyCover() throws IOException {
        copySeed();
        String id = "us-type-2014-i247d-immigration-detainer-request-for-action";
        replaceInRow("counts.csv", id, ",6,", ",7,");
        ImportProblem p = single();
        assertEquals("counts.csv", p.file());
        assertEquals(
                "the detainer types of 2014-10-01 to 2014-12-31 sum to 29401, the monthly counts of that period to 29400",
                p.reason());
    }

    @Test
    void declinesByFacilityCannotExceedTheYearsDeclines() throws IOException {
        copySeed();
        // 2014: the facilities' declines sum to 13,594, one less than the year's 13,595 (one
        // declined detainer has no facility)
        replaceInRow("counts.csv", "declined-2014-santa-rita-jail-dublin-ca", ",729,", ",731,");
        assertEquals(
                new ImportProblem(
                        "counts.csv",
                        lineOf("counts.csv", "us-lift-reason-2014-detainer-declined-by-lea"),
                        "value",
                        "the declines by facility of 2014 sum to 13596, more than the year's 13595"),
                single());
    }

    @Test
    void aFacilitySeriesNamesItsFacility() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "counts.csv",
                        "declined-2014-santa-rita-jail-dublin-ca",
                        ",SANTA RITA JAIL,",
                        ",,");
        assertEquals(
                new ImportProblem(
                        "counts.csv",
                        line,
                        "facility_name",
                        "series declined_by_facility_and_year names a facility in every row"),
                single());
    }

    private long lineOf(String file, String id) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",")) {
                return i + 1;
            }
        }
        throw new AssertionError("no row " + id + " in " + file);
    }

    @Test
    void theSeedHasTheFacilitiesOfThePublicLists() {
        CuratedData data = new CuratedDataReader(TODAY).read(SEED);
        // 1,147 codes of UWCHR's detloc_aor.csv, 1,532 of its facilities list and 34 of DDP's
        // located facilities: 1,845 codes in all
        assertEquals(1845, data.facilities().size());
        CuratedData.FacilityRecord bergen =
                data.facilities().stream()
                        .filter(f -> f.id().equals("bergenj"))
                        .findFirst()
                        .orElseThrow();
        // ICE's lists place Bergen County Jail (NJ) in the New York City area of responsibility,
        // which the AOR list gives as New York State only: kept, and said
        assertEquals(List.of("NJ", "New York City"), List.of(bergen.state(), bergen.aor()));
        assertTrue(bergen.note().startsWith(CuratedDataReader.AOR_DISAGREEMENT), bergen.note());
    }

    @Test
    void aFacilityCodeTwiceIsRejected() throws IOException {
        copySeed();
        // the second line gets the first line's code (and an id of its own, so that only the code
        // repeats)
        List<String> lines =
                Files.readAllLines(dir.resolve("facilities.csv"), StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replaceFirst("^abqhold,ABQHOLD,", "aaordmd2,AAORDMD,"));
        Files.write(dir.resolve("facilities.csv"), lines, StandardCharsets.UTF_8);
        List<ImportProblem> problems = problems();
        assertEquals(
                new ImportProblem(
                        "facilities.csv",
                        3,
                        "detloc",
                        "facility code 'AAORDMD' is already on line 2: a facility code names one facility"),
                problems.get(0));
        assertEquals(
                new ImportProblem(
                        "facilities.csv",
                        3,
                        "id",
                        "'aaordmd2' is not the facility code lowercased ('aaordmd')"),
                problems.get(1));
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aFacilityStateOutsideItsAreaOfResponsibilityMustBeRecorded() throws IOException {
        copySeed();
        // Ordnance Road (Glen Burnie, MD) put in Virginia: Baltimore's AOR is Maryland only
        // (and its county, Anne Arundel, taken off: a Maryland county is no county of Virginia)
        long line =
                replaceInRow(
                        "facilities.csv",
                        "aaordmd",
                        ",24003,list_county,MD,Baltimore,",
                        ",,,VA,Baltimore,");
        ImportProblem p = single();
        assertEquals(
                List.of("facilities.csv", line, "state"), List.of(p.file(), p.line(), p.column()));
        assertTrue(
                p.reason()
                        .startsWith(
                                "VA is not a state of the Baltimore area of responsibility (MD in areas-of-responsibility.csv)"),
                p.reason());
        // recorded in the note, the row is kept
        replaceInRow(
                "facilities.csv",
                "aaordmd",
                ",name 'ANNE ARUNDEL",
                ",AOR/state disagreement: test; name 'ANNE ARUNDEL");
        assertEquals(1845, new CuratedDataReader(TODAY).read(dir).facilities().size());
    }

    @Test
    void aRecordedDisagreementThatIsNoneAndAnUnknownOfficeAreRejected() throws IOException {
        copySeed();
        // Bergen County Jail moved to New York: its note's disagreement no longer holds
        long bergen =
                replaceInRow(
                        "facilities.csv",
                        "bergenj",
                        ",34003,list_county;facility_name,NJ,New York City,",
                        ",,,NY,New York City,");
        long devens =
                replaceInRow(
                        "facilities.csv", "bopdev", ",Boston,", ",Boston Area of Responsibility,");
        List<ImportProblem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(
                List.of("facilities.csv", bergen, "note"),
                List.of(problems.get(0).file(), problems.get(0).line(), problems.get(0).column()));
        assertEquals(
                new ImportProblem(
                        "facilities.csv",
                        devens,
                        "aor",
                        "'Boston Area of Responsibility' is not an office of areas-of-responsibility.csv (spell it as its column office does)"),
                problems.get(1));
    }

    @Test
    void badFacilityValuesAreReported() throws IOException {
        copySeed();
        long line =
                replaceInRow(
                        "facilities.csv",
                        "bopdev",
                        ",AYER,,,MA,Boston,BOP,BOP,42.52929198,",
                        ",AYER,2501,coordinates,Mass,Boston,BOP,BOP,142.5,");
        List<ImportProblem> problems = problems();
        assertEquals(
                List.of(
                        new ImportProblem(
                                "facilities.csv",
                                line,
                                "latitude",
                                "'142.5' is not a decimal degree within ±90"),
                        new ImportProblem(
                                "facilities.csv",
                                line,
                                "county_fips",
                                "'2501' is not a 5-digit county FIPS code"),
                        new ImportProblem(
                                "facilities.csv",
                                line,
                                "state",
                                "'Mass' is not a two-letter state code")),
                problems);
    }

    @Test
    void aCountyIsOneOfTheFacilitysStateAndSaysHowItWasFound() throws IOException {
        copySeed();
        // Victoria County Jail, Texas (48469), given Los Angeles County's code (California, 06)
        long victoria =
                replaceInRow(
                        "facilities.csv",
                        "victotx",
                        ",48469,list_county;facility_name,TX,",
                        ",06037,list_county;facility_name,TX,");
        // a county without its method, and a method that is none
        long devens = replaceInRow("facilities.csv", "bopdev", ",AYER,,,MA,", ",AYER,25017,,MA,");
        long albuquerque =
                replaceInRow(
                        "facilities.csv",
                        "abqhold",
                        ",35001,list_county,NM,",
                        ",35001,list_county;geocoded,NM,");
        long sheriff =
                replaceInRow(
                        "facilities.csv",
                        "victotx",
                        ",tx-victoria-county-sheriffs-office,",
                        ",tx-victoria-county-sheriff,");
        assertEquals(victoria, sheriff);
        assertEquals(
                List.of(
                        new ImportProblem(
                                "facilities.csv",
                                albuquerque,
                                "county_fips_methods",
                                "'geocoded' is not one of: coordinates, list_county, facility_name"),
                        new ImportProblem(
                                "facilities.csv",
                                devens,
                                "county_fips_methods",
                                "say how the county was found (one of: coordinates, list_county, facility_name)"),
                        new ImportProblem(
                                "facilities.csv",
                                victoria,
                                "county_fips",
                                "'06037' is not a county of TX (a county's FIPS code starts with its state's, 48)")),
                problems());
        // once the rows are sound, the reference to the sheriff's office is checked
        replaceInRow("facilities.csv", "victotx", ",06037,", ",48469,");
        replaceInRow("facilities.csv", "bopdev", ",AYER,25017,,", ",AYER,,,");
        replaceInRow("facilities.csv", "abqhold", ";geocoded,", ",");
        assertEquals(
                new ImportProblem(
                        "facilities.csv",
                        victoria,
                        "agreement_agency_id",
                        "'tx-victoria-county-sheriff' is not an id in agreements.csv (agency_id)"),
                single());
    }

    @Test
    void aFacilityAgencyMustBeAnAgency() throws IOException {
        copySeed();
        long line = replaceInRow("facilities.csv", "rikisny", ",nyc-doc,", ",nyc-docs,");
        assertEquals(
                new ImportProblem(
                        "facilities.csv",
                        line,
                        "agency",
                        "'nyc-docs' is not an id in agencies.csv"),
                single());
    }

    @Test
    void aJurisdictionsPlaceMustBeAPlaceOfItsStateAndKind() throws IOException {
        copySeed();
        long harris = replaceInRow("jurisdictions.csv", "harris-county", ",48201", ",48");
        long texas = replaceInRow("jurisdictions.csv", "texas", ",48", ",4899");
        long king = replaceInRow("jurisdictions.csv", "king-county", ",53033", ",48201");
        assertEquals(
                List.of(
                        new ImportProblem(
                                "jurisdictions.csv",
                                harris,
                                "place_id",
                                "a county's place is a county; 48 is a state"),
                        new ImportProblem(
                                "jurisdictions.csv",
                                texas,
                                "place_id",
                                "'4899' is not an id in places.csv"),
                        new ImportProblem(
                                "jurisdictions.csv",
                                king,
                                "place_id",
                                "place 48201 (Harris) is in TX, the jurisdiction in WA")),
                problems());
    }

    @Test
    void aCountyIsInTheStateItsCodeStartsWith() throws IOException {
        copySeed();
        long line = replaceInRow("places.csv", "48201", ",TX,48,", ",TX,36,");
        List<ImportProblem> problems = problems();
        assertEquals(
                new ImportProblem(
                        "places.csv",
                        line,
                        "parent_id",
                        "a county's parent is the state its code starts with (48), not 36"),
                problems.get(0),
                problems.toString());
    }

    @Test
    void aJurisdictionsFileWithoutPlaceIdsStillLoads() throws IOException {
        copySeed();
        List<String> lines = Files.readAllLines(dir.resolve("jurisdictions.csv"));
        Files.write(
                dir.resolve("jurisdictions.csv"),
                lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList());
        CuratedData data = new CuratedDataReader(TODAY).read(dir);
        assertTrue(data.jurisdictions().stream().allMatch(j -> j.placeId() == null));
    }

    private void copySeed() throws IOException {
        for (String file : CuratedDataReader.FILES) {
            Files.copy(SEED.resolve(file), dir.resolve(file));
        }
    }

    /** Replaces text in the row with the given id; returns the row's line number. */
    private long replaceInRow(String file, String id, String from, String to) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",")) {
                assertTrue(lines.get(i).contains(from), "row " + id + " holds " + from);
                lines.set(
                        i,
                        lines.get(i)
                                .replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
                Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        throw new AssertionError("no row " + id + " in " + file);
    }

    private List<ImportProblem> problems() {
        ImportRejectedException e =
                assertThrows(
                        ImportRejectedException.class,
                        () -> new CuratedDataReader(TODAY).read(dir));
        assertEquals(e.problemCount(), e.problems().size());
        return e.problems();
    }

    private ImportProblem single() {
        List<ImportProblem> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}

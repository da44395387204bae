package org.opendetainers.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendetainers.ingest.records.IceValues;
import org.opendetainers.tools.AgreementSheets.Listing;
import org.opendetainers.tools.AgreementSheets.Problem;
import org.opendetainers.tools.AgreementSheets.SheetFile;

/**
 * Reads ICE's 287(g) list of participating agencies as its web page showed it before the
 * spreadsheets of 2025: the captures of the page that the repository {@code appelson/Tracking_287g}
 * keeps as tables ({@code archived_data/before_2025/sheets/sheets_YYYYMMDD_HHMMSS/
 * YYYYMMDD_HHMMSS.csv}, columns {@code capture_date, capture_file, state, agency, support, signed,
 * link, addendum, date_only}; 10 captures, 2021-01-13 to 2024-12-18). Columns are read by name, so
 * a copy holding only {@code state, agency, support, signed, addendum} reads the same.
 *
 * <p>The page gives neither the agency's type nor its county: those stay blank unless the agency's
 * agreements of 2025 give them ({@link AgreementSheets#oneAgency}). A capture is dated by the day
 * it was taken (the page itself carries no date). A signed date that is not {@code YYYY-MM-DD} is
 * reported with file, row and column and left blank.
 *
 * <p>ICE's lists spell a few agencies differently from one capture, or from the sheets of 2025, to
 * the next: {@link #SAME_AGENCY} declares them, each with its evidence (the same agreement file
 * linked, the same state, model and signed date), so that the agreement keeps the id of 2025.
 */
public final class AgreementPages {

    /** Source ids of the captured pages start with this; the converter rewrites those rows only. */
    public static final String SOURCE_PREFIX = "ice-287g-page-";

    /** The path of the captures in the repository, as sources.csv's copy_path gives it. */
    static final String PATH = "archived_data/before_2025/sheets/";

    static final Pattern CAPTURE_NAME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})_(\\d{6})\\.csv");

    static final Map<String, String> MODELS =
            Map.of(
                    "jail enforcement model", "jail_enforcement",
                    "task force model", "task_force",
                    "warrant service officer", "warrant_service_officer");

    /** A trailing mark of ICE's list that is not part of the agency's name. */
    static final Pattern ADDENDUM_MARK = Pattern.compile("(.*\\S)\\s*\\(Addendum\\)");

    /**
     * An agency as a list names it ({@code state}, {@code listedAs}) and the name of the same
     * agency in ICE's later lists ({@code name}), with the evidence that they are one agency.
     */
    record SameAgency(String state, String listedAs, String name, String evidence) {}

    static final List<SameAgency> SAME_AGENCY =
            List.of(
                    new SameAgency(
                            "AK",
                            "Department of Corrections",
                            "Alaska Department of Corrections",
                            "the same agreement file 287gWSO_DeptOfCorrectionsAK_07-24-2020.pdf is"
                                    + " linked, with the same model and signed date"),
                    new SameAgency(
                            "NC",
                            "Albermarle District Jail",
                            "Albemarle District Jail",
                            "the same agreement file"
                                    + " 287gWSO_AlbermarleDistrictJailNC_03-19-2020.pdf is"
                                    + " linked, with the same model and signed date"),
                    new SameAgency(
                            "WI",
                            "Mantiowoc County Sheriff's Office",
                            "Manitowoc County Sheriff's Office",
                            "the same agreement file 287gWSO_MantiowocCoWI_06-05-2020.pdf is"
                                    + " linked, with the same model and signed date, under both"
                                    + " spellings"));

    /** The captures under {@code dir} (its {@code sheets_*} folders), oldest first. */
    static List<SheetFile> files(Path dir) throws IOException {
        List<SheetFile> files = new ArrayList<>();
        for (Path p : AgreementSheets.named(dir, CAPTURE_NAME)) {
            Matcher m = CAPTURE_NAME.matcher(p.getFileName().toString());
            m.matches();
            LocalDate date =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            String relative =
                    PATH
                            + dir.relativize(p)
                                    .toString()
                                    .replace(p.getFileSystem().getSeparator(), "/");
            files.add(new SheetFile(p, relative, date, "page", SOURCE_PREFIX + date));
        }
        files.sort(Comparator.comparing(SheetFile::date));
        return files;
    }

    /** The listings of one capture; problems are added to {@code problems}. */
    static List<Listing> read(SheetFile file, Reader in, List<Problem> problems)
            throws IOException {
        List<Listing> out = new ArrayList<>();
        int row = 1;
        try (MappingIterator<Map<String, String>> rows =
                new CsvMapper()
                        .readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                row++;
                String state = cell(r, "state");
                String agency = cell(r, "agency");
                if (state == null && agency == null) {
                    continue;
                }
                String stateCode = state == null ? null : IceValues.state(state);
                if (stateCode == null || !IceValues.isStateCode(stateCode)) {
                    problems.add(
                            new Problem(
                                    file.relativePath(), row, "state", state, "not a US state"));
                    continue;
                }
                if (agency == null) {
                    problems.add(new Problem(file.relativePath(), row, "agency", null, "blank"));
                    continue;
                }
                String support = cell(r, "support");
                String model =
                        support == null ? null : MODELS.get(support.toLowerCase(Locale.ROOT));
                if (model == null) {
                    problems.add(
                            new Problem(
                                    file.relativePath(),
                                    row,
                                    "support",
                                    support,
                                    "not one of ICE's three models"));
                    continue;
                }
                String signedText = cell(r, "signed");
                LocalDate signed = null;
                if (signedText == null) {
                    problems.add(
                            new Problem(
                                    file.relativePath(), row, "signed", null, "blank; left blank"));
                } else {
                    try {
                        signed = LocalDate.parse(signedText);
                        signedText = null;
                    } catch (DateTimeParseException e) {
                        problems.add(
                                new Problem(
                                        file.relativePath(),
                                        row,
                                        "signed",
                                        signedText,
                                        "not a date (YYYY-MM-DD); left blank"));
                    }
                    if (signed != null && signed.isAfter(file.date())) {
                        problems.add(
                                new Problem(
                                        file.relativePath(),
                                        row,
                                        "signed",
                                        signed.toString(),
                                        "after the day of the capture ("
                                                + file.date()
                                                + "); left blank"));
                        signedText = signed.toString();
                        signed = null;
                    }
                }
                out.add(
                        new Listing(
                                file,
                                row,
                                stateCode,
                                agency,
                                null,
                                null,
                                model,
                                signed,
                                signedText));
            }
        }
        return out;
    }

    /**
     * The agency's name as ICE's later lists give it: the declared other spelling of {@link
     * #SAME_AGENCY}, else the name without a trailing "(Addendum)" mark, else the name as listed.
     */
    static String name(String state, String listedAs) {
        for (SameAgency s : SAME_AGENCY) {
            if (s.state().equals(state) && s.listedAs().equals(listedAs)) {
                return s.name();
            }
        }
        Matcher m = ADDENDUM_MARK.matcher(listedAs);
        return m.matches() ? m.group(1) : listedAs;
    }

    /** Why {@code listedAs} is read as {@link #name}: the evidence, or the mark dropped. */
    static String why(String state, String listedAs) {
        for (SameAgency s : SAME_AGENCY) {
            if (s.state().equals(state) && s.listedAs().equals(listedAs)) {
                return s.evidence();
            }
        }
        return "the list marks the row '(Addendum)'";
    }

    private static String cell(Map<String, String> r, String name) {
        String v = r.get(name);
        if (v == null) {
            return null;
        }
        v = v.strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? null : v;
    }

    private AgreementPages() {}
}

package org.opendetainers.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.ingest.records.IceValues;

/**
 * Converts ICE's 287(g) participating-agencies sheets ({@code participatingAgenciesMMDDYYYY
 * am|pm.xlsx}, as captured in the repository {@code appelson/Tracking_287g}) into the curated file
 * {@code agreements.csv}: one row per agreement (agency and support type), with the dates of the
 * first and last sheets that list it, the signed date as the latest sheet listing it gives it, and,
 * when a later sheet no longer lists it, the end window (last listed, first absent).
 *
 * <p>Nothing is guessed: a signed date that is not a date cell nor a well-formed {@code M/D/YYYY}
 * text (e.g. {@code 05/082025}), or a county given as {@code #N/A}, is reported with its file, row
 * and column, and the value stays blank (the row's note quotes it).
 *
 * <p>Usage: {@code AgreementSheets SHEETS_DIR REPOSITORY COMMIT DATA_SEED_DIR}; SHEETS_DIR holds
 * the repository's {@code sheets/} folder (its sub-folders are the capture folders).
 */
public final class AgreementSheets {

    /** Source ids of the sheets start with this; the converter rewrites those rows only. */
    public static final String SOURCE_PREFIX = "ice-287g-sheet-";

    static final Pattern SHEET_NAME =
            Pattern.compile("participatingAgencies(\\d{2})(\\d{2})(\\d{4})(am|pm)(_\\w+)?\\.xlsx");

    static final Map<String, String> MODELS =
            Map.of(
                    "jail enforcement model", "jail_enforcement",
                    "task force model", "task_force",
                    "warrant service officer", "warrant_service_officer");

    static final Map<String, String> MODEL_CODES =
            Map.of(
                    "jail_enforcement", "jem",
                    "task_force", "tfm",
                    "warrant_service_officer", "wso");

    private static final DateTimeFormatter TEXT_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);

    /** One sheet file: where it was read and the date ICE gave it. */
    record SheetFile(
            Path path, String relativePath, LocalDate date, String half, String sourceId) {}

    /**
     * A problem found in a sheet: file, row (1-based, as a spreadsheet shows it), column, value.
     */
    record Problem(String file, int row, String column, String value, String reason) {}

    /** One listing of an agreement in one sheet. */
    record Listing(
            SheetFile sheet,
            int row,
            String state,
            String agency,
            String agencyType,
            String county,
            String model,
            LocalDate signed,
            String signedText) {}

    /** An agreement as the converter writes it. */
    record Agreement(
            String id,
            String agencyId,
            String agency,
            String agencyType,
            String state,
            String county,
            String model,
            LocalDate signedOn,
            String signedOnPrecision,
            LocalDate firstListedOn,
            LocalDate lastListedOn,
            LocalDate endedAfter,
            LocalDate endedBefore,
            String status,
            List<String> sourceIds,
            String note) {

        /**
         * This agreement with the agency's name, type and county given, and {@code more} added to
         * its note.
         */
        Agreement with(String agency, String agencyType, String county, String more) {
            return new Agreement(
                    id,
                    agencyId,
                    agency,
                    agencyType,
                    state,
                    county,
                    model,
                    signedOn,
                    signedOnPrecision,
                    firstListedOn,
                    lastListedOn,
                    endedAfter,
                    endedBefore,
                    status,
                    sourceIds,
                    note == null ? more : note + " " + more);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 6) {
            System.err.println(
                    "usage: AgreementSheets SHEETS_DIR REPOSITORY COMMIT DATA_SEED_DIR"
                            + " [PAGES_DIR PAGES_COMMIT]");
            System.exit(2);
        }
        Path sheets = Path.of(args[0]);
        String repository = args[1];
        String commit = args[2];
        Path seed = Path.of(args[3]);
        List<SheetFile> files = new ArrayList<>(sheetFiles(sheets));
        List<Problem> problems = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        List<SheetFile> pages = List.of();
        if (args.length == 6) {
            pages = AgreementPages.files(Path.of(args[4]));
            for (SheetFile f : pages) {
                try (Reader in = Files.newBufferedReader(f.path(), StandardCharsets.UTF_8)) {
                    listings.addAll(AgreementPages.read(f, in, problems));
                }
            }
        }
        for (SheetFile f : files) {
            try (InputStream in = Files.newInputStream(f.path())) {
                listings.addAll(read(f, in, problems));
            }
        }
        files.addAll(0, pages);
        List<Agreement> agreements = agreements(files, listings, problems);
        writeAgreements(seed.resolve(CuratedDataReader.AGREEMENTS), agreements);
        writeSources(seed.resolve(CuratedDataReader.SOURCES), files, repository, commit);
        if (args.length == 6) {
            writePageSources(seed.resolve(CuratedDataReader.SOURCES), pages, repository, args[5]);
        }
        writeProblems(seed.resolve("agreements-problems.csv"), problems);
        System.out.printf(
                "%d lists (%d pages, %d sheets), %d listings, %d agreements, %d problems reported%n",
                files.size(),
                pages.size(),
                files.size() - pages.size(),
                listings.size(),
                agreements.size(),
                problems.size());
    }

    /** The participating-agencies sheets under {@code dir}, oldest first. */
    static List<SheetFile> sheetFiles(Path dir) throws IOException {
        List<Path> paths = named(dir, SHEET_NAME);
        List<SheetFile> files = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path p : paths) {
            Matcher m = SHEET_NAME.matcher(p.getFileName().toString());
            m.matches();
            LocalDate date =
                    LocalDate.of(
                            Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)));
            String base = SOURCE_PREFIX + date + "-" + m.group(4);
            int n = seen.merge(base, 1, Integer::sum);
            String relative =
                    "sheets/"
                            + dir.relativize(p)
                                    .toString()
                                    .replace(p.getFileSystem().getSeparator(), "/");
            files.add(new SheetFile(p, relative, date, m.group(4), n == 1 ? base : base + "-" + n));
        }
        files.sort(
                Comparator.comparing(SheetFile::date)
                        .thenComparing(SheetFile::half)
                        .thenComparing(SheetFile::relativePath));
        return files;
    }

    /** The files under {@code dir} whose name matches {@code name}, in path order. */
    static List<Path> named(Path dir, Pattern name) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
    }

    /** The listings of one sheet; problems are added to {@code problems}. */
    static List<Listing> read(SheetFile file, InputStream in, List<Problem> problems)
            throws IOException {
        List<Listing> out = new ArrayList<>();
        DataFormatter text = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> header = null;
            for (Row row : sheet) {
                if (header == null) {
                    Map<String, Integer> names = new HashMap<>();
                    for (Cell c : row) {
                        names.put(
                                text.formatCellValue(c).strip().toUpperCase(Locale.ROOT),
                                c.getColumnIndex());
                    }
                    if (names.containsKey("STATE") && names.containsKey("SUPPORT TYPE")) {
                        header = names;
                    }
                    continue;
                }
                int rowNumber = row.getRowNum() + 1;
                String state = cell(row, header, "STATE", text);
                String agency = cell(row, header, "LAW ENFORCEMENT AGENCY", text);
                if (state == null && agency == null) {
                    continue;
                }
                String stateCode = state == null ? null : IceValues.state(state);
                if (stateCode != null && !IceValues.isStateCode(stateCode)) {
                    stateCode = null;
                }
                if (stateCode == null) {
                    problems.add(
                            new Problem(
                                    file.relativePath(),
                                    rowNumber,
                                    "STATE",
                                    state,
                                    "not a US state"));
                    continue;
                }
                if (agency == null) {
                    problems.add(
                            new Problem(
                                    file.relativePath(),
                                    rowNumber,
                                    "LAW ENFORCEMENT AGENCY",
                                    null,
                                    "blank"));
                    continue;
                }
                String support = cell(row, header, "SUPPORT TYPE", text);
                String model =
                        support == null ? null : MODELS.get(support.toLowerCase(Locale.ROOT));
                if (model == null) {
                    problems.add(
                            new Problem(
                                    file.relativePath(),
                                    rowNumber,
                                    "SUPPORT TYPE",
                                    support,
                                    "not one of ICE's three models"));
                    continue;
                }
                String county = cell(row, header, "COUNTY", text);
                String agencyType = cell(row, header, "TYPE", text);
                // ICE writes #N/A as the county of agencies that are not county agencies: left
                // blank; reported only where the row's TYPE is County
                if (county != null && county.startsWith("#") && !"County".equals(agencyType)) {
                    county = null;
                }
                if (county != null && county.startsWith("#")) {
                    problems.add(
                            new Problem(
                                    file.relativePath(),
                                    rowNumber,
                                    "COUNTY",
                                    county,
                                    "not a county name; left blank"));
                    county = null;
                }
                LocalDate signed = null;
                String signedText = null;
                Integer signedColumn = header.get("SIGNED");
                Cell signedCell = signedColumn == null ? null : row.getCell(signedColumn);
                if (signedCell != null
                        && signedCell.getCellType() == CellType.NUMERIC
                        && DateUtil.isCellDateFormatted(signedCell)) {
                    LocalDateTime t = signedCell.getLocalDateTimeCellValue();
                    signed = t.toLocalDate();
                    if (signed.isAfter(file.date())) {
                        signedText = text.formatCellValue(signedCell).strip() + " (" + signed + ")";
                        problems.add(
                                new Problem(
                                        file.relativePath(),
                                        rowNumber,
                                        "SIGNED",
                                        signedText,
                                        "after the sheet's own date ("
                                                + file.date()
                                                + "); left blank"));
                        signed = null;
                    }
                } else {
                    signedText =
                            signedCell == null ? null : text.formatCellValue(signedCell).strip();
                    if (signedText != null && signedText.isEmpty()) {
                        signedText = null;
                    }
                    if (signedText != null) {
                        try {
                            signed = LocalDate.parse(signedText, TEXT_DATE);
                            signedText = null;
                        } catch (DateTimeParseException e) {
                            problems.add(
                                    new Problem(
                                            file.relativePath(),
                                            rowNumber,
                                            "SIGNED",
                                            signedText,
                                            "not a date (M/D/YYYY); left blank"));
                        }
                    } else {
                        problems.add(
                                new Problem(
                                        file.relativePath(),
                                        rowNumber,
                                        "SIGNED",
                                        null,
                                        "blank; left blank"));
                    }
                }
                out.add(
                        new Listing(
                                file,
                                rowNumber,
                                stateCode,
                                agency,
                                agencyType,
                                county,
                                model,
                                signed,
                                signedText));
            }
        }
        return out;
    }

    private static String cell(Row row, Map<String, Integer> header, String name, DataFormatter f) {
        Integer i = header.get(name);
        Cell c = i == null ? null : row.getCell(i);
        if (c == null) {
            return null;
        }
        String v = f.formatCellValue(c).strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? null : v;
    }

    /** Lower-case slug of a name: letters and digits, words joined by '-'. */
    static String slug(String s) {
        String ascii =
                Normalizer.normalize(s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replace("'", "")
                        .replace("’", "")
                        .replace("&", " and ");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * The key of a listing's agreement: state, the agency's name as ICE's later lists give it
     * ({@link AgreementPages#name}) and model.
     */
    static String key(Listing l) {
        return l.state().toLowerCase(Locale.ROOT)
                + "-"
                + slug(AgreementPages.name(l.state(), l.agency()))
                + "-"
                + MODEL_CODES.get(l.model());
    }

    /**
     * The agreements the listings show, one per agency and model, ordered by id. Listings of the
     * same agency and model separated by lists without them, with another signed date after the
     * gap, are two agreements: the later keeps the id, the earlier's id ends with its signed date.
     */
    static List<Agreement> agreements(
            List<SheetFile> files, List<Listing> listings, List<Problem> problems) {
        Map<String, List<Listing>> byKey = new TreeMap<>();
        for (Listing l : listings) {
            byKey.computeIfAbsent(key(l), k -> new ArrayList<>()).add(l);
        }
        List<Agreement> out = new ArrayList<>();
        for (Map.Entry<String, List<Listing>> e : byKey.entrySet()) {
            Map<SheetFile, Listing> bySheet = new LinkedHashMap<>();
            for (Listing l : e.getValue()) {
                Listing first = bySheet.putIfAbsent(l.sheet(), l);
                if (first != null) {
                    problems.add(
                            new Problem(
                                    l.sheet().relativePath(),
                                    l.row(),
                                    "LAW ENFORCEMENT AGENCY",
                                    l.agency(),
                                    "the same agency and model again (first on row "
                                            + first.row()
                                            + "); the first row is used"));
                }
            }
            List<Map<SheetFile, Listing>> runs = runs(files, bySheet);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Listing first = runs.get(i).values().iterator().next();
                ids.add(
                        i == runs.size() - 1
                                ? e.getKey()
                                : e.getKey()
                                        + "-"
                                        + (first.signed() != null
                                                ? first.signed()
                                                : first.sheet().date()));
            }
            for (int i = 0; i < runs.size(); i++) {
                List<String> others = new ArrayList<>();
                for (int j = 0; j < runs.size(); j++) {
                    if (j != i) {
                        Map<SheetFile, Listing> o = runs.get(j);
                        Listing of = o.values().iterator().next();
                        Listing ol = new ArrayList<>(o.values()).get(o.size() - 1);
                        others.add(
                                ids.get(j)
                                        + " (signed "
                                        + (of.signed() == null ? "date not given" : of.signed())
                                        + ", listed "
                                        + of.sheet().date()
                                        + " to "
                                        + ol.sheet().date()
                                        + ")");
                    }
                }
                out.add(agreement(ids.get(i), e.getKey(), files, runs.get(i), others));
            }
        }
        out.sort(Comparator.comparing(Agreement::id));
        return withRenamesNoted(countiesFromNames(oneAgency(out)));
    }

    /**
     * The listings of one agency and model split where, after lists without it, it comes back with
     * another signed date: each part is one agreement.
     */
    static List<Map<SheetFile, Listing>> runs(
            List<SheetFile> files, Map<SheetFile, Listing> bySheet) {
        List<Map<SheetFile, Listing>> runs = new ArrayList<>();
        Map<SheetFile, Listing> run = new LinkedHashMap<>();
        Listing previous = null;
        boolean gap = false;
        for (SheetFile f : files) {
            Listing l = bySheet.get(f);
            if (l == null) {
                gap = previous != null;
                continue;
            }
            if (gap
                    && previous.signed() != null
                    && l.signed() != null
                    && !previous.signed().equals(l.signed())) {
                runs.add(run);
                run = new LinkedHashMap<>();
            }
            run.put(f, l);
            previous = l;
            gap = false;
        }
        runs.add(run);
        return runs;
    }

    /** One agreement from its listings, with its dates, window, sources and notes. */
    private static Agreement agreement(
            String id,
            String key,
            List<SheetFile> files,
            Map<SheetFile, Listing> bySheet,
            List<String> otherAgreements) {
        LocalDate latest = files.get(files.size() - 1).date();
        Listing firstListing = bySheet.values().iterator().next();
        Listing lastListing = null;
        SheetFile firstAbsent = null;
        SheetFile before = null;
        List<String> gaps = new ArrayList<>();
        boolean listedBefore = false;
        SheetFile gapStart = null;
        for (SheetFile f : files) {
            Listing l = bySheet.get(f);
            if (l != null) {
                if (gapStart != null) {
                    gaps.add(gapStart.sourceId());
                    gapStart = null;
                }
                lastListing = l;
                listedBefore = true;
                firstAbsent = null;
            } else if (listedBefore) {
                if (firstAbsent == null) {
                    firstAbsent = f;
                }
                if (gapStart == null) {
                    gapStart = f;
                }
            } else {
                before = f;
            }
        }
        Listing signedFrom = lastListing;
        String chosen =
                signedFrom.signed() != null
                        ? signedFrom.signed().toString()
                        : signedFrom.signedText();
        TreeSet<String> otherSigned = new TreeSet<>();
        TreeMap<String, List<LocalDate>> otherNames = new TreeMap<>();
        for (Listing l : bySheet.values()) {
            String v = l.signed() != null ? l.signed().toString() : l.signedText();
            if (v != null && !v.equals(chosen)) {
                otherSigned.add(v);
            }
            if (!AgreementPages.name(l.state(), l.agency()).equals(l.agency())) {
                otherNames
                        .computeIfAbsent(l.agency(), k -> new ArrayList<>())
                        .add(l.sheet().date());
            }
        }
        List<String> notes = new ArrayList<>();
        if (signedFrom.signed() == null) {
            notes.add(
                    signedFrom.signedText() == null
                            ? "ICE's latest list showing it gives no signed date."
                            : "ICE's latest list showing it gives the signed date as '"
                                    + signedFrom.signedText()
                                    + "' ("
                                    + signedFrom.sheet().relativePath()
                                    + ", row "
                                    + signedFrom.row()
                                    + "), which is not a date; left blank.");
        }
        if (!otherSigned.isEmpty()) {
            notes.add(
                    "Earlier lists give the signed date as "
                            + String.join(", ", otherSigned)
                            + "; the latest list showing it is used.");
        }
        for (Map.Entry<String, List<LocalDate>> n : otherNames.entrySet()) {
            List<LocalDate> d = n.getValue();
            notes.add(
                    "ICE's lists of "
                            + d.get(0)
                            + (d.size() > 1 ? " to " + d.get(d.size() - 1) : "")
                            + " give the agency as '"
                            + n.getKey()
                            + "': "
                            + AgreementPages.why(firstListing.state(), n.getKey())
                            + ".");
        }
        if (!gaps.isEmpty()) {
            notes.add(
                    "Not listed in some lists between its first and last listing (first list of each gap: "
                            + String.join(", ", gaps)
                            + ").");
        }
        if (before == null) {
            notes.add(
                    "Listed in the first list read ("
                            + files.get(0).date()
                            + "): it may have been listed earlier.");
        } else if (before.date().plusDays(31).isBefore(firstListing.sheet().date())) {
            notes.add(
                    "Not in the list of "
                            + before.date()
                            + ", the one read before its first listing; lists between the two were"
                            + " not read, so it may have been listed earlier.");
        }
        if (!otherAgreements.isEmpty()) {
            notes.add(
                    "Another agreement of the same agency and model, with another signed date: "
                            + String.join(", ", otherAgreements)
                            + ".");
        }
        List<String> sources = new ArrayList<>();
        sources.add(firstListing.sheet().sourceId());
        if (!sources.contains(lastListing.sheet().sourceId())) {
            sources.add(lastListing.sheet().sourceId());
        }
        if (firstAbsent != null) {
            sources.add(firstAbsent.sourceId());
        }
        Listing named = lastListing;
        return new Agreement(
                id,
                key.substring(0, key.lastIndexOf('-')),
                AgreementPages.name(named.state(), named.agency()),
                named.agencyType(),
                named.state(),
                named.county(),
                named.model(),
                signedFrom.signed(),
                signedFrom.signed() == null ? "unknown" : "day",
                firstListing.sheet().date(),
                lastListing.sheet().date(),
                firstAbsent == null ? null : lastListing.sheet().date(),
                firstAbsent == null ? null : firstAbsent.date(),
                firstAbsent == null && lastListing.sheet().date().equals(latest)
                        ? "active"
                        : "ended",
                sources,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    /**
     * An agency named by several agreements is one agency: its name, type and county are those of
     * its agreement listed last (then the first by id); other spellings go to the note.
     */
    static List<Agreement> oneAgency(List<Agreement> agreements) {
        Map<String, Agreement> latest = new HashMap<>();
        for (Agreement a : agreements) {
            latest.merge(
                    a.agencyId(), a, (x, y) -> y.lastListedOn().isAfter(x.lastListedOn()) ? y : x);
        }
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : agreements) {
            Agreement l = latest.get(a.agencyId());
            List<String> other = new ArrayList<>();
            if (!a.agency().equals(l.agency())) {
                other.add("the agency as '" + a.agency() + "'");
            }
            // ICE's web page of 2021-2024 gives no county and no type: not a disagreement
            if (a.county() != null && !a.county().equals(l.county())) {
                other.add("the county as '" + a.county() + "'");
            }
            if (a.agencyType() != null && !a.agencyType().equals(l.agencyType())) {
                other.add("the type as '" + a.agencyType() + "'");
            }
            boolean filled =
                    (a.county() == null && l.county() != null)
                            || (a.agencyType() == null && l.agencyType() != null);
            if (other.isEmpty() && !filled) {
                out.add(a);
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (!other.isEmpty()) {
                notes.add(
                        "The lists' rows of this agreement give "
                                + String.join(", ", other)
                                + "; the agency's other agreements, listed later, are used.");
            }
            if (filled) {
                notes.add(
                        "ICE's lists showing this agreement give no county and no type; those of"
                                + " the agency's agreement listed later are used.");
            }
            String note = String.join(" ", notes);
            out.add(a.with(l.agency(), l.agencyType(), l.county(), note));
        }
        return out;
    }

    /** A county sheriff's office by its name: the county (or parish) is the name's first part. */
    static final Pattern SHERIFF_OF_COUNTY =
            Pattern.compile("(.+ (?:County|Parish)) Sheriff(?:'|’)?s (?:Office|Department)");

    /**
     * An agreement whose lists give no county and no type (ICE's web page of 2021-2024) and whose
     * agency is named "X County Sheriff's Office" (or Department, or a Parish's) takes the county X
     * County from the name, noted; other agencies keep no county.
     */
    static List<Agreement> countiesFromNames(List<Agreement> agreements) {
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : agreements) {
            Matcher m = SHERIFF_OF_COUNTY.matcher(a.agency());
            if (a.county() != null || a.agencyType() != null || !m.matches()) {
                out.add(a);
                continue;
            }
            String note =
                    "ICE's lists showing this agreement give no county: '"
                            + m.group(1)
                            + "' is read from the agency's name.";
            out.add(a.with(a.agency(), a.agencyType(), m.group(1), note));
        }
        return out;
    }

    /**
     * Notes, on an agreement no longer listed, each agreement of the same state, model and signed
     * date that is first listed after it was and not after the sheet where it was first absent: ICE
     * may have listed the same agreement under another name. They are not merged: which name is
     * right is not in the sheets.
     */
    static List<Agreement> withRenamesNoted(List<Agreement> agreements) {
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : agreements) {
            if (a.endedBefore() == null || a.signedOn() == null) {
                out.add(a);
                continue;
            }
            List<String> others = new ArrayList<>();
            for (Agreement b : agreements) {
                if (b != a
                        && b.state().equals(a.state())
                        && b.model().equals(a.model())
                        && a.signedOn().equals(b.signedOn())
                        && b.firstListedOn().isAfter(a.firstListedOn())
                        && !b.firstListedOn().isAfter(a.endedBefore())
                        && b.lastListedOn().isAfter(a.lastListedOn())) {
                    others.add(b.id());
                }
            }
            if (others.isEmpty()) {
                out.add(a);
                continue;
            }
            String note =
                    "Possibly listed under another name after "
                            + a.lastListedOn()
                            + ": "
                            + String.join(", ", others)
                            + " (same state, model and signed date, first listed after it and by the first sheet without it); not merged.";
            out.add(a.with(a.agency(), a.agencyType(), a.county(), note));
        }
        return out;
    }

    private static void writeAgreements(Path path, List<Agreement> agreements) throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(String.join(",", CuratedDataReader.AGREEMENT_COLUMNS) + "\n");
            for (Agreement a : agreements) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("id", a.id());
                v.put("agency_id", a.agencyId());
                v.put("agency", a.agency());
                v.put("agency_type", a.agencyType());
                v.put("state", a.state());
                v.put("county", a.county());
                v.put("model", a.model());
                v.put("signed_on", a.signedOn());
                v.put("signed_on_precision", a.signedOnPrecision());
                v.put("first_listed_on", a.firstListedOn());
                v.put("last_listed_on", a.lastListedOn());
                v.put("ended_on", null);
                v.put("ended_on_precision", null);
                v.put("ended_after", a.endedAfter());
                v.put("ended_before", a.endedBefore());
                v.put("status", a.status());
                v.put("source_ids", String.join(";", a.sourceIds()));
                v.put("note", a.note());
                w.write(CuratedCsv.line(v, CuratedDataReader.AGREEMENT_COLUMNS) + "\n");
            }
        }
    }

    /** Rewrites the sheets' rows of sources.csv (ids starting with {@link #SOURCE_PREFIX}). */
    private static void writeSources(
            Path path, List<SheetFile> files, String repository, String commit) throws IOException {
        List<String> kept = new ArrayList<>();
        for (SheetFile f : files) {
            if (f.sourceId().startsWith(SOURCE_PREFIX)) {
                kept.add(
                        sourceLine(
                                f,
                                "sheet " + f.path().getFileName(),
                                "ICE's spreadsheet of agencies with a 287(g) agreement, dated by ICE in its file name ("
                                        + f.date()
                                        + " "
                                        + f.half()
                                        + "). Read in the copy of the repository "
                                        + repository
                                        + " (copy_repository, copy_commit, copy_path); that repository states no licence.",
                                repository,
                                commit));
            }
        }
        CuratedCsv.replaceLines(path, SOURCE_PREFIX, kept);
    }

    /** Rewrites the captured pages' rows of sources.csv (ids starting {@code ice-287g-page-}). */
    private static void writePageSources(
            Path path, List<SheetFile> pages, String repository, String commit) throws IOException {
        List<String> kept = new ArrayList<>();
        for (SheetFile f : pages) {
            kept.add(
                    sourceLine(
                            f,
                            "web page, as captured on " + f.date(),
                            "ICE's web page listing the agencies with a 287(g) agreement, as the repository "
                                    + repository
                                    + " captured it on "
                                    + f.date()
                                    + " and kept it as a table (state, agency, support, signed, link,"
                                    + " addendum); the page carries no date of its own, the capture's day is"
                                    + " given. Read in that copy (copy_repository, copy_commit, copy_path);"
                                    + " that repository states no licence.",
                            repository,
                            commit));
        }
        CuratedCsv.replaceLines(path, AgreementPages.SOURCE_PREFIX, kept);
    }

    /** The sources.csv line of one of ICE's lists: {@code what} names it in the title. */
    private static String sourceLine(
            SheetFile f, String what, String note, String repository, String commit) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.sourceId());
        v.put("publisher", "U.S. Immigration and Customs Enforcement");
        v.put("title", "Participating agencies: 287(g) program (" + what + ")");
        v.put("published_on", f.date());
        v.put("published_on_precision", "day");
        v.put("url", "https://www.ice.gov/identify-and-arrest/287g");
        v.put("kind", "government_report");
        v.put("author", null);
        v.put("note", note);
        v.put("copy_repository", repository);
        v.put("copy_commit", commit);
        v.put("copy_path", f.relativePath());
        v.put(
                "license",
                "Public domain in the United States: a work of the U.S. federal government (17 U.S.C. 105)");
        return CuratedCsv.line(v, CuratedDataReader.SOURCE_COLUMNS);
    }

    private static void writeProblems(Path path, List<Problem> problems) throws IOException {
        CuratedCsv.writeProblems(
                path,
                problems.stream()
                        .map(
                                p ->
                                        Arrays.<Object>asList(
                                                p.file(),
                                                p.row(),
                                                p.column(),
                                                p.value(),
                                                p.reason()))
                        .toList());
    }

    private AgreementSheets() {}
}

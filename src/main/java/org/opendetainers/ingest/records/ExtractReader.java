package org.opendetainers.ingest.records;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.anonymize.AgeBand;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;

/**
 * Streams one record file ({@link TabularSource}: an .xlsx workbook, sheet by sheet, or a
 * CSV/TSV/.txt text file with its delimiter detected, optionally gzip-compressed) and hands each
 * valid record, normalized ({@link IceValues}), to a {@link Sink}. Memory stays bounded whatever
 * the file size. A bad row (unreadable or impossible date, wrong field count, bytes that are not
 * UTF-8, an oversized field) is reported with file, sheet, line or row, column and reason and
 * skipped; a problem with the whole file (no reader accepts it, empty, header only, a missing
 * column that matters, truncated gzip, broken quoting) fails the file.
 *
 * <p>Why one class of about 400 lines: one row's path from raw cells to a {@link DetainerRecord}
 * (columns by name, each value's parsing and normalization, the problems with file, sheet and row)
 * is one sequence over one set of column indexes, for every reader; the value rules themselves live
 * in {@link IceValues} and the layouts in {@link HeaderLayouts}.
 */
public final class ExtractReader {

    /** Longest accepted field, in characters. */
    public static final int MAX_FIELD = 10_000;

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** Receives the normalized records. */
    public interface Sink {
        /**
         * One valid record: where it is ({@link #position}), its identifier's hash (null without
         * one), when it was prepared (minutes since 1970, UTC: the time of day when the file gives
         * one, else midnight), and its normalized values.
         */
        void accept(long position, Long idHash, long preparedMinute, DetainerRecord record);
    }

    /** What one file held. {@code failed} when the file as a whole was rejected. */
    public record FileResult(
            String file,
            boolean synthetic,
            @Schema(description = "The sheets read, in order (empty for text files).")
                    List<String> sheets,
            long rows,
            long accepted,
            long badRows,
            @Schema(description = "Cells of the columns read that were empty.") long blankValues,
            @Schema(
                            description =
                                    "Cells of the columns read that held a FOIA redaction marker such as b(6), b(7)c or (b)(6): read as missing.")
                    long redactedValues,
            @Schema(
                            description =
                                    "Cells of the columns read that held NA, N/A or NULL: read as missing.")
                    long markedMissingValues,
            @Schema(
                            description =
                                    "Records without a Facility AOR (blank, NA, redacted, or no such column) whose AOR was filled from the facility list (facilities.csv) by their facility code.")
                    long aorFilled,
            @Schema(
                            description =
                                    "Records without a Facility AOR that could not be filled: no facility code, a code the facility list does not give an AOR for, or no facility list. Published under AOR unknown.")
                    long aorNotFilled,
            List<String> ignoredColumns,
            boolean failed) {

        public FileResult {
            // reports recorded before workbooks were read have no sheets
            sheets = sheets == null ? List.of() : sheets;
        }
    }

    /**
     * The position of a row in its file: the line of a text file, or a workbook's sheet and row.
     */
    public static long position(int sheetNo, long row) {
        return (long) sheetNo << 24 | row;
    }

    /** Where a position is, for people: {@code line 12}, or {@code sheet 'Detainers 2' row 8}. */
    public static String where(FileResult file, long position) {
        if (file.sheets().isEmpty()) {
            return "line " + position;
        }
        int sheet = (int) (position >>> 24);
        return "sheet '"
                + (sheet < file.sheets().size() ? file.sheets().get(sheet) : "#" + (sheet + 1))
                + "' row "
                + (position & 0xFFFFFF);
    }

    /** The sheet of a position in a workbook, or null for a text file. */
    public static String sheetOf(FileResult file, long position) {
        int sheet = (int) (position >>> 24);
        return file.sheets().isEmpty() || sheet >= file.sheets().size()
                ? null
                : file.sheets().get(sheet);
    }

    /** The line or row of a position. */
    public static long rowOf(FileResult file, long position) {
        return file.sheets().isEmpty() ? position : position & 0xFFFFFF;
    }

    private final Mappings mappings;
    private final LocalDate today;
    private final ImportProblems problems;
    private final Map<String, Long> unmapped = new TreeMap<>();

    /**
     * Normalized forms of raw values, per column: extracts repeat few distinct values millions of
     * times.
     */
    private final Map<String, String> facilities = new HashMap<>();

    private final Map<String, String> agencies = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> aors = new HashMap<>();
    private final Map<String, String> states = new HashMap<>();
    private final Map<String, LocalDateTime> dates = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> criminalities = new HashMap<>();
    private final Map<String, String> outcomes = new HashMap<>();
    private ExtractColumns.Layout cachedLayout;
    private int[] at;

    /** The file, sheet and row being read, for the problems. */
    private String file;

    private String sheet;
    private long row;
    private long blank;
    private long redacted;
    private long marked;
    private long aorFilled;
    private long aorNotFilled;

    public ExtractReader(Mappings mappings, LocalDate today, ImportProblems problems) {
        this.mappings = mappings;
        this.today = today;
        this.problems = problems;
    }

    /**
     * Raw values that no mapping table knows, with how often they occurred ({@code column: value}).
     */
    public Map<String, Long> unmapped() {
        return unmapped;
    }

    /** Whether a file name marks its records as synthetic (generated, not real). */
    public static boolean isSynthetic(String name) {
        return name.toLowerCase(Locale.ROOT).contains("synthetic");
    }

    private void problem(String column, String reason) {
        problems.add(file, sheet, row, column, reason);
    }

    public FileResult read(Path path, String name, Sink sink) {
        boolean synthetic = isSynthetic(name);
        long rows = 0;
        long accepted = 0;
        long bad = 0;
        blank = 0;
        redacted = 0;
        marked = 0;
        aorFilled = 0;
        aorNotFilled = 0;
        file = name;
        sheet = null;
        row = 0;
        List<String> sheets = new ArrayList<>();
        List<String> ignored = List.of();
        boolean workbook = false;
        try (TabularSource source = TabularSource.open(path, name)) {
            workbook = source instanceof XlsxExtractSource;
            List<String> cells = new ArrayList<>();
            ExtractColumns.Layout layout = null;
            while (source.next(cells)) {
                row = source.row();
                sheet = source.sheet();
                if (source.isHeader()) {
                    if (sheet != null) {
                        sheets.add(sheet);
                    }
                    layout = ExtractColumns.layout(cells);
                    ignored = layout.ignored();
                    List<String> missing = new ArrayList<>(layout.missing());
                    if (workbook && layout.of("unique_id") < 0) {
                        // every documented workbook layout has one; without it duplicates cannot be
                        // found
                        missing.add("unique_id");
                    }
                    if (!missing.isEmpty()) {
                        for (String column : missing) {
                            problem(
                                    column,
                                    "missing required column '"
                                            + column
                                            + "' in the header row found"
                                            + (sheet == null
                                                    ? ""
                                                    : " (sheet '" + sheet + "' row " + row + ")")
                                            + ": "
                                            + abbreviate(String.join(" | ", cells), 300));
                        }
                        return result(name, synthetic, sheets, 0, 0, 0, ignored, true);
                    }
                    continue;
                }
                rows++;
                if (workbook) {
                    fitToHeader(cells, layout.width());
                }
                DetainerRecord record = record(layout, cells);
                if (record == null) {
                    bad++;
                    continue;
                }
                sink.accept(position(source.sheetNo(), row), idHash(cells), preparedMinute, record);
                accepted++;
            }
            if (layout == null) {
                row = 0;
                sheet = null;
                problem(
                        null,
                        workbook
                                ? "the workbook has no sheet with a header row"
                                : "the file is empty: a header row is required");
                return result(name, synthetic, sheets, 0, 0, 0, ignored, true);
            }
            if (rows == 0) {
                row = workbook ? 0 : 1;
                sheet = null;
                problem(null, "the file has a header but no records");
                return result(name, synthetic, sheets, 0, 0, 0, ignored, true);
            }
        } catch (TabularSource.UnreadableException e) {
            problems.add(name, sheet, workbook ? row : 0, null, e.getMessage());
            return result(name, synthetic, sheets, rows, accepted, bad, ignored, true);
        } catch (EOFException | ZipException e) {
            problem(
                    null,
                    "the compressed file ends early or is corrupt ("
                            + e.getMessage()
                            + "); is it truncated?");
            return result(name, synthetic, sheets, rows, accepted, bad, ignored, true);
        } catch (IOException e) {
            String message =
                    e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getMessage().lines().findFirst().orElse("");
            problem(
                    null,
                    "not readable "
                            + (workbook ? "as a workbook" : "as CSV")
                            + " after "
                            + (workbook ? "row " : "line ")
                            + row
                            + (workbook ? "" : " (a truncated file or unbalanced quotes?)")
                            + ": "
                            + message);
            return result(name, synthetic, sheets, rows, accepted, bad, ignored, true);
        }
        return result(name, synthetic, sheets, rows, accepted, bad, ignored, false);
    }

    /** A file's result, with the counts of cells and AORs kept while it was read. */
    private FileResult result(
            String name,
            boolean synthetic,
            List<String> sheets,
            long rows,
            long accepted,
            long bad,
            List<String> ignored,
            boolean failed) {
        return new FileResult(
                name,
                synthetic,
                sheets,
                rows,
                accepted,
                bad,
                blank,
                redacted,
                marked,
                aorFilled,
                aorNotFilled,
                ignored,
                failed);
    }

    /**
     * A workbook row omits its trailing empty cells: pad it to the header; blank cells past the
     * header are dropped.
     */
    private static void fitToHeader(List<String> cells, int width) {
        while (cells.size() < width) {
            cells.add("");
        }
        while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
    }

    private long preparedMinute;

    private DetainerRecord record(ExtractColumns.Layout layout, List<String> cells) {
        if (cells.size() != layout.width()) {
            problem(
                    null,
                    "expected "
                            + layout.width()
                            + " fields, found "
                            + cells.size()
                            + (cells.size() < layout.width() ? " (a truncated line?)" : ""));
            return null;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > MAX_FIELD) {
                problem(
                        columnName(layout, i),
                        "field of " + cell.length() + " characters (at most " + MAX_FIELD + ")");
                return null;
            }
            if (cell.indexOf('\uFFFD') >= 0) {
                problem(columnName(layout, i), "bytes that are not UTF-8");
                return null;
            }
        }
        if (layout != cachedLayout) {
            cachedLayout = layout;
            at = ExtractColumns.USED.stream().mapToInt(layout::of).toArray();
        }
        for (int i : at) {
            if (i >= 0) {
                switch (IceValues.kind(cells.get(i))) {
                    case BLANK -> blank++;
                    case REDACTED -> redacted++;
                    case MARKED_MISSING -> marked++;
                    default -> {}
                }
            }
        }
        String dateText = value(cells, at[ExtractColumns.PREPARE_DATE]);
        if (dateText == null) {
            problem("detainer_prepare_date", "required value is missing");
            return null;
        }
        LocalDateTime preparedAt = dates.get(dateText);
        if (preparedAt == null) {
            preparedAt = IceValues.dateTime(dateText);
            if (preparedAt != null && dates.size() < 100_000) {
                dates.put(dateText, preparedAt);
            }
        }
        if (preparedAt == null) {
            problem(
                    "detainer_prepare_date",
                    "'"
                            + abbreviate(dateText, 60)
                            + "' is not a date (YYYY-MM-DD, M/D/YYYY, M/D/YY, or an Excel date)");
            return null;
        }
        LocalDate prepared = preparedAt.toLocalDate();
        if (prepared.isAfter(today)) {
            problem("detainer_prepare_date", prepared + " is in the future");
            return null;
        }
        if (prepared.isBefore(EARLIEST)) {
            problem(
                    "detainer_prepare_date",
                    "'" + abbreviate(dateText, 60) + "' is an impossible date: before " + EARLIEST);
            return null;
        }
        preparedMinute = preparedAt.toEpochSecond(ZoneOffset.UTC) / 60;
        String facilityRaw = value(cells, at[ExtractColumns.DETAINER_FACILITY]);
        if (facilityRaw == null) {
            facilityRaw = value(cells, at[ExtractColumns.DETENTION_FACILITY]);
        }
        String facility =
                facilityRaw == null
                        ? "unknown"
                        : facilities.computeIfAbsent(
                                facilityRaw, f -> Mappings.collapse(f).toUpperCase(Locale.ROOT));
        String agency =
                facilityRaw == null
                        ? "unknown"
                        : agencies.computeIfAbsent(
                                facilityRaw, f -> orUnknown(mappings.agencyOfFacility(f)));
        String aorRaw = value(cells, at[ExtractColumns.AOR]);
        String aor;
        if (aorRaw != null) {
            aor = aors.computeIfAbsent(aorRaw, Mappings::collapse);
        } else {
            // ICE leaves the AOR blank in about a fifth of its 2025-2026 rows: the facility list
            // gives the AOR of the facility's code, spelled as ICE's files spell it
            aor = mappings.facilityAors().aorOf(value(cells, at[ExtractColumns.FACILITY_CODE]));
            if (aor == null) {
                aor = "unknown";
                aorNotFilled++;
            } else {
                aorFilled++;
            }
        }
        String stateRaw = value(cells, at[ExtractColumns.STATE]);
        String state =
                stateRaw == null
                        ? "unknown"
                        : states.computeIfAbsent(stateRaw, x -> orUnknown(IceValues.state(x)));
        String gender = gender(value(cells, at[ExtractColumns.GENDER]));
        String countryRaw = value(cells, at[ExtractColumns.COUNTRY]);
        String country =
                countryRaw == null
                        ? "unknown"
                        : countries.computeIfAbsent(
                                countryRaw, x -> Mappings.collapse(x).toUpperCase(Locale.ROOT));
        AgeBand ageBand =
                AgeBand.of(birthYear(value(cells, at[ExtractColumns.BIRTH_YEAR])), prepared);
        String type =
                mapped(
                        "detainer_type",
                        value(cells, at[ExtractColumns.TYPE]),
                        types,
                        this::detainerType);
        String criminality =
                mapped(
                        "detainer_criminality",
                        value(cells, at[ExtractColumns.CRIMINALITY]),
                        criminalities,
                        raw -> orLabel(raw, mappings::criminality));
        String outcome =
                mapped(
                        "detainer_lift_reason",
                        value(cells, at[ExtractColumns.LIFT_REASON]),
                        outcomes,
                        raw -> orLabel(raw, mappings::outcome));
        return new DetainerRecord(
                prepared,
                agency,
                facility,
                aor,
                state,
                gender,
                ageBand.value(),
                country,
                type,
                criminality,
                outcome);
    }

    /**
     * A detainer type by its form code ({@code I247A - ...} → the row of {@code I-247A}), else by
     * its full text.
     */
    private String detainerType(String raw) {
        String code = IceValues.formCode(raw);
        String byCode = code == null ? null : mappings.detainerType(code);
        return byCode != null ? byCode : mappings.detainerType(raw);
    }

    /**
     * A value mapped as written, else by its label without a glued code ({@code 1 Convicted
     * Criminal}, {@code [8F] ...}).
     */
    private static String orLabel(String raw, Function<String, String> mapping) {
        String value = mapping.apply(raw);
        if (value == null) {
            String label = IceValues.label(raw);
            value = label == null ? null : mapping.apply(label);
        }
        return value;
    }

    private String mapped(
            String column,
            String raw,
            Map<String, String> cache,
            Function<String, String> mapping) {
        if (raw == null) {
            return "unknown";
        }
        String value = cache.get(raw);
        if (value == null) {
            value = mapping.apply(raw);
            if (value != null && cache.size() < 10_000) {
                cache.put(raw, value);
            }
        }
        if (value == null) {
            unmapped.merge(column + ": " + abbreviate(raw.strip(), 60), 1L, Long::sum);
            return "unknown";
        }
        return value;
    }

    private Long idHash(List<String> cells) {
        String id = value(cells, at[ExtractColumns.UNIQUE_ID]);
        if (id == null) {
            return null;
        }
        // FNV-1a over the characters, then a 64-bit finalizer: used only to find duplicates within
        // one import (a collision among 5 million identifiers has a probability of about 1e-6)
        String s = id.strip();
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * A cell's value: null when blank, a redaction marker ({@code b(6), b(7)c}, {@code (b)(6)}) or
     * {@code NA}/{@code N/A}/{@code NULL}.
     */
    private static String value(List<String> cells, int i) {
        if (i < 0) {
            return null;
        }
        String v = cells.get(i);
        return IceValues.kind(v) == IceValues.Kind.VALUE ? v.strip() : null;
    }

    static LocalDate parseDate(String text) {
        LocalDateTime t = IceValues.dateTime(text);
        return t == null ? null : t.toLocalDate();
    }

    private static Integer birthYear(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int dot = t.indexOf('.');
        try {
            return Integer.valueOf(dot > 0 ? t.substring(0, dot) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String gender(String raw) {
        if (raw == null) {
            return "unknown";
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "male", "m" -> "male";
            case "female", "f" -> "female";
            default -> "unknown";
        };
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }

    private static String columnName(ExtractColumns.Layout layout, int index) {
        return layout.index().entrySet().stream()
                .filter(e -> e.getValue() == index)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("column " + (index + 1));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}

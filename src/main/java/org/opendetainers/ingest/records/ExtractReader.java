package org.opendetainers.ingest.records;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.opendetainers.anonymize.AgeBand;
import org.opendetainers.ingest.CsvRecords;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams one record-level extract (CSV or tab-separated, optionally gzip-compressed) and
 * hands each valid record, normalized, to a {@link Sink}. Memory stays constant whatever the
 * file size. A bad row (unreadable date, future date, wrong field count, bytes that are not
 * UTF-8, an oversized field) is reported with file, line, column and reason and skipped; a
 * problem with the whole file (empty, header only, missing column, truncated gzip, broken
 * quoting) fails the file.
 */
public final class ExtractReader {

    /** Longest accepted field, in characters. */
    public static final int MAX_FIELD = 10_000;
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Pattern REDACTED = Pattern.compile("^\\(b\\)\\s*\\(\\d+\\).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final CsvMapper CSV = new CsvMapper();

    /** Receives the normalized records. */
    public interface Sink {
        void accept(long line, Long idHash, DetainerRecord record);
    }

    /** What one file held. {@code failed} when the file as a whole was rejected. */
    public record FileResult(String file, boolean synthetic, long rows, long accepted, long badRows,
                             List<String> ignoredColumns, boolean failed) {
    }

    private final Mappings mappings;
    private final LocalDate today;
    private final ImportProblems problems;
    private final Map<String, Long> unmapped = new TreeMap<>();
    /** Normalized forms of raw values, per column: extracts repeat few distinct values millions of times. */
    private final Map<String, String> facilities = new java.util.HashMap<>();
    private final Map<String, String> agencies = new java.util.HashMap<>();
    private final Map<String, String> countries = new java.util.HashMap<>();
    private final Map<String, String> aors = new java.util.HashMap<>();
    private final Map<String, LocalDate> dates = new java.util.HashMap<>();
    private final Map<String, String> types = new java.util.HashMap<>();
    private final Map<String, String> criminalities = new java.util.HashMap<>();
    private final Map<String, String> outcomes = new java.util.HashMap<>();
    private ExtractColumns.Layout cachedLayout;
    private int[] at;

    public ExtractReader(Mappings mappings, LocalDate today, ImportProblems problems) {
        this.mappings = mappings;
        this.today = today;
        this.problems = problems;
    }

    /** Raw values that no mapping table knows, with how often they occurred ({@code column: value}). */
    public Map<String, Long> unmapped() {
        return unmapped;
    }

    /** Whether a file name marks its records as synthetic (generated, not real). */
    public static boolean isSynthetic(String name) {
        return name.toLowerCase(Locale.ROOT).contains("synthetic");
    }

    public FileResult read(Path path, String name, Sink sink) {
        boolean synthetic = isSynthetic(name);
        long rows = 0;
        long accepted = 0;
        long bad = 0;
        long line = 1;
        List<String> ignored = List.of();
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            InputStream in = gunzipIfCompressed(raw);
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            char separator = sniffSeparator(buffered);
            Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            try (CsvParser parser = CSV.getFactory().createParser(reader)) {
                parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
                List<String> cells = new ArrayList<>();
                ExtractColumns.Layout layout = null;
                CsvRecords records = new CsvRecords(parser);
                while (records.next(cells)) {
                    line = records.line();
                    if (layout == null) {
                        layout = ExtractColumns.layout(cells);
                        ignored = layout.ignored();
                        if (!layout.missing().isEmpty()) {
                            for (String missing : layout.missing()) {
                                problems.add(name, line, missing, "missing required column '" + missing + "'");
                            }
                            return new FileResult(name, synthetic, 0, 0, 0, ignored, true);
                        }
                        continue;
                    }
                    rows++;
                    DetainerRecord record = record(name, line, layout, cells);
                    if (record == null) {
                        bad++;
                        continue;
                    }
                    sink.accept(line, idHash(layout, cells), record);
                    accepted++;
                }
                if (layout == null) {
                    problems.add(name, 0, null, "the file is empty: a header row is required");
                    return new FileResult(name, synthetic, 0, 0, 0, ignored, true);
                }
                if (rows == 0) {
                    problems.add(name, 1, null, "the file has a header but no records");
                    return new FileResult(name, synthetic, 0, 0, 0, ignored, true);
                }
            }
        } catch (EOFException | ZipException e) {
            problems.add(name, line, null, "the compressed file ends early or is corrupt (" + e.getMessage() + "); is it truncated?");
            return new FileResult(name, synthetic, rows, accepted, bad, ignored, true);
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            problems.add(name, line, null, "not readable as CSV after line " + line + " (a truncated file or unbalanced quotes?): " + message);
            return new FileResult(name, synthetic, rows, accepted, bad, ignored, true);
        }
        return new FileResult(name, synthetic, rows, accepted, bad, ignored, false);
    }

    private DetainerRecord record(String file, long line, ExtractColumns.Layout layout, List<String> cells) {
        if (cells.size() != layout.width()) {
            problems.add(file, line, null, "expected " + layout.width() + " fields, found " + cells.size()
                    + (cells.size() < layout.width() ? " (a truncated line?)" : ""));
            return null;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > MAX_FIELD) {
                problems.add(file, line, columnName(layout, i), "field of " + cell.length() + " characters (at most " + MAX_FIELD + ")");
                return null;
            }
            if (cell.indexOf('\uFFFD') >= 0) {
                problems.add(file, line, columnName(layout, i), "bytes that are not UTF-8");
                return null;
            }
        }
        if (layout != cachedLayout) {
            cachedLayout = layout;
            at = ExtractColumns.USED.stream().mapToInt(layout::of).toArray();
        }
        String dateText = value(cells, at[ExtractColumns.PREPARE_DATE]);
        if (dateText == null) {
            problems.add(file, line, "detainer_prepare_date", "required value is missing");
            return null;
        }
        LocalDate prepared = dates.get(dateText);
        if (prepared == null) {
            prepared = parseDate(dateText);
            if (prepared != null && dates.size() < 100_000) {
                dates.put(dateText, prepared);
            }
        }
        if (prepared == null) {
            problems.add(file, line, "detainer_prepare_date", "'" + abbreviate(dateText) + "' is not a date (YYYY-MM-DD)");
            return null;
        }
        if (prepared.isAfter(today)) {
            problems.add(file, line, "detainer_prepare_date", prepared + " is in the future");
            return null;
        }
        if (prepared.isBefore(EARLIEST)) {
            problems.add(file, line, "detainer_prepare_date", prepared + " is before " + EARLIEST);
            return null;
        }
        String facilityRaw = value(cells, at[ExtractColumns.DETAINER_FACILITY]);
        if (facilityRaw == null) {
            facilityRaw = value(cells, at[ExtractColumns.DETENTION_FACILITY]);
        }
        String facility = facilityRaw == null ? "unknown"
                : facilities.computeIfAbsent(facilityRaw, f -> Mappings.collapse(f).toUpperCase(Locale.ROOT));
        String agency = facilityRaw == null ? "unknown"
                : agencies.computeIfAbsent(facilityRaw, f -> orUnknown(mappings.agencyOfFacility(f)));
        String aorRaw = value(cells, at[ExtractColumns.AOR]);
        String aor = aorRaw == null ? "unknown" : aors.computeIfAbsent(aorRaw, Mappings::collapse);
        String stateRaw = value(cells, at[ExtractColumns.STATE]);
        String state = stateRaw != null && STATE.matcher(stateRaw.strip().toUpperCase(Locale.ROOT)).matches()
                ? stateRaw.strip().toUpperCase(Locale.ROOT) : "unknown";
        String gender = gender(value(cells, at[ExtractColumns.GENDER]));
        String countryRaw = value(cells, at[ExtractColumns.COUNTRY]);
        String country = countryRaw == null ? "unknown"
                : countries.computeIfAbsent(countryRaw, x -> Mappings.collapse(x).toUpperCase(Locale.ROOT));
        AgeBand ageBand = AgeBand.of(birthYear(value(cells, at[ExtractColumns.BIRTH_YEAR])), prepared);
        String type = mapped("detainer_type", value(cells, at[ExtractColumns.TYPE]), types, mappings::detainerType);
        String criminality = mapped("detainer_criminality", value(cells, at[ExtractColumns.CRIMINALITY]), criminalities, mappings::criminality);
        String outcome = mapped("detainer_lift_reason", value(cells, at[ExtractColumns.LIFT_REASON]), outcomes, mappings::outcome);
        return new DetainerRecord(prepared, agency, facility, aor, state, gender, ageBand.value(), country, type, criminality, outcome);
    }

    private String mapped(String column, String raw, Map<String, String> cache, java.util.function.Function<String, String> mapping) {
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
            unmapped.merge(column + ": " + abbreviate(raw.strip()), 1L, Long::sum);
            return "unknown";
        }
        return value;
    }

    private Long idHash(ExtractColumns.Layout layout, List<String> cells) {
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

    /** A cell's value: null when blank or when it holds FOIA redaction text such as {@code (b)(6), (b)(7)(c)}. */
    private static String value(ExtractColumns.Layout layout, List<String> cells, String column) {
        return value(cells, layout.of(column));
    }

    private static String value(List<String> cells, int i) {
        if (i < 0) {
            return null;
        }
        String v = cells.get(i).strip();
        if (v.isEmpty() || (v.charAt(0) == '(' && REDACTED.matcher(v).matches())) {
            return null;
        }
        return v;
    }

    static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            if (t.length() >= 10 && t.charAt(4) == '-') {
                // ISO date, or the date part of an ISO date-time ("2017-10-03 00:00:00", "2017-10-03T00:00")
                if (t.length() > 10 && t.charAt(10) != ' ' && t.charAt(10) != 'T') {
                    return null;
                }
                return LocalDate.parse(t.substring(0, 10));
            }
            if (t.indexOf('/') > 0) {
                int space = t.indexOf(' ');
                return LocalDate.parse(space > 0 ? t.substring(0, space) : t, US_DATE);
            }
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
        return null;
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
        return layout.index().entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey)
                .findFirst().orElse("column " + (index + 1));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static InputStream gunzipIfCompressed(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    /** Tab-separated when the header line holds more tabs than commas (some ICE files named .csv are). */
    private static char sniffSeparator(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        int tabs = 0;
        int commas = 0;
        for (int i = 0; i < (1 << 16); i++) {
            int b = in.read();
            if (b < 0 || b == '\n') {
                break;
            }
            if (b == '\t') {
                tabs++;
            } else if (b == ',') {
                commas++;
            }
        }
        in.reset();
        return tabs > commas ? '\t' : ',';
    }
}

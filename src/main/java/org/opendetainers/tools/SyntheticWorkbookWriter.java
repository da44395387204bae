package org.opendetainers.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opendetainers.ingest.records.ExtractColumns;
import org.opendetainers.ingest.records.HeaderLayouts;
import org.opendetainers.ingest.records.PoiTempFiles;

/**
 * Writes SYNTHETIC records (a CSV extract as {@link SyntheticExtractGenerator} writes it) as ICE
 * delivers its detainer workbooks, for tests and benchmarks: a layout's real header names (from
 * {@link HeaderLayouts}) below a preamble of text in column A only, rows split over several sheets
 * that each repeat the preamble and header, and ICE's values: date cells (with a time of day on
 * every third row), full upper-case state names, detainer types written with the form code first
 * ({@code I247A - Immigration Detainer ...}), redaction markers in ICE's forms ({@code b(6),
 * b(7)c}, {@code b(6), b(7)C}, {@code (b)(6)}), a literal {@code NA} for a missing citizenship, and
 * fully redacted identifier columns. Streams (a window of 100 rows in memory), so that a million
 * rows fit any heap.
 */
public final class SyntheticWorkbookWriter {

    /** How to lay out the workbook. */
    public record Options(
            List<String> header, int preambleRows, int rowsPerSheet, boolean sharedStrings) {}

    /**
     * What was written: rows, sheets, and the redaction markers written in the columns the import
     * reads.
     */
    public record Written(long rows, int sheets, long redactedUsedCells, long naUsedCells) {}

    private static final String[] REDACTIONS = {"b(6), b(7)c", "b(6), b(7)C", "(b)(6)"};
    private static final Map<String, String> STATE_NAMES =
            Map.ofEntries(
                    Map.entry("NY", "NEW YORK"),
                    Map.entry("IL", "ILLINOIS"),
                    Map.entry("VA", "VIRGINIA"),
                    Map.entry("DC", "DISTRICT OF COLUMBIA"),
                    Map.entry("CA", "CALIFORNIA"),
                    Map.entry("TX", "TEXAS"),
                    Map.entry("FL", "FLORIDA"),
                    Map.entry("NJ", "NEW JERSEY"),
                    Map.entry("WA", "WASHINGTON"));

    private SyntheticWorkbookWriter() {}

    /**
     * Writes the records of {@code csv} (plain or gzipped, header first) to the workbook {@code
     * out}.
     */
    public static Written write(Path csv, Path out, Options options) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (InputStream raw = Files.newInputStream(csv);
                InputStream in =
                        csv.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                MappingIterator<List<String>> rows =
                        mapper.readerForListOf(String.class).readValues(in)) {
            return write(rows, out, options);
        }
    }

    /**
     * Writes the rows (header first, the CSV extract's snake_case columns) to the workbook {@code
     * out}.
     */
    public static Written write(Iterator<List<String>> rows, Path out, Options options)
            throws IOException {
        List<String> csvHeader = rows.next();
        int n = options.header().size();
        int[] from = new int[n];
        String[] canonical = new String[n];
        for (int i = 0; i < n; i++) {
            canonical[i] = ExtractColumns.canonical(options.header().get(i));
            from[i] = csvHeader.indexOf(canonical[i]);
        }
        int detention = csvHeader.indexOf("detention_facility");
        PoiTempFiles.usePrivateDirectory();
        try (SXSSFWorkbook workbook =
                new SXSSFWorkbook(new XSSFWorkbook(), 100, true, options.sharedStrings())) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("m/d/yyyy h:mm"));
            Sheet sheet = null;
            int sheets = 0;
            int next = 0;
            long written = 0;
            long redacted = 0;
            long na = 0;
            while (rows.hasNext()) {
                List<String> record = rows.next();
                if (record.size() < csvHeader.size()) {
                    continue;
                }
                if (sheet == null || written % options.rowsPerSheet() == 0) {
                    sheets++;
                    sheet = workbook.createSheet(sheets == 1 ? "Detainers" : "Detainers " + sheets);
                    next = preambleAndHeader(sheet, options);
                }
                Row row = sheet.createRow(next++);
                for (int i = 0; i < n; i++) {
                    String value = from[i] < 0 ? filler(canonical[i]) : record.get(from[i]);
                    if (value.isEmpty()
                            && canonical[i].equals("detainer_facility")
                            && detention >= 0) {
                        value = record.get(detention);
                    }
                    if (value.isEmpty() && canonical[i].equals("citizenship_country")) {
                        // the literal NA of ICE's August 2026 release
                        value = "NA";
                        na++;
                    }
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value.equals(SyntheticExtractGenerator.REDACTED)) {
                        value = REDACTIONS[(int) (written % REDACTIONS.length)];
                        redacted += ExtractColumns.USED.contains(canonical[i]) ? 1 : 0;
                        cell.setCellValue(value);
                        continue;
                    }
                    switch (canonical[i]) {
                        case "detainer_prepare_date", "departed_date" -> {
                            LocalDate day = isoDate(value);
                            if (day == null) {
                                // a text date, as some of ICE's date cells are
                                cell.setCellValue(value);
                            } else if (canonical[i].equals("detainer_prepare_date")
                                    && written % 3 == 1) {
                                cell.setCellValue(day.atTime((int) (written % 24), 30));
                                cell.setCellStyle(dateTime);
                            } else {
                                cell.setCellValue(day);
                                cell.setCellStyle(date);
                            }
                        }
                        case "facility_state" ->
                                cell.setCellValue(
                                        STATE_NAMES.getOrDefault(
                                                value.strip().toUpperCase(Locale.ROOT), value));
                        case "detainer_type" ->
                                cell.setCellValue(
                                        value.replaceFirst("^I-247([A-Z]?) ", "I247$1 - "));
                        case "birth_year" -> {
                            try {
                                cell.setCellValue(Integer.parseInt(value.strip()));
                            } catch (NumberFormatException e) {
                                cell.setCellValue(value);
                            }
                        }
                        default -> cell.setCellValue(value);
                    }
                }
                written++;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                workbook.write(o);
            }
            return new Written(written, sheets, redacted, na);
        }
    }

    private static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A value for a column the synthetic extract does not have: redacted identifiers, NO for flags,
     * else empty.
     */
    private static String filler(String canonical) {
        if (ExtractColumns.isIdentifier(canonical) || canonical.equals("birth_date")) {
            return "b(6), b(7)c";
        }
        return canonical.endsWith("_yes_no") ? "NO" : "";
    }

    private static int preambleAndHeader(Sheet sheet, Options options) {
        String[] text = {
            "U.S. Immigration and Customs Enforcement",
            "Enforcement and Removal Operations (ERO)",
            "ERO Detainers (LESA-STU): SYNTHETIC records generated for testing, not real data",
            "FOIA request: none (synthetic)",
            "Data as of: " + LocalDate.of(2026, 3, 11),
            "Redactions: b(6), b(7)c"
        };
        int r = 0;
        for (; r < options.preambleRows(); r++) {
            sheet.createRow(r).createCell(0).setCellValue(text[r % text.length]);
        }
        Row header = sheet.createRow(r++);
        for (int i = 0; i < options.header().size(); i++) {
            header.createCell(i).setCellValue(options.header().get(i));
        }
        return r;
    }

    /**
     * {@code generate-records ... --out FILE.xlsx}: the synthetic extract of {@code csv} as an
     * ICE-style workbook (L2 layout).
     */
    static Written toWorkbook(Path csv, Path out) throws IOException {
        return write(csv, out, new Options(HeaderLayouts.L2, 6, 500_000, true));
    }
}

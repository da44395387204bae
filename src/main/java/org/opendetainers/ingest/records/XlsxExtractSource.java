package org.opendetainers.ingest.records;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * An Excel workbook as ICE delivers it, streamed (a window of rows in memory, whatever the size of
 * the file): every sheet in order, each with its own preamble (text in column A only, six rows in
 * the LESA releases, a varying number in TRAC's) above its header row. The header row is the first
 * row that holds at least {@value HeaderLayouts#HEADER_MATCHES} known header names ({@link
 * HeaderLayouts#isHeader}); the rows above it are skipped, empty rows are skipped. A sheet without
 * such a row in its first {@value #HEADER_SEARCH} rows makes the file unreadable. Date cells become
 * ISO text ({@code 2024-03-05}, or {@code 2024-03-05T14:30:00} when they hold a time); other
 * numbers their plain decimal text; text cells their text.
 */
final class XlsxExtractSource implements TabularSource {

    /** How far down a sheet the header row is looked for. */
    static final int HEADER_SEARCH = 50;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final Workbook workbook;
    private final String name;
    private final Iterator<Sheet> sheets;
    private Sheet sheet;
    private Iterator<Row> rows;
    private int sheetNo = -1;
    private boolean headerFound;
    private boolean header;
    private long row;

    XlsxExtractSource(Path path, String name) throws IOException {
        this.name = name;
        PoiTempFiles.usePrivateDirectory();
        try {
            workbook =
                    StreamingReader.builder()
                            .rowCacheSize(200)
                            .bufferSize(1 << 16)
                            .setReadComments(false)
                            .setReadHyperlinks(false)
                            .setReadShapes(false)
                            .setReadSharedFormulas(false)
                            .setReadCoreProperties(false)
                            .open(path.toFile());
        } catch (RuntimeException e) {
            // the library's and POI's exceptions for a file that is no workbook, or a damaged one
            throw new UnreadableException("not readable as an .xlsx workbook (" + message(e) + ")");
        }
        sheets = workbook.sheetIterator();
    }

    @Override
    public boolean next(List<String> cells) throws IOException {
        try {
            while (true) {
                if (rows == null || !rows.hasNext()) {
                    if (rows != null && !headerFound && row > 0) {
                        throw new UnreadableException(
                                "sheet '"
                                        + sheet.getSheetName()
                                        + "': no header row (a row with known column names such as "
                                        + "'Detainer Prepare Date') in its "
                                        + row
                                        + " rows");
                    }
                    if (!sheets.hasNext()) {
                        return false;
                    }
                    sheet = sheets.next();
                    sheetNo++;
                    rows = sheet.rowIterator();
                    headerFound = false;
                    row = 0;
                    continue;
                }
                Row r = rows.next();
                row = r.getRowNum() + 1L;
                cells.clear();
                boolean empty = true;
                for (Cell cell : r) {
                    int column = cell.getColumnIndex();
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    String text = text(cell);
                    cells.add(text);
                    empty &= text.isBlank();
                }
                if (empty) {
                    continue;
                }
                if (!headerFound) {
                    if (HeaderLayouts.isHeader(cells)) {
                        headerFound = true;
                        header = true;
                        trimTrailingBlanks(cells);
                        return true;
                    }
                    if (row >= HEADER_SEARCH) {
                        throw new UnreadableException(
                                "sheet '"
                                        + sheet.getSheetName()
                                        + "': no header row (a row with known column names such as "
                                        + "'Detainer Prepare Date') in its first "
                                        + HEADER_SEARCH
                                        + " rows");
                    }
                    continue;
                }
                header = false;
                return true;
            }
        } catch (RuntimeException e) {
            // a damaged workbook: the library's and POI's parse exceptions
            throw new UnreadableException(
                    "not readable as an .xlsx workbook at sheet '"
                            + (sheet == null ? "?" : sheet.getSheetName())
                            + "' row "
                            + row
                            + " ("
                            + message(e)
                            + ")");
        }
    }

    private static void trimTrailingBlanks(List<String> cells) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
    }

    /** A cell as text: date cells in ISO form, numbers in plain decimal form. */
    static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    if (t == null) {
                        return "";
                    }
                    return t.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? t.toLocalDate().toString()
                            : DATE_TIME.format(t);
                }
                double d = cell.getNumericCellValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString((long) d);
                }
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default:
                return "";
        }
    }

    @Override
    public boolean isHeader() {
        return header;
    }

    @Override
    public String sheet() {
        return sheet == null ? null : sheet.getSheetName();
    }

    @Override
    public int sheetNo() {
        return Math.max(0, sheetNo);
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getMessage().lines().findFirst().orElse("");
    }
}

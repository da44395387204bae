package org.opendetainers.ingest.records;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The rows of one record file, table by table: a delimited text file ({@link DelimitedSource}: CSV,
 * TSV, {@code .txt}, the delimiter detected, plain or gzipped) holds one table whose first row is
 * the header; a workbook ({@link XlsxExtractSource}) holds one table per sheet, each found below
 * its preamble by its header names. Every row carries its provenance: the sheet (null for a text
 * file) and its line or spreadsheet row number.
 */
public interface TabularSource extends Closeable {

    /**
     * Reads the next row into {@code cells}; false after the last row of the last table. The first
     * row of each table is its header ({@link #isHeader()}).
     */
    boolean next(List<String> cells) throws IOException;

    /** Whether the row just read is a table's header row. */
    boolean isHeader();

    /** The sheet of the row just read; null for a text file. */
    String sheet();

    /** The position of the sheet in the file, from 0 (0 for a text file). */
    int sheetNo();

    /** The line (text file) or spreadsheet row (workbook, from 1) of the row just read. */
    long row();

    /** A file that no reader accepts: its name or content is of no known format. */
    final class UnreadableException extends IOException {
        public UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * Whether a file in {@code records/} is no record file and is skipped: Excel lock files ({@code
     * ~$...}), hidden files, and notes ({@code README}, {@code .md}, {@code .txt} named README).
     */
    static boolean skipped(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileName.startsWith("~$")
                || fileName.startsWith(".")
                || lower.endsWith(".md")
                || lower.startsWith("readme");
    }

    /**
     * The record file's reader: chosen by the file's first bytes and its name; a file of no known
     * format is refused.
     */
    static TabularSource open(Path path, String name) throws IOException {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole =
                n >= 4
                        && (head[0] & 0xff) == 0xD0
                        && (head[1] & 0xff) == 0xCF
                        && (head[2] & 0xff) == 0x11
                        && (head[3] & 0xff) == 0xE0;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            if (!zip) {
                throw new UnreadableException(
                        ole
                                ? "named .xlsx but an encrypted or legacy (.xls) Excel file: save it as an unprotected .xlsx workbook"
                                : "named .xlsx but not an Excel workbook (no ZIP container)");
            }
            return new XlsxExtractSource(path, name);
        }
        if (lower.endsWith(".xls")) {
            throw new UnreadableException(
                    "a legacy Excel 97-2003 (.xls) workbook: save it as .xlsx");
        }
        if (lower.matches(".+\\.(csv|tsv|txt)(\\.gz)?")) {
            if (zip || ole) {
                throw new UnreadableException(
                        "named as a text file but holds "
                                + (zip
                                        ? "a ZIP container (an .xlsx workbook renamed?)"
                                        : "an Excel 97-2003 file"));
            }
            return new DelimitedSource(
                    new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        }
        throw new UnreadableException(
                "no reader accepts this file: record files are .xlsx workbooks or .csv, .tsv or .txt "
                        + "text files (optionally .gz); Excel lock files (~$...) and README/.md notes are skipped");
    }
}

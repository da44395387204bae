package org.opendetainers.ingest.records;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.opendetainers.ingest.CsvRecords;

/**
 * A delimited text file (CSV, TSV, {@code .txt}), plain or gzip-compressed (recognized by its first
 * bytes, whatever its name), streamed. The delimiter is detected on the header line, not taken from
 * the name: ICE's NPR-era {@code .csv} files are tab-delimited and its {@code .txt} files
 * comma-delimited. Bytes that are not UTF-8 become U+FFFD, for the caller to report.
 */
final class DelimitedSource implements TabularSource {

    private static final CsvMapper CSV = new CsvMapper();
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};

    private final CsvParser parser;
    private final CsvRecords records;
    private final char delimiter;
    private boolean first = true;
    private boolean header;

    DelimitedSource(BufferedInputStream raw) throws IOException {
        InputStream in = gunzipIfCompressed(raw);
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        delimiter = sniff(buffered);
        parser =
                CSV.getFactory()
                        .createParser(
                                new InputStreamReader(
                                        buffered,
                                        StandardCharsets.UTF_8
                                                .newDecoder()
                                                .onMalformedInput(CodingErrorAction.REPLACE)
                                                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
        records = new CsvRecords(parser);
    }

    /** The delimiter found. */
    char delimiter() {
        return delimiter;
    }

    @Override
    public boolean next(List<String> cells) throws IOException {
        boolean more = records.next(cells);
        header = more && first;
        first = false;
        return more;
    }

    @Override
    public boolean isHeader() {
        return header;
    }

    @Override
    public String sheet() {
        return null;
    }

    @Override
    public int sheetNo() {
        return 0;
    }

    @Override
    public long row() {
        return records.line();
    }

    @Override
    public void close() throws IOException {
        parser.close();
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

    /**
     * The delimiter that occurs most often on the header line, outside quotes (comma when none
     * does).
     */
    static char sniff(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < (1 << 16); i++) {
            int b = in.read();
            if (b < 0 || (b == '\n' && !quoted)) {
                break;
            }
            if (b == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (b == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        in.reset();
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}

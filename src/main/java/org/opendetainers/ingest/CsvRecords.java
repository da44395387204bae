package org.opendetainers.ingest;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;

/**
 * The records of a CSV stream, each with the line it starts on (a quoted field may span lines),
 * skipping blank lines. Shared by the curated files and the record-level extracts.
 */
public final class CsvRecords {

    private final CsvParser parser;
    private long line;

    public CsvRecords(CsvParser parser) {
        this.parser = parser;
    }

    /** Reads the next record into {@code cells} (cleared first); false at the end of the stream. */
    public boolean next(List<String> cells) throws IOException {
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            cells.clear();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (cells.isEmpty()) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                String text = parser.getText();
                cells.add(text == null ? "" : text);
            }
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** The line the last record read starts on (1 = the first line of the file). */
    public long line() {
        return line;
    }
}

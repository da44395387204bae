package org.opendetainers.testing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Parses CSV answers as a client would, header row included. */
public final class CsvRows {

    private CsvRows() {}

    public static List<String[]> parse(String csv) {
        try (MappingIterator<String[]> it =
                new CsvMapper()
                        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readerFor(String[].class)
                        .with(CsvSchema.emptySchema())
                        .readValues(csv)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

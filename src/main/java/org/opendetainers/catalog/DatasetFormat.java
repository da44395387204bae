package org.opendetainers.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The file formats every data set is published in. */
public enum DatasetFormat {

    /**
     * RFC 4180 CSV, UTF-8, CRLF line ends, a header row; the same columns as the API's CSV answers.
     */
    csv("csv", "text/csv; charset=utf-8; header=present", "CSV"),
    /** A JSON array of the same objects as the API's {@code data}, one per line. */
    json("json", "application/json", "JSON"),
    /** The CSV file, gzip-compressed. */
    csv_gz("csv.gz", "application/gzip", "CSV (gzip)");

    /** File name extension, and the {@code format} stored in {@code dataset_file}. */
    public final String extension;

    public final String mediaType;
    public final String label;

    DatasetFormat(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    public static Optional<DatasetFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}

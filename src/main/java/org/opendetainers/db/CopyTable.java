package org.opendetainers.db;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk-loads rows into a table with PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}, streaming:
 * rows are encoded as they are written, never collected.
 *
 * <p>The encoding is COPY's CSV dialect: an unquoted empty field is NULL; any value that holds a
 * delimiter, quote, line break or backslash, or is empty, is quoted.
 */
public final class CopyTable implements AutoCloseable {

    private final Writer out;
    private final int columns;
    private long rows;

    private CopyTable(Writer out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Starts a COPY into {@code table(columns)} on {@code connection}. */
    public static CopyTable into(Connection connection, String table, List<String> columns)
            throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        String sql =
                "COPY "
                        + table
                        + " ("
                        + String.join(", ", columns)
                        + ") FROM STDIN WITH (FORMAT csv)";
        PGCopyOutputStream stream = new PGCopyOutputStream(pg, sql, 1 << 16);
        return new CopyTable(
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16),
                columns.size());
    }

    /** Writes one row; values are written with {@code toString()}, null as SQL NULL. */
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(
                    "expected " + columns + " values, got " + values.length);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (values[i] != null) {
                    writeValue(values[i].toString());
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    private void writeValue(String v) throws IOException {
        boolean quote = v.isEmpty();
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\\';
        }
        if (!quote) {
            out.write(v);
            return;
        }
        out.write('"');
        out.write(v.replace("\"", "\"\""));
        out.write('"');
    }

    /** Ends the COPY (the server checks and loads the rows). */
    @Override
    public void close() throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    /** PostgreSQL array literal for a list of ids ({@code {a,b}}); ids never need quoting. */
    public static String array(List<String> ids) {
        return "{" + String.join(",", ids) + "}";
    }
}

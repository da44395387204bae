package org.opendetainers.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the files of one release's data sets are stored: their chunks, their checksums and sizes,
 * and each data set's catalog row, in PostgreSQL, in the publishing transaction. Rows are sent in
 * batches: a release has hundreds of small files, and a round trip each would cost more than
 * writing them (the foreign keys are checked at commit). A data set whose CSV equals the previous
 * release's keeps the release it last changed in.
 */
final class DatasetStore {

    /** A period covered by a data set, both days inclusive. */
    record LocalDateRange(LocalDate start, LocalDate end) {}

    private final Connection c;
    private final String release;
    private final ObjectMapper json;
    private final List<String> names = new ArrayList<>();
    private final String previous;
    private long bytes;

    /**
     * Of the previous release with files: per data set, its CSV's SHA-256 and the release it last
     * changed in.
     */
    private final Map<String, String[]> previousCsv = new HashMap<>();

    private final PreparedStatement chunkInsert;
    private final PreparedStatement fileInsert;
    private final PreparedStatement datasetInsert;
    private long batchedChunkBytes;

    DatasetStore(Connection c, String release, ObjectMapper json) throws SQLException {
        this.c = c;
        this.release = release;
        this.json = json;
        try (PreparedStatement s =
                c.prepareStatement(
                        """
                select p.id from release p join release r on r.id = ? where p.seq < r.seq
                and exists (select 1 from dataset d where d.release_id = p.id) order by p.seq desc limit 1""")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                this.previous = rs.next() ? rs.getString(1) : null;
            }
        }
        if (previous != null) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            """
                    select d.name, f.sha256, d.changed_in from dataset d join dataset_file f on f.release_id = d.release_id
                    and f.name = d.name and f.format = 'csv' where d.release_id = ?""")) {
                s.setString(1, previous);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        previousCsv.put(
                                rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        chunkInsert =
                c.prepareStatement(
                        "insert into dataset_chunk (release_id, name, format, seq, bytes) values (?, ?, ?, ?, ?)");
        fileInsert =
                c.prepareStatement(
                        """
                insert into dataset_file (release_id, name, format, media_type, byte_size, sha256, chunk_size)
                values (?, ?, ?, ?, ?, ?, ?)""");
        datasetInsert =
                c.prepareStatement(
                        """
                insert into dataset (release_id, name, seq, kind, title, description, row_count, temporal_start, temporal_end,
                changed_in, table_schema) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""");
    }

    Connection connection() {
        return c;
    }

    String release() {
        return release;
    }

    /** The names of the data sets stored so far, in catalog order. */
    List<String> names() {
        return names;
    }

    /** Bytes of the files stored so far. */
    long bytes() {
        return bytes;
    }

    /** A chunk of a file: batched, sent when 4 MiB are waiting. */
    void chunk(String name, DatasetFormat format, int seq, byte[] chunk) throws IOException {
        try {
            chunkInsert.setString(1, release);
            chunkInsert.setString(2, name);
            chunkInsert.setString(3, format.extension);
            chunkInsert.setInt(4, seq);
            chunkInsert.setBytes(5, chunk);
            chunkInsert.addBatch();
            batchedChunkBytes += chunk.length;
            if (batchedChunkBytes >= 4 << 20) {
                chunkInsert.executeBatch();
                batchedChunkBytes = 0;
            }
        } catch (SQLException e) {
            throw new IOException(
                    "cannot store chunk " + seq + " of " + name + "." + format.extension, e);
        }
    }

    /** Sends what is still batched. */
    void complete() throws SQLException {
        try (chunkInsert;
                fileInsert;
                datasetInsert) {
            chunkInsert.executeBatch();
            fileInsert.executeBatch();
            datasetInsert.executeBatch();
        }
    }

    /** Stores a data set: its files (written by {@code files}) and its catalog row. */
    void store(
            String name,
            String kind,
            String title,
            String description,
            DatasetFiles files,
            LocalDateRange temporal,
            Object schema)
            throws SQLException, IOException {
        List<ChunkedFile.Stored> stored = files.finish();
        for (ChunkedFile.Stored f : stored) {
            fileInsert.setString(1, release);
            fileInsert.setString(2, name);
            fileInsert.setString(3, f.format().extension);
            fileInsert.setString(4, f.format().mediaType);
            fileInsert.setLong(5, f.size());
            fileInsert.setString(6, f.sha256());
            fileInsert.setInt(7, f.chunkSize());
            fileInsert.addBatch();
        }
        String[] before = previousCsv.get(name);
        String changedIn =
                before != null && before[0].equals(stored.get(0).sha256()) ? before[1] : release;
        datasetInsert.setString(1, release);
        datasetInsert.setString(2, name);
        datasetInsert.setInt(3, names.size());
        datasetInsert.setString(4, kind);
        datasetInsert.setString(5, title);
        datasetInsert.setString(6, description);
        datasetInsert.setLong(7, files.rows());
        datasetInsert.setObject(8, temporal == null ? null : temporal.start());
        datasetInsert.setObject(9, temporal == null ? null : temporal.end());
        datasetInsert.setString(10, changedIn);
        datasetInsert.setString(11, json.writeValueAsString(schema));
        datasetInsert.addBatch();
        names.add(name);
        bytes += stored.stream().mapToLong(ChunkedFile.Stored::size).sum();
    }

    /**
     * The period a data set covers, from {@code sql} (min and max dates for the release; null:
     * none).
     */
    LocalDateRange temporal(String sql) throws SQLException {
        if (sql == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Date start = rs.getDate(1);
                Date end = rs.getDate(2);
                return start == null
                        ? null
                        : new LocalDateRange(start.toLocalDate(), end.toLocalDate());
            }
        }
    }
}

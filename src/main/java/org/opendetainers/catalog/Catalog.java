package org.opendetainers.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGStatement;

/** Reads the published data sets of a release and streams their files. */
@ApplicationScoped
public class Catalog {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public Catalog(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** One data set of a release, with its files. */
    public record Dataset(
            int seq,
            String name,
            String kind,
            String title,
            String description,
            long rowCount,
            LocalDate temporalStart,
            LocalDate temporalEnd,
            String changedIn,
            OffsetDateTime changedAt,
            JsonNode tableSchema,
            List<File> files) {

        public Optional<File> file(DatasetFormat format) {
            return files.stream().filter(f -> f.format() == format).findFirst();
        }
    }

    /** One file as stored: its size, SHA-256, and the size of its chunks. */
    public record File(
            DatasetFormat format, String mediaType, long byteSize, String sha256, int chunkSize) {}

    /**
     * The data sets of a release, in catalog order (curated tables, detainer-stats tables,
     * disclosure).
     */
    public List<Dataset> datasets(String release) {
        return read(release, null);
    }

    public Optional<Dataset> dataset(String release, String name) {
        return read(release, name).stream().findFirst();
    }

    private List<Dataset> read(String release, String name) {
        String sql =
                """
                select d.seq, d.name, d.kind, d.title, d.description, d.row_count, d.temporal_start, d.temporal_end,
                       d.changed_in, c.published_at, d.table_schema, f.format, f.media_type, f.byte_size, f.sha256, f.chunk_size
                from dataset d join release c on c.id = d.changed_in
                join dataset_file f on f.release_id = d.release_id and f.name = d.name
                where d.release_id = ?"""
                        + (name == null ? "" : " and d.name = ?")
                        + " order by d.seq, f.format";
        Map<String, Dataset> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, release);
            if (name != null) {
                s.setString(2, name);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String n = rs.getString(2);
                    Dataset d = found.get(n);
                    if (d == null) {
                        d =
                                new Dataset(
                                        rs.getInt(1),
                                        n,
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getLong(6),
                                        rs.getObject(7, LocalDate.class),
                                        rs.getObject(8, LocalDate.class),
                                        rs.getString(9),
                                        rs.getObject(10, OffsetDateTime.class),
                                        json.readTree(rs.getString(11)),
                                        new ArrayList<>());
                        found.put(n, d);
                    }
                    d.files()
                            .add(
                                    new File(
                                            DatasetFormat.ofExtension(rs.getString(12))
                                                    .orElseThrow(),
                                            rs.getString(13),
                                            rs.getLong(14),
                                            rs.getString(15),
                                            rs.getInt(16)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the data sets of release " + release, e);
        }
        // csv, json, csv.gz
        found.values().forEach(d -> d.files().sort(Comparator.comparing(File::format)));
        return List.copyOf(found.values());
    }

    /**
     * Writes bytes {@code first} to {@code last} (inclusive) of a file onto {@code out}, one stored
     * chunk at a time: memory stays constant whatever the size, and no database connection is held
     * while the client reads (each chunk is one short query), so slow clients cannot exhaust the
     * pool. The files never change, so reading them in several queries is consistent.
     */
    public void copy(
            String release, String name, File file, long first, long last, OutputStream out)
            throws IOException {
        int firstChunk = (int) (first / file.chunkSize());
        int lastChunk = (int) (last / file.chunkSize());
        for (int seq = firstChunk; seq <= lastChunk; seq++) {
            byte[] bytes = chunk(release, name, file, seq);
            long chunkStart = (long) seq * file.chunkSize();
            int from = (int) Math.max(0, first - chunkStart);
            int to = (int) Math.min(bytes.length, last - chunkStart + 1);
            out.write(bytes, from, to - from);
        }
    }

    private byte[] chunk(String release, String name, File file, int seq) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select bytes from dataset_chunk where release_id = ? and name = ? and format = ? and seq = ?")) {
            // a server-prepared statement from the first run, so that bytea comes in binary, not as
            // hex text twice its size
            s.unwrap(PGStatement.class).setPrepareThreshold(-1);
            s.setString(1, release);
            s.setString(2, name);
            s.setString(3, file.format().extension);
            s.setInt(4, seq);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IOException(
                            "chunk "
                                    + seq
                                    + " of "
                                    + name
                                    + "."
                                    + file.format().extension
                                    + " of release "
                                    + release
                                    + " is missing");
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException(
                    "cannot read "
                            + name
                            + "."
                            + file.format().extension
                            + " of release "
                            + release,
                    e);
        }
    }
}

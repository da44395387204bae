package org.opendetainers.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * An output stream that stores what is written to it as one file of a data set: in chunks of
 * a fixed size in {@code dataset_chunk}, then, on {@link #finish()}, its size and
 * SHA-256 in {@code dataset_file}. Holds at most one chunk in memory.
 */
final class ChunkedFile extends OutputStream {

    private final Connection connection;
    private final String release;
    private final String name;
    private final DatasetFormat format;
    private final MessageDigest sha256;
    private final byte[] buffer;
    private int buffered;
    private int seq;
    private long size;
    private PreparedStatement insert;

    /** What was stored. */
    record Stored(DatasetFormat format, long size, String sha256) {
    }

    ChunkedFile(Connection connection, String release, String name, DatasetFormat format, int chunkSize) {
        this.buffer = new byte[chunkSize];
        this.connection = connection;
        this.release = release;
        this.name = name;
        this.format = format;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (buffered == buffer.length) {
            flushChunk();
        }
        buffer[buffered++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (buffered == buffer.length) {
                flushChunk();
            }
            int n = Math.min(len, buffer.length - buffered);
            System.arraycopy(b, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    private void flushChunk() throws IOException {
        if (buffered == 0) {
            return;
        }
        sha256.update(buffer, 0, buffered);
        size += buffered;
        try {
            if (insert == null) {
                insert = connection.prepareStatement(
                        "insert into dataset_chunk (release_id, name, format, seq, bytes) values (?, ?, ?, ?, ?)");
                insert.setString(1, release);
                insert.setString(2, name);
                insert.setString(3, format.extension);
            }
            insert.setInt(4, seq++);
            insert.setBytes(5, buffered == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, buffered));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("cannot store chunk " + (seq - 1) + " of " + name + "." + format.extension, e);
        }
        buffered = 0;
    }

    /** Stores the last chunk and the file's row; returns its size and SHA-256. */
    Stored finish() throws IOException, SQLException {
        flushChunk();
        if (insert != null) {
            insert.close();
        }
        String hex = HexFormat.of().formatHex(sha256.digest());
        try (PreparedStatement s = connection.prepareStatement("""
                insert into dataset_file (release_id, name, format, media_type, byte_size, sha256, chunk_size)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, release);
            s.setString(2, name);
            s.setString(3, format.extension);
            s.setString(4, format.mediaType);
            s.setLong(5, size);
            s.setString(6, hex);
            s.setInt(7, buffer.length);
            s.executeUpdate();
        }
        return new Stored(format, size, hex);
    }

    /** Nothing to release: {@link #finish()} stores the file; closing a wrapping stream must not. */
    @Override
    public void close() {
    }
}

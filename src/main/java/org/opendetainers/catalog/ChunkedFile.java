package org.opendetainers.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An output stream that cuts what is written to it into chunks of a fixed size for {@code
 * dataset_chunk}, handing each to a {@link Sink}, and computes the file's size and SHA-256. Holds
 * one chunk in memory.
 */
final class ChunkedFile extends OutputStream {

    /** Where the chunks go: {@code bytes} is the chunk's own copy. */
    @FunctionalInterface
    interface Sink {
        void chunk(String name, DatasetFormat format, int seq, byte[] bytes) throws IOException;
    }

    private final Sink sink;
    private final String name;
    private final DatasetFormat format;
    private final MessageDigest sha256;
    private final byte[] buffer;
    private int buffered;
    private int seq;
    private long size;

    /** What was written: format, size, SHA-256 and chunk size. */
    record Stored(DatasetFormat format, long size, String sha256, int chunkSize) {}

    ChunkedFile(Sink sink, String name, DatasetFormat format, int chunkSize) {
        this.sink = sink;
        this.name = name;
        this.format = format;
        this.buffer = new byte[chunkSize];
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
        sink.chunk(name, format, seq++, Arrays.copyOf(buffer, buffered));
        buffered = 0;
    }

    /** Hands over the last chunk; returns the file's size and SHA-256. */
    Stored finish() throws IOException {
        flushChunk();
        return new Stored(format, size, HexFormat.of().formatHex(sha256.digest()), buffer.length);
    }

    /** Nothing to release: {@link #finish()} ends the file; closing a wrapping stream must not. */
    @Override
    public void close() {}
}

package org.opendetainers.ingest.records;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.opendetainers.db.CopyTable;

/**
 * Two stages on two threads, so that reading an extract overlaps with counting and staging it: the
 * caller's thread parses, validates and normalizes rows ({@link ExtractReader}) and hands them over
 * in batches; a second thread counts each record ({@link RecordCounter}), COPYs where its
 * identifier occurs into staging, and collects duplicate candidates. Only the second thread touches
 * the accumulator and the connection until {@link #finish()} returns.
 */
final class StagingPipeline implements ExtractReader.Sink, AutoCloseable {

    private static final int BATCH = 2048;
    private static final Object[] END = new Object[0];

    private final BlockingQueue<Object[]> batches = new ArrayBlockingQueue<>(16);
    private final Thread consumer;
    private volatile Throwable failure;
    private Object[] batch = new Object[BATCH * 4];
    private int size;
    private boolean finished;

    StagingPipeline(
            int fileNo,
            boolean synthetic,
            CopyTable copy,
            RecordCounter counts,
            DuplicateCandidates duplicates) {
        consumer =
                new Thread(
                        () -> {
                            try {
                                for (Object[] b = batches.take(); b != END; b = batches.take()) {
                                    for (int i = 0; i < b.length && b[i] != null; i += 4) {
                                        DetainerRecord r = (DetainerRecord) b[i + 3];
                                        counts.add(r, synthetic);
                                        if (b[i + 1] != null) {
                                            long line = (Long) b[i];
                                            long hash = (Long) b[i + 1];
                                            copy.row(fileNo, line, hash, b[i + 2], detailHash(r));
                                            duplicates.add(hash, fileNo, line, r);
                                        }
                                    }
                                }
                            } catch (Throwable e) {
                                failure = e;
                                batches.clear();
                            }
                        },
                        "staging-" + fileNo);
        consumer.setDaemon(true);
        consumer.start();
    }

    @Override
    public void accept(long line, Long idHash, long preparedMinute, DetainerRecord record) {
        batch[size++] = line;
        batch[size++] = idHash;
        batch[size++] = preparedMinute;
        batch[size++] = record;
        if (size == batch.length) {
            hand(batch);
            batch = new Object[BATCH * 4];
            size = 0;
        }
    }

    /**
     * A 64-bit hash of what makes two records of one person the same detainer: its type and
     * facility.
     */
    static long detailHash(DetainerRecord r) {
        long h = 0xcbf29ce484222325L;
        String s = r.detainerType() + '\u0000' + r.facility();
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    private void hand(Object[] b) {
        try {
            while (!batches.offer(b, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
            rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging", e);
        }
    }

    /** Hands over the last batch and waits until every record is counted and sent. */
    void finish() {
        finished = true;
        if (size > 0) {
            hand(batch);
        }
        hand(END);
        join();
        rethrow();
    }

    @Override
    public void close() {
        if (!finished) {
            // the reader failed: stop the consumer without waiting for more rows
            batches.clear();
            batches.offer(END);
            consumer.interrupt();
            join();
        }
    }

    private void join() {
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging", e);
        }
    }

    private void rethrow() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}

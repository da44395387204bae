package org.opendetainers.traffic;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendetainers.config.TrafficConfig;
import org.opendetainers.problem.ApiProblem;

/**
 * Bounds the reads that query the database at once on this instance ({@code
 * opendetainers.api.max-db-reads}). A read takes a permit before its first query and gives it back
 * when its answer is built:
 *
 * <pre>
 * try (ReadPermits.Permit permit = permits.acquire()) {
 *     ... queries ...
 * }
 * </pre>
 *
 * When every permit is taken, {@link #acquire()} waits up to {@code opendetainers.api.db-read-wait}
 * (100 ms); then, or at once when {@code max-db-read-waiters} reads are already waiting, it throws
 * a 503 {@link ApiProblem} ({@link ApiProblem#OVERLOADED}) with {@code Retry-After}. Latency then
 * stays bounded under any number of connections: the excess is answered at once instead of
 * queueing. Answers that need no query (cache hits, 304s, health) must not take a permit.
 */
@ApplicationScoped
public class ReadPermits {

    private final Semaphore permits;
    private final int size;
    private final long waitNanos;
    private final int maxWaiters;
    private final int retryAfter;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Counter shed;

    @Inject
    public ReadPermits(TrafficConfig config, MeterRegistry registry) {
        this(
                config.maxDbReads(),
                config.dbReadWait().toNanos(),
                config.maxDbReadWaiters(),
                config.shedRetryAfter(),
                registry);
    }

    ReadPermits(int size, long waitNanos, int maxWaiters, int retryAfter, MeterRegistry registry) {
        if (size < 1) {
            throw new IllegalArgumentException(
                    "opendetainers.api.max-db-reads must be at least 1, not " + size);
        }
        this.permits = new Semaphore(size);
        this.size = size;
        this.waitNanos = waitNanos;
        this.maxWaiters = maxWaiters;
        this.retryAfter = retryAfter;
        this.shed =
                Counter.builder("opendetainers.reads.shed")
                        .description("Reads answered 503 because max-db-reads reads were in flight")
                        .register(registry);
        Gauge.builder("opendetainers.reads.in.flight", this, ReadPermits::inFlight)
                .description("Reads holding a database permit")
                .register(registry);
        Gauge.builder("opendetainers.reads.max", this, p -> p.size)
                .description("opendetainers.api.max-db-reads")
                .register(registry);
    }

    /**
     * Takes a permit, waiting briefly for one; the caller must close it (try-with-resources). On an
     * event-loop thread it never waits.
     *
     * @throws ApiProblem 503 with Retry-After when no permit came in time
     */
    public Permit acquire() {
        if (permits.tryAcquire()) {
            return new Permit();
        }
        if (waitNanos > 0 && !Context.isOnEventLoopThread()) {
            if (waiting.incrementAndGet() <= maxWaiters) {
                try {
                    if (permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                        return new Permit();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    waiting.decrementAndGet();
                }
            } else {
                waiting.decrementAndGet();
            }
        }
        throw shed();
    }

    /**
     * Sheds at once, without waiting, when every permit is taken and as many reads already wait as
     * allowed: called on the event loop before a read is handed to a worker thread, so that the
     * excess of a flood is answered without queueing for a worker.
     *
     * @throws ApiProblem 503 with Retry-After when a read could not get a permit now
     */
    public void shedIfSaturated() {
        if (permits.availablePermits() == 0 && waiting.get() >= maxWaiters) {
            throw shed();
        }
    }

    private ApiProblem shed() {
        shed.increment();
        return new ApiProblem(
                        503,
                        ApiProblem.OVERLOADED,
                        "Service overloaded",
                        "this instance is answering as many database reads as it allows ("
                                + size
                                + "); retry after "
                                + retryAfter
                                + " s",
                        null)
                .withHeader("Retry-After", Integer.toString(retryAfter));
    }

    /** Permits taken now. */
    public int inFlight() {
        return size - permits.availablePermits();
    }

    /** One read's permit; closing it twice gives it back once. */
    public final class Permit implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        private Permit() {}

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }
}

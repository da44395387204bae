package org.opendetainers.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.problem.ApiProblem;

/** The bound on database reads: permits, a short wait, then a 503 problem with Retry-After. */
@Tag("unit")
class ReadPermitsTest {

    private static final long WAIT = Duration.ofMillis(100).toNanos();

    @Test
    void pastTheBoundAReadWaitsBrieflyThenIsShedWith503AndRetryAfter() {
        ReadPermits permits = new ReadPermits(2, WAIT, 32, 1, new SimpleMeterRegistry());
        try (ReadPermits.Permit a = permits.acquire();
                ReadPermits.Permit b = permits.acquire()) {
            assertEquals(2, permits.inFlight());
            long t0 = System.nanoTime();
            ApiProblem shed = assertThrows(ApiProblem.class, permits::acquire);
            long waited = System.nanoTime() - t0;
            assertTrue(
                    waited >= WAIT * 9 / 10,
                    "waited " + waited / 1_000_000 + " ms before shedding");
            assertEquals(503, shed.status());
            assertEquals(ApiProblem.OVERLOADED, shed.type());
            assertEquals("1", shed.headers().get("Retry-After"));
        }
        assertEquals(0, permits.inFlight());
        try (ReadPermits.Permit again = permits.acquire()) {
            assertEquals(1, permits.inFlight());
        }
    }

    @Test
    void aPermitGivenBackWhileAReadWaitsGoesToThatRead() throws Exception {
        ReadPermits permits =
                new ReadPermits(
                        1, Duration.ofSeconds(5).toNanos(), 32, 1, new SimpleMeterRegistry());
        ReadPermits.Permit held = permits.acquire();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Integer> waiting =
                CompletableFuture.supplyAsync(
                        () -> {
                            started.countDown();
                            try (ReadPermits.Permit p = permits.acquire()) {
                                return permits.inFlight();
                            }
                        });
        started.await();
        Thread.sleep(50);
        held.close();
        held.close(); // twice: given back once
        assertEquals(1, waiting.get(5, TimeUnit.SECONDS));
        assertEquals(0, permits.inFlight());
    }

    @Test
    void whenEnoughReadsAlreadyWaitTheNextIsShedWithoutWaiting() {
        ReadPermits permits =
                new ReadPermits(
                        1, Duration.ofSeconds(10).toNanos(), 0, 2, new SimpleMeterRegistry());
        try (ReadPermits.Permit held = permits.acquire()) {
            long t0 = System.nanoTime();
            ApiProblem shed = assertThrows(ApiProblem.class, permits::acquire);
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(1).toNanos(), "shed at once");
            assertEquals("2", shed.headers().get("Retry-After"));
        }
    }

    @Test
    void onTheEventLoopAReadIsShedEarlyOnlyWhenPermitsAndWaitingPlacesAreAllTaken() {
        ReadPermits permits = new ReadPermits(1, WAIT, 0, 1, new SimpleMeterRegistry());
        permits.shedIfSaturated(); // a permit is free: goes on
        try (ReadPermits.Permit held = permits.acquire()) {
            ApiProblem shed = assertThrows(ApiProblem.class, permits::shedIfSaturated);
            assertEquals(503, shed.status());
        }
        permits.shedIfSaturated();
    }

    @Test
    void theBoundMustAllowOneRead() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReadPermits(0, WAIT, 1, 1, new SimpleMeterRegistry()));
    }
}

package org.opendetainers.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The token bucket per client and the RateLimit header values, on a clock the test moves. */
@Tag("unit")
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(long quota, Duration window, int maxClients) {
        return new RateLimiter(
                true, quota, window, maxClients, List.of(), now::get, new SimpleMeterRegistry());
    }

    @Test
    void aClientHasQuotaRequestsThenWaitsForTheBucketToRefill() {
        RateLimiter limiter = limiter(3, Duration.ofSeconds(30), 100);
        assertEquals("\"default\";q=3;w=30", limiter.policyHeader());
        assertEquals("\"default\";r=2;t=10", limiter.take("a").header());
        assertEquals("\"default\";r=1;t=20", limiter.take("a").header());
        RateLimiter.Decision last = limiter.take("a");
        assertTrue(last.allowed());
        assertEquals("\"default\";r=0;t=30", last.header());

        RateLimiter.Decision refused = limiter.take("a");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(10, refused.retryAfterSeconds(), "one request comes back every 10 s");
        assertTrue(limiter.take("b").allowed(), "another client has its own bucket");

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(limiter.take("a").allowed(), "one token back after quota / window");
        assertFalse(limiter.take("a").allowed());
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertEquals(
                "\"default\";r=2;t=10", limiter.take("a").header(), "never more than the quota");
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        RateLimiter limiter = limiter(1000, Duration.ofSeconds(1), 100);
        for (int i = 0; i < 1000; i++) {
            assertTrue(limiter.take("a").allowed());
        }
        RateLimiter.Decision refused = limiter.take("a");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void theMapOfBucketsStaysBoundedUnderAFloodOfClients() {
        RateLimiter limiter = limiter(10, Duration.ofMinutes(1), 500);
        for (int i = 0; i < 20_000; i++) {
            limiter.take("10.0." + (i / 256) + "." + (i % 256));
        }
        long clients = limiter.clients();
        assertTrue(clients <= 500, clients + " buckets kept for a bound of 500");
    }
}

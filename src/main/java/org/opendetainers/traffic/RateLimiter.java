package org.opendetainers.traffic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.opendetainers.config.TrafficConfig;

/**
 * A token bucket per client, per instance: a bucket holds up to {@code quota} requests and refills
 * at {@code quota / window}. Each request takes one token; a request that finds none is refused
 * (429). Buckets live in a bounded map (Caffeine, {@code max-clients}); a bucket unused for a whole
 * window is full again, so it is dropped then.
 *
 * <p>Its state is told to the client in the IETF headers (draft-ietf-httpapi-ratelimit-headers-11,
 * structured fields): {@code RateLimit-Policy: "default";q=<quota>;w=<window s>} and {@code
 * RateLimit: "default";r=<requests left>;t=<s until the bucket is full again>}.
 */
@ApplicationScoped
public class RateLimiter {

    static final String POLICY = "default";

    private final boolean enabled;
    private final long quota;
    private final long windowSeconds;
    private final double perNano;
    private final LongSupplier nanos;
    private final Cache<String, Bucket> buckets;
    private final ClientAddress clients;
    private final String policyHeader;
    private final Counter refused;

    @Inject
    public RateLimiter(TrafficConfig config, MeterRegistry registry) {
        this(
                config.rateLimit().enabled(),
                config.rateLimit().quota(),
                config.rateLimit().window(),
                config.rateLimit().maxClients(),
                config.rateLimit().trustedProxies().orElse(List.of()),
                System::nanoTime,
                registry);
    }

    RateLimiter(
            boolean enabled,
            long quota,
            Duration window,
            int maxClients,
            List<String> trustedProxies,
            LongSupplier nanos,
            MeterRegistry registry) {
        if (quota < 1 || window.toNanos() <= 0) {
            throw new IllegalArgumentException(
                    "opendetainers.api.rate-limit: quota and window must be positive");
        }
        this.enabled = enabled;
        this.quota = quota;
        this.windowSeconds = Math.max(1, (window.toMillis() + 999) / 1000);
        this.perNano = (double) quota / window.toNanos();
        this.nanos = nanos;
        this.buckets =
                Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(window).build();
        this.clients = new ClientAddress(trustedProxies);
        this.policyHeader = "\"" + POLICY + "\";q=" + quota + ";w=" + windowSeconds;
        this.refused =
                Counter.builder("opendetainers.requests.rate.limited")
                        .description("Requests answered 429 by the per-client rate limit")
                        .register(registry);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The client a request is counted for (see {@link ClientAddress}). */
    public String client(String peer, List<String> forwardedFor) {
        return clients.of(peer, forwardedFor);
    }

    /** Takes one request from the client's bucket. */
    public Decision take(String client) {
        Decision d =
                buckets.get(client, k -> new Bucket(quota, nanos.getAsLong()))
                        .take(nanos.getAsLong());
        if (!d.allowed()) {
            refused.increment();
        }
        return d;
    }

    /** The {@code RateLimit-Policy} header value. */
    public String policyHeader() {
        return policyHeader;
    }

    /** Clients with a bucket now. */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** The outcome of one request: allowed or not, what is left, and when to come back. */
    public record Decision(
            boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

        /** The {@code RateLimit} header value. */
        public String header() {
            return "\"" + POLICY + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private final class Bucket {

        private double tokens;
        private long last;

        Bucket(long tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized Decision take(long now) {
            tokens = Math.min(quota, tokens + Math.max(0, now - last) * perNano);
            last = now;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long reset = seconds((quota - tokens) / perNano);
            long retry = allowed ? 0 : Math.max(1, seconds((1 - tokens) / perNano));
            return new Decision(allowed, (long) Math.floor(tokens), reset, retry);
        }

        private long seconds(double nanos) {
            return (long) Math.ceil(nanos / 1e9 - 1e-6); // 10.000000000000002 s is 10 s
        }
    }
}

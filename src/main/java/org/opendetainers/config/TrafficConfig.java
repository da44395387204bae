package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one instance protects itself and shares itself between clients ({@code opendetainers.api.*}):
 * a bound on the reads that hit the database at once (load shedding) and a per-client rate limit.
 * Both are per instance; docs/operations.md, "Limits", tells how they add up over replicas.
 */
@ConfigMapping(prefix = "opendetainers.api")
public interface TrafficConfig {

    /** Reads that may query the database at once; more wait {@link #dbReadWait()}, then get 503. */
    @WithDefault("8")
    int maxDbReads();

    /** How long a read waits for one of the {@link #maxDbReads()} permits before it is shed. */
    @WithDefault("100ms")
    Duration dbReadWait();

    /**
     * Reads that may wait for a permit at once; beyond them a read is shed without waiting, so that
     * waiting reads cannot take every worker thread.
     */
    @WithDefault("32")
    int maxDbReadWaiters();

    /** {@code Retry-After} of a shed read, in seconds. */
    @WithDefault("1")
    int shedRetryAfter();

    /** The per-client rate limit. */
    RateLimit rateLimit();

    interface RateLimit {

        /** Off: no bucket, no RateLimit headers. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Requests a client may make in one {@link #window()}: the size of its token bucket, which
         * refills at quota / window. The default (100,000 a second) is generous: it lets one client
         * load one instance fully, as the benchmarks do; a deployment sets its own
         * (k8s/overlays/prod).
         */
        @WithDefault("1000000")
        long quota();

        /**
         * The time in which an empty bucket refills completely (the {@code w} of RateLimit-Policy).
         */
        @WithDefault("10s")
        Duration window();

        /**
         * Addresses or CIDR blocks of the proxies in front of the service (e.g. the ingress
         * controller). Only a request whose peer is one of them is attributed to an address of its
         * {@code X-Forwarded-For}: the right-most one that is not itself a trusted proxy.
         */
        Optional<List<String>> trustedProxies();

        /** Clients tracked at once (one bucket each); the least recently seen are dropped first. */
        @WithDefault("100000")
        int maxClients();
    }
}

package org.opendetainers.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.util.function.Supplier;
import org.opendetainers.config.ApiConfig;

/**
 * The encoded answers of the read path, in memory: body, content type and Link header, keyed by
 * release id, path, sorted query, format and base URI. A release never changes, so an answer never
 * goes stale: reads of "the current release" are keyed by the current release's id, and a new
 * release switches them at once. Bounded in bytes ({@code opendetainers.api.cache-bytes}); hits,
 * misses, evictions and bytes are in {@code /q/metrics} ({@code cache_gets_total}, {@code
 * cache_evictions_total}, {@code opendetainers_api_cache_bytes} with {@code
 * cache="api-responses"}).
 */
@ApplicationScoped
public class ResponseCache {

    /** Bytes counted per answer beyond its body and Link header (key, object headers). */
    static final int OVERHEAD = 256;

    /** One encoded answer. */
    public record Answer(byte[] body, String contentType, String link, EntityTag etag) {

        int weight() {
            return body.length + (link == null ? 0 : link.length() * 2) + OVERHEAD;
        }
    }

    private final Cache<String, Answer> answers;

    public ResponseCache(ApiConfig config, MeterRegistry registry) {
        this.answers =
                Caffeine.newBuilder()
                        .maximumWeight(config.cacheBytes())
                        .weigher((String key, Answer a) -> key.length() * 2 + a.weight())
                        .recordStats()
                        .build();
        CaffeineCacheMetrics.monitor(registry, answers, "api-responses");
        Gauge.builder(
                        "opendetainers.api.cache.bytes",
                        answers,
                        c -> c.policy().eviction().orElseThrow().weightedSize().orElse(0))
                .tag("cache", "api-responses")
                .description(
                        "Bytes held by the API's response cache (bodies, Link headers and keys)")
                .baseUnit("bytes")
                .register(registry);
    }

    /**
     * The answer kept under {@code key}, or the one {@code render} makes (then kept). Rendering
     * runs outside the cache's locks; an exception (a 404, a 400) is not kept.
     */
    public Answer get(String key, Supplier<Answer> render) {
        Answer a = answers.getIfPresent(key);
        if (a == null) {
            a = render.get();
            answers.put(key, a);
        }
        return a;
    }

    /**
     * The answer kept under {@code key}, or null. A hit is counted; a miss is not (the read goes on
     * to {@link #get}, which counts it).
     */
    public Answer peek(String key) {
        Answer a = answers.asMap().get(key);
        return a == null ? null : answers.getIfPresent(key);
    }

    /** Bytes held now (after pending evictions). */
    public long bytes() {
        answers.cleanUp();
        return answers.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}

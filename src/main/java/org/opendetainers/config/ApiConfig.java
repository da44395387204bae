package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Public API settings ({@code opendetainers.api.*}). */
@ConfigMapping(prefix = "opendetainers.api")
public interface ApiConfig {

    /** Rows per page when {@code limit} is not given. */
    @WithDefault("100")
    int defaultLimit();

    /** Largest accepted {@code limit}. */
    @WithDefault("1000")
    int maxLimit();

    /** {@code Cache-Control: max-age} of public answers, in seconds. */
    @WithDefault("300")
    int cacheMaxAge();

    /**
     * Bytes the response cache of the read path may hold (encoded answers of any release; large
     * downloads are streamed and never cached). 0 turns the cache off.
     */
    @WithDefault("67108864")
    long cacheBytes();

    /** Base URL used in citations and permanent links. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** {@link #publicUrl()} without a trailing slash, to append paths to. */
    default String baseUrl() {
        return publicUrl().replaceAll("/+$", "");
    }
}

package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the import reads from and when it runs ({@code opendetainers.import.*}). */
@ConfigMapping(prefix = "opendetainers.import")
public interface ImportConfig {

    /** Directory holding the curated files (and, later, record-level extracts). */
    @WithDefault("data-seed")
    String source();

    /** Import the source directory at start-up when no release has been published yet. */
    @WithDefault("true")
    boolean loadOnEmptyStart();
}

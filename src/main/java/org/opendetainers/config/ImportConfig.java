package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the import reads from, when it runs, and what it tolerates ({@code opendetainers.import.*}). */
@ConfigMapping(prefix = "opendetainers.import")
public interface ImportConfig {

    /** Directory holding the curated files, mappings/ and records/. */
    @WithDefault("data-seed")
    String source();

    /** Quartz cron of the nightly import (seconds first); {@code off} disables the schedule. */
    @WithDefault("0 0 3 * * ?")
    String cron();

    /** Largest share of bad record rows (invalid or duplicate) an import accepts, 0..1. */
    @WithDefault("0.01")
    double maxBadShare();

    /** Import the source directory at start-up when no release has been published yet. */
    @WithDefault("true")
    boolean loadOnEmptyStart();
}

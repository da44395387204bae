package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the import reads from, when it runs, and what it tolerates ({@code
 * opendetainers.import.*}).
 */
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

    /**
     * Largest share, per dimension (detainer type, criminality, lift reason), of the valid record
     * rows whose value no mapping table knows, 0..1. Above it the import is rejected and names the
     * dimension and the unmapped values; at or below it those values are published as unknown and
     * listed in the import report and the release's disclosure report.
     */
    @WithDefault("0.01")
    double maxUnmappedShare();

    /**
     * Largest share, 0..1, of the current release's records that a new release may lose: an import
     * whose release would count fewer records is rejected and publishes nothing ({@code
     * org.opendetainers.importer.ReleaseSizeGuard}), unless the operator allows it for that run
     * ({@code import --allow-shrink}, {@code POST /admin/imports?allow_shrink=true}).
     */
    @WithDefault("0.5")
    double maxDropShare();

    /** Import the source directory at start-up when no release has been published yet. */
    @WithDefault("true")
    boolean loadOnEmptyStart();
}

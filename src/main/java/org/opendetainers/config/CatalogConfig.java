package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * Who publishes the open data and under which license ({@code opendetainers.catalog.*}), as the
 * data package and the DCAT-US catalog state it. A city's deployment sets the publisher and a real
 * contact address; the defaults name the project.
 */
@ConfigMapping(prefix = "opendetainers.catalog")
public interface CatalogConfig {

    /** Publisher (DCAT-US publisher.name, Frictionless contributor with role publisher). */
    @WithDefault("OpenDetainers")
    String publisher();

    /** Contact name (DCAT-US contactPoint.fn). */
    @WithDefault("OpenDetainers open-data team")
    String contactName();

    /**
     * Contact e-mail (DCAT-US contactPoint.hasEmail, without mailto:). The default is a
     * placeholder, under the reserved .invalid domain.
     */
    @WithDefault("opendata@opendetainers.invalid")
    String contactEmail();

    /** SPDX-style id of the data license. */
    @WithDefault("PDDL-1.0")
    String licenseId();

    @WithDefault("Open Data Commons Public Domain Dedication and License (PDDL) 1.0")
    String licenseTitle();

    @WithDefault("https://opendatacommons.org/licenses/pddl/1-0/")
    String licenseUrl();

    /** Keywords of every data set in the DCAT-US catalog. */
    @WithDefault(
            "immigration detainers,ICE,I-247,sanctuary policies,local law enforcement,open data")
    List<String> keywords();

    /** Spatial coverage (DCAT-US spatial). */
    @WithDefault("United States")
    String spatial();

    /**
     * Bytes per stored chunk of a file. A download reads one chunk at a time, and a Range request
     * starts at the chunk holding its first byte. Each file records its own chunk size, so a change
     * applies to files written afterwards only.
     */
    @WithDefault("262144")
    int chunkSize();

    /**
     * Downloads streamed at once by one instance; more are answered 503 with Retry-After. Each
     * holds about two chunks of heap while it runs (docs/benchmarks.md, "Downloads").
     */
    @WithDefault("16")
    int maxConcurrentDownloads();

    /**
     * How often a new release may appear (DCAT-US accrualPeriodicity, ISO 8601 repeating duration).
     */
    @WithDefault("R/P1D")
    String accrualPeriodicity();
}

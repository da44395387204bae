package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Disclosure control of the published aggregates ({@code opendetainers.anonymize.*}). */
@ConfigMapping(prefix = "opendetainers.anonymize")
public interface AnonymizeConfig {

    /** k: a cell counting 1..k-1 records is suppressed. */
    @WithDefault("11")
    int minCell();
}

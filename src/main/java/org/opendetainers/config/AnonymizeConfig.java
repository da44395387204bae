package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Disclosure control of the published aggregates ({@code opendetainers.anonymize.*}). */
@ConfigMapping(prefix = "opendetainers.anonymize")
public interface AnonymizeConfig {

    /** k: a cell counting 1..k-1 records is suppressed. */
    @WithDefault("11")
    int minCell();

    /**
     * The protection width: the interval of counts an attacker can prove for a primary-suppressed
     * cell, solving every published relation at once, must be at least this wide. Default ⌈0.3 k⌉.
     */
    Optional<Integer> protectionWidth();

    /** The protection width in force: the configured one, or ⌈0.3 k⌉. */
    default int width() {
        return protectionWidth().orElse((int) Math.ceil(0.3 * minCell()));
    }
}

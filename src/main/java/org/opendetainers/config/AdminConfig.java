package org.opendetainers.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The admin endpoints ({@code opendetainers.admin.*}). */
@ConfigMapping(prefix = "opendetainers.admin")
public interface AdminConfig {

    /** Bearer key of /admin; when absent the admin endpoints are disabled. */
    Optional<String> apiKey();
}

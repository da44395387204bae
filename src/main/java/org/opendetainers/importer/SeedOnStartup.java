package org.opendetainers.importer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.opendetainers.config.ImportConfig;

/** Loads the source directory at start-up when the database holds no release yet. */
@ApplicationScoped
public class SeedOnStartup {

    private static final Logger LOG = Logger.getLogger(SeedOnStartup.class);

    void onStart(@Observes StartupEvent event, ImportService imports, ImportConfig config) {
        if (!config.loadOnEmptyStart() || imports.hasRelease()) {
            return;
        }
        LOG.infof("No release published yet: importing %s", config.source());
        ImportReport report = imports.run(Path.of(config.source()), "startup");
        if (!report.succeeded()) {
            LOG.warnf(
                    "The service is up but not ready: no release could be published from %s",
                    config.source());
        }
    }
}

package org.opendetainers;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Ends the start that makes the AppCDS archive ({@code -Dquarkus.appcds.generate=true}, see {@link
 * OpenDetainersMain} and {@code src/main/docker/Dockerfile.jvm}) once the application has started,
 * with exit code 0; the JVM then writes the archive. Quarkus's own lifecycle would otherwise wait
 * for a signal, as a server does.
 */
@ApplicationScoped
public class ClassArchiveStart {

    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (ApplicationLifecycleManager.isAppCDSGeneration()) {
            Quarkus.asyncExit(0);
        }
    }
}

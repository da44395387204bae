package org.opendetainers.importer;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The in-app nightly import: {@code opendetainers.import.cron} (Quartz syntax, UTC; default 03:00),
 * or {@code off}. Where a Kubernetes CronJob runs the import command instead, turn this off; the
 * advisory lock keeps two imports from ever running at once either way.
 */
@ApplicationScoped
public class NightlyImport {

    public static final String JOB = "nightly-import";

    private final ImportService imports;

    public NightlyImport(ImportService imports) {
        this.imports = imports;
    }

    @Scheduled(
            identity = JOB,
            cron = "${opendetainers.import.cron}",
            timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        imports.run("schedule");
    }
}

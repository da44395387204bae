package org.opendetainers.api;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.config.ImportConfig;
import org.opendetainers.importer.ImportRuns;
import org.opendetainers.importer.NightlyImport;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.ReleaseRef;

@Path("/v1/status")
@Tag(name = "Status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final ImportRuns runs;
    private final Scheduler scheduler;
    private final ImportConfig config;
    private final Releases releases;

    public StatusResource(
            ImportRuns runs, Scheduler scheduler, ImportConfig config, Releases releases) {
        this.releases = releases;
        this.runs = runs;
        this.scheduler = scheduler;
        this.config = config;
    }

    @Schema(
            name = "Status",
            description =
                    "Freshness of the data: the current release, the last import and the next one.")
    public record Status(
            @Schema(
                            description =
                                    "The release reads use by default; null before the first import.",
                            nullable = true)
                    ReleaseRef currentRelease,
            @Schema(
                            description =
                                    "The last finished import, whatever its outcome; null when none ran.",
                            nullable = true)
                    LastImport lastImport,
            @Schema(
                            description =
                                    "When the in-app schedule runs the next import (UTC); null when the schedule is off (e.g. a Kubernetes CronJob imports instead).",
                            nullable = true)
                    OffsetDateTime nextImportDue,
            @Schema(
                            description = "The in-app schedule (Quartz cron, UTC) or off.",
                            examples = "0 0 3 * * ?")
                    String schedule) {}

    @Schema(name = "LastImport", description = "The outcome of the last finished import.")
    public record LastImport(
            @Schema(description = "When it started.") OffsetDateTime startedAt,
            @Schema(description = "When it finished.") OffsetDateTime finishedAt,
            @Schema(
                            description =
                                    "published, unchanged, rejected, busy, failed or interrupted.",
                            examples = "unchanged")
                    String status,
            @Schema(description = "True when it published a new release.") boolean published,
            @Schema(
                            description = "What started it: schedule, command, admin, startup.",
                            examples = "schedule")
                    String trigger,
            @Schema(
                            description =
                                    "What the import said about its outcome; for a rejected or failed import, why nothing was published "
                                            + "(for example the dimension and the values without a mapping). Null when it said nothing.",
                            nullable = true,
                            examples =
                                    "inputs unchanged since release 2026-11-24; nothing published")
                    String message) {}

    @GET
    @Operation(
            operationId = "getStatus",
            summary = "Service status",
            description =
                    "When the last import ran, whether it published, which release is current, and when the next import is due.")
    @APIResponse(responseCode = "200", description = "The status.")
    public Status status() {
        ReleaseRef current = releases.current().map(ReleaseRef::of).orElse(null);
        LastImport last =
                runs.latestFinished()
                        .map(
                                r ->
                                        new LastImport(
                                                r.startedAt(),
                                                r.finishedAt(),
                                                r.status(),
                                                "published".equals(r.status()),
                                                r.trigger(),
                                                r.report() == null ? null : r.report().message()))
                        .orElse(null);
        Trigger job = scheduler.getScheduledJob(NightlyImport.JOB);
        Instant next = job == null ? null : job.getNextFireTime();
        return new Status(
                current, last, next == null ? null : next.atOffset(ZoneOffset.UTC), config.cron());
    }
}

package org.opendetainers;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * Entry point of the packaged application.
 *
 * <pre>
 * java -jar quarkus-run.jar                          serve the API (default)
 * java -jar quarkus-run.jar import [--source DIR] [--allow-shrink]
 *                                                    run one import, print its report, exit
 *                                                    0 (published or unchanged) or 1 (not);
 *                                                    --allow-shrink: publish even a release that
 *                                                    loses more than max-drop-share of the records
 * java -jar quarkus-run.jar generate-records --rows N --seed S --out FILE
 *                                                    write a synthetic extract (no database)
 * java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar
 *                                                    start without a database, end, and leave the
 *                                                    AppCDS archive (src/main/docker/Dockerfile.jvm)
 * </pre>
 */
@QuarkusMain
public class OpenDetainersMain {

    /**
     * The system property that marks a start made for an AppCDS archive (Quarkus's own, as its
     * AppCDS build sets it).
     */
    static final String GENERATE_CLASS_ARCHIVE = "quarkus.appcds.generate";

    public static void main(String... args) throws IOException {
        if (Boolean.getBoolean(GENERATE_CLASS_ARCHIVE)) {
            // The start that makes the AppCDS archive (the image build, with no database): the
            // whole
            // start-up runs as in production, with the database unreachable and nothing that needs
            // it (no migration, no start-up import, no schedule, no backfill); ClassArchiveStart
            // ends
            // it once started, and the JVM then writes the classes it loaded to the archive named
            // by
            // -XX:ArchiveClassesAtExit. (System properties win over the environment's settings.)
            System.setProperty(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/unreachable");
            System.setProperty("quarkus.flyway.migrate-at-start", "false");
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("opendetainers.import.load-on-empty-start", "false");
            System.setProperty("opendetainers.import.cron", "off");
            System.setProperty(
                    "quarkus.log.category.\"org.hibernate\".level",
                    "ERROR"); // "no database": expected here
        }
        if (args.length > 0 && args[0].equals("generate-records")) {
            SyntheticExtractGenerator.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("import")) {
            // a one-shot job: no HTTP port to collide with the service, no schedule, no start-up
            // import
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("opendetainers.import.cron", "off");
            System.setProperty("opendetainers.import.load-on-empty-start", "false");
            // the report is printed once, on standard output
            System.setProperty("quarkus.banner.enabled", "false");
            System.setProperty(
                    "quarkus.log.category.\"org.opendetainers.importer.ImportService\".level",
                    "OFF");
        }
        Quarkus.run(Command.class, args);
    }

    /** Serves, or runs the command given. */
    public static class Command implements QuarkusApplication {

        @Inject ImportService imports;

        @Override
        public int run(String... args) {
            if (args.length == 0) {
                Quarkus.waitForExit();
                return 0;
            }
            if (!args[0].equals("import")) {
                System.err.println(
                        "unknown command '"
                                + args[0]
                                + "'; commands: import [--source DIR] [--allow-shrink], generate-records");
                return 2;
            }
            Path source = null;
            boolean allowShrink = false;
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--source") && i + 1 < args.length) {
                    source = Path.of(args[++i]);
                } else if (args[i].equals("--allow-shrink")) {
                    allowShrink = true;
                } else {
                    System.err.println(
                            "unknown argument '"
                                    + args[i]
                                    + "'; usage: import [--source DIR] [--allow-shrink]");
                    return 2;
                }
            }
            ImportReport report =
                    source == null
                            ? imports.start("command", allowShrink).task().get()
                            : imports.run(source, "command", allowShrink);
            System.out.println(report.summary());
            return report.succeeded() ? 0 : 1;
        }
    }
}

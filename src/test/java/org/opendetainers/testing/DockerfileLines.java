package org.opendetainers.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of {@code src/main/docker/Dockerfile.jvm} that the tests read: the {@code RUN} line
 * that makes the AppCDS archive and the {@code ENTRYPOINT} (exec form), read one way for the rule
 * that checks the file and for the test that runs them.
 */
public final class DockerfileLines {

    public static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    private static final Pattern ARCHIVE_RUN =
            Pattern.compile("(?m)^RUN (java .*-XX:ArchiveClassesAtExit=\\S+.*)$");
    private static final Pattern ARCHIVE_PATH = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+)");
    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT\\s+(\\[.*])\\s*$");

    private DockerfileLines() {}

    /**
     * The command of the RUN line that makes the archive, split at spaces, with where it starts in
     * the file.
     */
    public record ArchiveRun(List<String> command, String archive, int offset) {}

    public static Optional<ArchiveRun> archiveRun(String dockerfile) {
        Matcher m = ARCHIVE_RUN.matcher(dockerfile);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher path = ARCHIVE_PATH.matcher(m.group(1));
        path.find();
        return Optional.of(
                new ArchiveRun(
                        Arrays.asList(m.group(1).trim().split("\\s+")), path.group(1), m.start()));
    }

    /**
     * The arguments of the ENTRYPOINT in exec form; empty when there is none or it is not a JSON
     * array.
     */
    public static Optional<List<String>> entryPoint(String dockerfile) {
        Matcher m = ENTRYPOINT.matcher(dockerfile);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new ObjectMapper().readValue(m.group(1), new TypeReference<List<String>>() {}));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}

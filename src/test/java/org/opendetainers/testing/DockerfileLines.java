package org.opendetainers.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of {@code src/main/docker/Dockerfile.jvm} that the tests read: its stages, the {@code
 * RUN} line that trains the JVM's ahead-of-time cache ({@code aot-train CACHE}), the {@code
 * JDK_JAVA_OPTIONS} that the training and the entry point share, and the {@code ENTRYPOINT} (exec
 * form), read one way for the rule that checks the file and for the test that runs them.
 */
public final class DockerfileLines {

    public static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    /** The script that the RUN line runs, in the repository. */
    public static final Path TRAINING_SCRIPT = Path.of("src/main/docker/aot-train");

    private static final Pattern FROM =
            Pattern.compile("(?im)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    private static final Pattern TRAINING_RUN =
            Pattern.compile("(?m)^RUN\\s+aot-train\\s+(\\S+)\\s*$");
    private static final Pattern JDK_JAVA_OPTIONS =
            Pattern.compile("(?m)^ENV\\s+JDK_JAVA_OPTIONS=\"([^\"]*)\"\\s*$");
    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT\\s+(\\[.*])\\s*$");

    private DockerfileLines() {}

    /**
     * One stage: its base image, its name (or empty), and its text from its FROM to the next FROM.
     */
    public record Stage(String image, String name, String text) {}

    public static List<Stage> stages(String dockerfile) {
        List<Stage> stages = new ArrayList<>();
        Matcher m = FROM.matcher(dockerfile);
        int start = -1;
        String image = null;
        String name = null;
        while (m.find()) {
            if (start >= 0) {
                stages.add(new Stage(image, name, dockerfile.substring(start, m.start())));
            }
            start = m.start();
            image = m.group(1);
            name = m.group(2) == null ? "" : m.group(2);
        }
        if (start >= 0) {
            stages.add(new Stage(image, name, dockerfile.substring(start)));
        }
        return stages;
    }

    /** The RUN line that trains the cache: the cache's path, and where the line starts. */
    public record TrainingRun(String cache, int offset) {}

    public static Optional<TrainingRun> trainingRun(String text) {
        Matcher m = TRAINING_RUN.matcher(text);
        return m.find() ? Optional.of(new TrainingRun(m.group(1), m.start())) : Optional.empty();
    }

    /** The last {@code ENV JDK_JAVA_OPTIONS="..."} of a text (a stage), split at spaces. */
    public static List<String> jdkJavaOptions(String text) {
        Matcher m = JDK_JAVA_OPTIONS.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null || last.isBlank() ? List.of() : List.of(last.trim().split("\\s+"));
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

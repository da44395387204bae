package org.opendetainers.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the repository points outside it: no file of {@code src}, {@code docs}, {@code bin},
 * {@code data-seed}, {@code k8s} or the top-level files names a folder of the machine it was
 * written on (an absolute path under {@code /work}, {@code /home} or {@code /Users}) or a document
 * beside the clone ({@code ../shared}, {@code shared/docs/}), and no relative link of the Markdown
 * files leaves the repository. A clone is all a reader has.
 */
@Tag("unit")
class InsideTheRepositoryTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final List<String> SCANNED =
            List.of(
                    "src",
                    "docs",
                    "bin",
                    "data-seed",
                    "k8s",
                    ".ci",
                    "README.md",
                    "pom.xml",
                    "package.json");

    /** This file, which names what it looks for. */
    static final Path SELF =
            ROOT.resolve(
                    "src/test/java/org/opendetainers/architecture/InsideTheRepositoryTest.java");

    static final Pattern OUTSIDE =
            Pattern.compile(
                    "(?<![\\w.$-])/(?:work|home|Users)/[\\w.-]|\\.\\./shared\\b|(?<![\\w/-])shared/docs/");
    static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void noFilePointsOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files()) {
            String text = file.equals(SELF) ? null : read(file);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = OUTSIDE.matcher(lines[i]);
                if (m.find()) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                }
                if (file.toString().endsWith(".md")) {
                    Matcher link = MARKDOWN_LINK.matcher(lines[i]);
                    while (link.find()) {
                        String target = link.group(1).replaceFirst("#.*$", "");
                        if (!target.isEmpty()
                                && !target.matches("^[a-z]+:.*")
                                && !file.getParent().resolve(target).normalize().startsWith(ROOT)) {
                            found.add(
                                    ROOT.relativize(file)
                                            + ":"
                                            + (i + 1)
                                            + ": link out of the repository: "
                                            + link.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(
                found.isEmpty(),
                "these point outside the repository; describe what they need in docs/ instead:\n"
                        + String.join("\n", found));
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        for (String outside :
                List.of(
                        "see /work/main/docs/x.md",
                        "`../shared/docs/X.md`",
                        "(shared/docs/ICE.md)",
                        "/home/dev/.m2",
                        "[a](../../shared/x)")) {
            assertTrue(OUTSIDE.matcher(outside).find(), outside);
        }
        for (String inside :
                List.of(
                        "docs/ice-file-layouts.md",
                        "src/main/java/x/Y.java",
                        "k8s/base/work/x",
                        "https://example.org/work/x",
                        "$HOME/work/x",
                        "/tmp/x")) {
            assertEquals(false, OUTSIDE.matcher(inside).find(), inside);
        }
    }

    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : SCANNED) {
            Path p = ROOT.resolve(name);
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(
                                    f ->
                                            !f.toString().endsWith(".gz")
                                                    && !f.toString().endsWith(".xlsx")
                                                    && !f.toString().endsWith(".png"))
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (MalformedInputException notText) {
            return null;
        }
    }
}

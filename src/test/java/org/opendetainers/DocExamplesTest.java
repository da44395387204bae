package org.opendetainers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import org.junit.jupiter.api.Test;
import org.opendetainers.api.HttpDate;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.testing.SourceDirs;

/**
 * The examples of README.md and docs/*.md are real answers: each marked block ({@link ExampleFile})
 * is replayed against the running application, on a fresh test database with the seed imported, and
 * must match what is written, ids and fields included. With {@code
 * -Dopendetainers.docs.update=true} ({@code bin/update-doc-examples}) the blocks are rewritten
 * instead.
 *
 * <p>The only values allowed to differ are those of the moment the seed was imported: its
 * publication time, with the forms derived from it (the date in a citation, {@code Last-Modified}),
 * mapped to the one recorded in each file's {@code <!-- examples: release ... -->} line. The
 * release id may not differ: the first release of a database is named after the newest date its
 * data states, so a fresh clone answers the docs' {@code ?release=} links. Examples are chosen so
 * that nothing else depends on the day.
 *
 * <p>Runs before the other {@code @QuarkusTest}s (Quarkus orders test classes by name, and this one
 * is in the top package), so the seed's release is the only one; the test checks that. Also checks
 * that every relative link of these files points to a file that exists.
 */
@QuarkusTest
class DocExamplesTest {

    static final boolean UPDATE = Boolean.getBoolean("opendetainers.docs.update");

    /** Headers that change with every answer or every server, never shown. */
    static final Set<String> VOLATILE_HEADERS = Set.of("date", "x-request-id");

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void examplesAnswerWhatTheDocsShow() throws Exception {
        JsonNode current =
                JSON.readTree(given().get("/v1/status").asByteArray()).path("current_release");
        String release = current.path("id").asText();
        String publishedAt = current.path("published_at").asText();
        assertTrue(!release.isEmpty(), "the seed is imported at start-up");
        int releases = JSON.readTree(given().get("/v1/releases").asByteArray()).path("data").size();
        assertTrue(
                releases == 1,
                "the examples are the answers of a fresh database, with the seed's release only; "
                        + "found "
                        + releases
                        + " releases: did another test run first?");
        assertEquals(
                new CuratedDataReader(LocalDate.now(ZoneOffset.UTC))
                        .read(SourceDirs.SEED)
                        .newestSourceDate()
                        .toString(),
                release,
                "the first release of a database is named after the newest date its data states, the same on every clone");
        Scope scope = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, scope);
        List<String> drift = new ArrayList<>();
        int examples = 0;
        for (Path path : files()) {
            ExampleFile file = new ExampleFile(path);
            if (file.blocks.isEmpty()) {
                continue;
            }
            examples += file.blocks.size();
            if (UPDATE) {
                file.rewrite(
                        b ->
                                ExampleFile.render(
                                        b.command(), run(DocExample.parse(b.command()), scope)),
                        release,
                        publishedAt);
                continue;
            }
            if (file.release == null || !file.release.equals(release)) {
                drift.add(
                        path
                                + ": its <!-- examples: release ... --> line names "
                                + file.release
                                + ", but a fresh clone's release is "
                                + release
                                + "; run bin/update-doc-examples");
                continue;
            }
            for (ExampleFile.Block b : file.blocks) {
                String live =
                        ExampleFile.render(b.command(), run(DocExample.parse(b.command()), scope));
                String expected =
                        live.replace(publishedAt, file.publishedAt)
                                .replace(httpDate(publishedAt), httpDate(file.publishedAt))
                                .replace(citationDate(publishedAt), citationDate(file.publishedAt));
                if (!expected.equals(b.generated())) {
                    drift.add(
                            path
                                    + ":"
                                    + b.line()
                                    + ": "
                                    + b.command()
                                    + "\n"
                                    + firstDifference(b.generated(), expected));
                }
            }
        }
        assertTrue(examples > 0, "no examples found");
        if (!drift.isEmpty()) {
            fail(
                    drift.size()
                            + " example(s) of the docs no longer match the service's answers"
                            + " (bin/update-doc-examples regenerates them):\n\n"
                            + String.join("\n\n", drift));
        }
    }

    @Test
    void relativeLinksOfTheDocsPointToFilesThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path path : files()) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*$", "");
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path resolved = path.toAbsolutePath().getParent().resolve(target).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(path + ": " + m.group(1));
                }
            }
        }
        assertTrue(broken.isEmpty(), "links to missing files:\n" + String.join("\n", broken));
    }

    static String run(DocExample e, Scope scope) {
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        e.requestHeaders().forEach(request::header);
        Response r = request.get(e.path());
        List<String> out = new ArrayList<>();
        if (e.showHeaders()) {
            out.add(r.statusLine().trim());
            for (Header h : r.getHeaders()) {
                if (!VOLATILE_HEADERS.contains(h.getName().toLowerCase(Locale.ROOT))) {
                    out.add(h.getName() + ": " + h.getValue());
                }
            }
            out.add("");
        }
        if (e.showBody()) {
            String body = new String(r.asByteArray(), StandardCharsets.UTF_8);
            if (e.jq() != null) {
                out.addAll(jq(e, body, scope));
            } else {
                // CSV lines end in CRLF; the docs show lines
                out.addAll(
                        List.of(
                                body.replace("\r\n", "\n")
                                        .replaceFirst("\n$", "")
                                        .split("\n", -1)));
            }
        }
        if (e.head() >= 0 && out.size() > e.head()) {
            out = out.subList(0, e.head());
        }
        String text = String.join("\n", out);
        return text.replaceFirst("\\s+$", "");
    }

    static List<String> jq(DocExample e, String body, Scope scope) {
        try {
            JsonNode input = JSON.readTree(body);
            List<String> out = new ArrayList<>();
            JsonQuery.compile(e.jq(), Versions.JQ_1_6)
                    .apply(
                            Scope.newChildScope(scope),
                            input,
                            node -> {
                                if (e.jqRaw() && node.isTextual()) {
                                    out.add(node.asText());
                                } else if (e.jqCompact()) {
                                    out.add(node.toString());
                                } else {
                                    StringBuilder b = new StringBuilder();
                                    pretty(node, "", b);
                                    out.add(b.toString());
                                }
                            });
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException("jq " + e.jq() + " on the answer to " + e.path(), ex);
        }
    }

    /**
     * jq's own layout: two spaces, {@code "key": value}, one member per line, {@code []} and {@code
     * {}} when empty.
     */
    static void pretty(JsonNode n, String indent, StringBuilder b) {
        String inner = indent + "  ";
        if (n.isObject() && n.size() > 0) {
            b.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                b.append(inner).append(JSON.getNodeFactory().textNode(f.getKey())).append(": ");
                pretty(f.getValue(), inner, b);
                b.append(fields.hasNext() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (n.isArray() && n.size() > 0) {
            b.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                b.append(inner);
                pretty(n.get(i), inner, b);
                b.append(i < n.size() - 1 ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else {
            b.append(n.toString());
        }
    }

    static String httpDate(String isoInstant) {
        return HttpDate.format(OffsetDateTime.parse(isoInstant));
    }

    static String citationDate(String isoInstant) {
        var day =
                OffsetDateTime.parse(isoInstant)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDate();
        return "("
                + day.getYear()
                + ", "
                + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + day.getDayOfMonth()
                + ")";
    }

    static String firstDifference(String documented, String answered) {
        String[] d = documented.split("\n", -1);
        String[] a = answered.split("\n", -1);
        for (int i = 0; i < Math.max(d.length, a.length); i++) {
            String dl = i < d.length ? d[i] : "(nothing)";
            String al = i < a.length ? a[i] : "(nothing)";
            if (!dl.equals(al)) {
                return "  line "
                        + (i + 1)
                        + " of the block\n  docs:    "
                        + dl
                        + "\n  service: "
                        + al;
            }
        }
        return "  (same lines, different line endings)";
    }
}

package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.client.ApiClient;
import org.opendetainers.client.ApiException;
import org.opendetainers.client.api.FiguresApi;
import org.opendetainers.client.api.OpenDataApi;
import org.opendetainers.client.api.StatusApi;
import org.opendetainers.client.model.Figure;
import org.opendetainers.client.model.FigureList;
import org.opendetainers.client.model.Problem;
import org.opendetainers.client.model.Status;

/**
 * The packaged jar, driven only through the Java client that the test build generates from the
 * committed spec (openapi-generator-maven-plugin, okhttp-gson): every GET operation of the spec
 * answers with its typed model (the client checks required fields, types and unknown fields as it
 * reads), paging follows the next links to the end, and errors come back as typed problems.
 */
class ClientIT {

    private static final String MODELS = "org.opendetainers.client.model";

    static ItDatabase db;
    static RunningJar server;
    static ApiClient client;

    @TempDir static Path work;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(RunningJar.JAR), "run after packaging: " + RunningJar.JAR);
        db = ItDatabase.create("client_it_", work);
        server = RunningJar.serve(db, work, "server", List.of("-Xmx256m"));
        client = new ApiClient().setBasePath("http://localhost:" + server.port);
        client.setTempFolderPath(work.toString());
        // ready when the status names a current release (the seed is published)
        StatusApi status = new StatusApi(client);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            assertTrue(server.isAlive(), () -> "the service ended:\n" + log());
            try {
                Status s = status.getStatus();
                if (s.getCurrentRelease() != null) {
                    break;
                }
            } catch (ApiException e) {
                // not listening yet
            }
            assertTrue(
                    System.nanoTime() < deadline, () -> "no release within 3 minutes:\n" + log());
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /**
     * Every GET operation of the spec, called by its operationId: path parameters from the first
     * row of the listing above (each value of an enumerated one), the others left out.
     */
    @Test
    void everyGetOperationAnswersWithItsTypedModel() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        Map<String, JsonNode> gets = new TreeMap<>();
        spec.get("paths")
                .fields()
                .forEachRemaining(
                        e -> {
                            if (e.getKey().startsWith("/v1") && e.getValue().has("get")) {
                                gets.put(e.getKey(), e.getValue().get("get"));
                            }
                        });
        Map<String, Object> firstRows = new HashMap<>();
        List<String> answered = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : gets.entrySet()) {
            String path = entry.getKey();
            JsonNode op = entry.getValue();
            List<List<Object>> variants = new ArrayList<>(List.of(List.of()));
            for (JsonNode p : op.path("parameters")) {
                if (!"path".equals(p.path("in").asText())) {
                    continue;
                }
                List<Object> values = new ArrayList<>();
                if (p.path("schema").has("enum")) {
                    p.path("schema").get("enum").forEach(v -> values.add(v.asText()));
                } else {
                    String listing = path.substring(0, path.indexOf("/{"));
                    Object row = firstRows.computeIfAbsent(listing, l -> firstRow(gets.get(l)));
                    values.add(property(row, p.get("name").asText()));
                }
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> v : variants) {
                    for (Object value : values) {
                        List<Object> args = new ArrayList<>(v);
                        args.add(value);
                        next.add(args);
                    }
                }
                variants = next;
            }
            for (List<Object> args : variants) {
                String call = op.get("operationId").asText() + args;
                Object answer = call(op, args);
                assertNotNull(answer, call);
                if (answer instanceof File file) {
                    assertTrue(file.length() > 0, call + ": an empty file");
                } else {
                    assertEquals(
                            MODELS,
                            answer.getClass().getPackageName(),
                            call + ": answered " + answer.getClass());
                }
                answered.add(call + " -> " + answer.getClass().getSimpleName());
            }
        }
        System.out.println(
                "ClientIT: "
                        + gets.size()
                        + " GET operations answered through the generated Java client:\n  "
                        + String.join("\n  ", answered));
        assertTrue(gets.size() >= 23, gets.keySet().toString());
    }

    @Test
    void pagingFiguresByFiveGivesTheSameFiguresAsOnePageOfAThousand() throws Exception {
        FiguresApi figures = new FiguresApi(client);
        FigureList all =
                figures.listFigures(
                        null, null, null, null, null, 1000, null, null, null, null, null);
        assertNull(all.getPage().getNext(), "one page of 1000 holds every figure of the seed");
        List<String> expected = all.getData().stream().map(Figure::getId).toList();
        assertTrue(expected.size() > 10, "the seed has figures: " + expected.size());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        String release = null;
        int pages = 0;
        while (true) {
            FigureList page =
                    figures.listFigures(
                            null, cursor, null, null, null, 5, null, release, null, null, null);
            pages++;
            assertTrue(page.getData().size() <= 5, "page " + pages);
            assertEquals(5, page.getPage().getLimit().intValue());
            for (Figure f : page.getData()) {
                assertInstanceOf(LocalDate.class, f.getPeriodStart());
                assertNotNull(f.getSourceId(), f.getId());
                paged.add(f.getId());
            }
            String next = page.getPage().getNext();
            if (next == null) {
                break;
            }
            // a client copies the cursor (and the release it pins) from the next link
            Map<String, String> query = query(next);
            cursor = query.get("cursor");
            release = query.get("release");
            assertEquals(all.getRelease().getId(), release, "the next link pins the release");
        }
        assertEquals(expected, paged);
        assertEquals((expected.size() + 4) / 5, pages);
    }

    @Test
    void aBadParameterIsATypedProblemNamingIt() throws Exception {
        FiguresApi figures = new FiguresApi(client);
        Problem unknownJurisdiction =
                problem(
                        400,
                        () ->
                                figures.listFigures(
                                        null,
                                        null,
                                        null,
                                        null,
                                        "atlantis",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null));
        assertEquals("urn:opendetainers:problem:invalid-parameter", unknownJurisdiction.getType());
        assertEquals("Invalid parameter", unknownJurisdiction.getTitle());
        assertEquals("jurisdiction", unknownJurisdiction.getParameter());
        assertTrue(
                unknownJurisdiction.getDetail().contains("'atlantis' is not one of"),
                unknownJurisdiction.getDetail());

        Problem limit =
                problem(
                        400,
                        () ->
                                figures.listFigures(
                                        null, null, null, null, null, 5000, null, null, null, null,
                                        null));
        assertEquals("limit", limit.getParameter());
        assertTrue(limit.getDetail().contains("between 1 and 1000"), limit.getDetail());

        Problem range =
                problem(
                        400,
                        () ->
                                figures.listFigures(
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2018, 1, 1),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2017, 1, 1),
                                        null));
        assertEquals("to", range.getParameter());
    }

    @Test
    void anUnknownReleaseIsATypedNotFoundProblemOnListingsAndCatalogs() throws Exception {
        FiguresApi figures = new FiguresApi(client);
        OpenDataApi openData = new OpenDataApi(client);
        List<Executable> reads =
                List.of(
                        () ->
                                figures.listFigures(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "1999-01-01",
                                        null,
                                        null,
                                        null),
                        () -> openData.listDatasets(null, null, null, "1999-01-01", null),
                        () -> openData.getDataPackage("1999-01-01", null),
                        () -> openData.getDcatCatalog("1999-01-01", null));
        for (Executable read : reads) {
            Problem p = problem(404, read);
            assertEquals("urn:opendetainers:problem:not-found", p.getType());
            assertEquals(404, p.getStatus().intValue());
            assertTrue(p.getDetail().contains("1999-01-01"), p.getDetail());
        }
    }

    /**
     * The call fails with this status and a problem+json body that the client's Problem model
     * reads.
     */
    private static Problem problem(int status, Executable call) throws IOException {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(status, e.getCode(), e.getResponseBody());
        assertTrue(
                e.getResponseHeaders()
                        .get("content-type")
                        .get(0)
                        .startsWith("application/problem+json"));
        Problem p = Problem.fromJson(e.getResponseBody());
        assertEquals(status, p.getStatus().intValue());
        assertNotNull(p.getInstance());
        return p;
    }

    private static Object firstRow(JsonNode listing) {
        Object page = call(listing, List.of());
        Object data = property(page, "data");
        assertFalse(((List<?>) data).isEmpty(), listing.get("operationId").asText());
        return ((List<?>) data).get(0);
    }

    /**
     * Calls the client method of an operation: the given path parameters first, null for the rest.
     */
    private static Object call(JsonNode op, List<Object> pathArgs) {
        String tag = op.get("tags").get(0).asText();
        String api =
                "org.opendetainers.client.api."
                        + Arrays.stream(tag.split("[^A-Za-z0-9]+"))
                                // the generator's camel case: "ICE counts" -> IceCountsApi
                                .map(
                                        w ->
                                                Character.toUpperCase(w.charAt(0))
                                                        + w.substring(1).toLowerCase(Locale.ROOT))
                                .reduce("", String::concat)
                        + "Api";
        String name = op.get("operationId").asText();
        try {
            Object instance =
                    Class.forName(api).getConstructor(ApiClient.class).newInstance(client);
            Method method =
                    Arrays.stream(instance.getClass().getMethods())
                            .filter(m -> m.getName().equals(name))
                            .findFirst()
                            .orElseThrow(
                                    () -> new AssertionError("no method " + name + " in " + api));
            Object[] args = new Object[method.getParameterCount()];
            for (int i = 0; i < pathArgs.size(); i++) {
                args[i] = pathArgs.get(i);
            }
            return method.invoke(instance, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String body =
                    cause instanceof ApiException a
                            ? " " + a.getCode() + " " + a.getResponseBody()
                            : "";
            throw new AssertionError(name + pathArgs + " failed: " + cause + body, cause);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(api + "." + name, e);
        }
    }

    /** A model's property by its JSON name (snake_case), through its getter. */
    private static Object property(Object model, String jsonName) {
        StringBuilder getter = new StringBuilder("get");
        for (String part : jsonName.split("_")) {
            getter.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        try {
            return model.getClass().getMethod(getter.toString()).invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(model.getClass() + " has no " + getter, e);
        }
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new HashMap<>();
        for (Iterator<String> it =
                        Arrays.asList(URI.create(url).getRawQuery().split("&")).iterator();
                it.hasNext(); ) {
            String[] kv = it.next().split("=", 2);
            params.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String log() {
        try {
            String text = Files.readString(work.resolve("server.log"));
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return e.toString();
        }
    }
}

package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.SourceDirs;

/**
 * A detainer-stats table of 1,000,000 rows is written into its open-data files and downloaded (CSV,
 * JSON, gzipped CSV, and a range from the middle) by the packaged application running with a heap
 * smaller than the files, so neither side may hold a whole file in memory: the start-up backfill
 * writes the files of a release added with SQL, then the downloads stream them. The JVM runs with
 * -XX:+ExitOnOutOfMemoryError, so any buffering of a file would end the process. While downloading,
 * the heap in use is sampled every 200 ms from /q/metrics and summarized in the test's output. Runs
 * after packaging (failsafe), against the PG* variables' server when set, else an embedded
 * PostgreSQL.
 */
class DatasetDownloadIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /**
     * Smaller than the CSV and the JSON file; the smallest heap with no full GC while writing and
     * serving them.
     */
    private static final int HEAP_MB = 64;

    private static final String RELEASE = "2099-01-01";
    private static final String TABLE = "month__facility";
    private static final String DATASET = "detainer-stats-" + TABLE;
    private static final int MONTHS = 1_000;
    private static final int FACILITIES = 1_000;
    private static final long ROWS = (long) MONTHS * FACILITIES;
    private static final Pattern PUBLISHED =
            Pattern.compile(
                    "release "
                            + RELEASE
                            + ": (\\d+) data sets, (\\d+) bytes of files, in (\\d+) ms");

    static ItDatabase db;
    static String url;
    static String user;
    static String password;
    static Process server;

    @TempDir static Path work;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void database() throws Exception {
        db = ItDatabase.create("download_it_", work);
        url = db.url();
        user = db.user();
        password = db.password();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aMillionRowTableDownloadsWithTheHeapFlat() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after packaging: " + JAR);
        long t0 = System.nanoTime();

        // 1. migrate and publish a first release: the seed's curated files (figures, policies,
        // sources), imported on an empty database; its statistics would only add the protection
        // of 20,000 records to the test's time (the large table is added with SQL below)
        Path curated = SourceDirs.copySeedCuratedOnly(work.resolve("curated"));
        int port = freePort();
        server =
                start(
                        port,
                        List.of("-Xmx256m", "-Dopendetainers.import.source=" + curated),
                        "seed");
        waitFor(port, "/q/health/ready", Duration.ofMinutes(3));
        assertTrue(exists("select 1 from current_release"), "the first release is published");
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the first run stops");
        long t1 = System.nanoTime();

        // 2. a release with a 1,000,000-row table and no files yet
        execute(
                """
                insert into release (id, seq, published_at, input_checksum, source_checksums, row_counts, changes, disclosure)
                select '%1$s', max(seq) + 1, now(), 'it-large', '{}', '{}', '{}', '{}' from release;
                insert into stat_table (release_id, id, granularity, dimensions) values ('%1$s', '%2$s', 'month', '{facility}');
                insert into detainer_stat (release_id, table_id, period_start, period_end, facility, count, suppressed, synthetic)
                select '%1$s', '%2$s', p, (p + interval '1 month - 1 day')::date, 'COUNTY DETENTION FACILITY ' || lpad(f::text, 4, '0'),
                       case when (m + f) %% 7 = 0 then null else 11 + (m * 31 + f) %% 5000 end, (m + f) %% 7 = 0, true
                from generate_series(0, %3$d) m cross join lateral (select make_date(1950 + m / 12, 1 + m %% 12, 1) p) d,
                     generate_series(0, %4$d) f;
                """
                        .formatted(RELEASE, TABLE, MONTHS - 1, FACILITIES - 1));
        assertEquals(
                ROWS,
                count("select count(*) from detainer_stat where release_id = '" + RELEASE + "'"));
        long t2 = System.nanoTime();

        // 3. a small heap: the start-up backfill writes the new release's files, streaming
        Path gcLog = work.resolve("gc.log");
        port = freePort();
        server =
                start(
                        port,
                        List.of(
                                "-Xmx" + HEAP_MB + "m",
                                "-XX:+ExitOnOutOfMemoryError",
                                "-Xlog:gc:file=" + gcLog),
                        "small-heap");
        Heap heap = new Heap(port);
        String describe = "/v1/datasets/" + DATASET + "?release=" + RELEASE;
        waitFor(port, describe, Duration.ofMinutes(5));
        long t3 = System.nanoTime();
        Matcher published = PUBLISHED.matcher(Files.readString(work.resolve("small-heap.log")));
        assertTrue(published.find(), "the backfill logged the files it wrote");

        JsonNode dataset = json.readTree(get(port, describe).body());
        assertEquals(ROWS, dataset.get("row_count").asLong());
        Map<String, JsonNode> files = new HashMap<>();
        dataset.get("files").forEach(f -> files.put(f.get("format").asText(), f));
        for (String format : List.of("csv", "json")) {
            assertTrue(
                    files.get(format).get("byte_size").asLong() > HEAP_MB * 1024L * 1024L,
                    "the "
                            + format
                            + " file is larger than the whole heap, so it cannot be held in memory");
        }

        // 4. the downloads, each streamed into digests, with the heap sampled meanwhile
        heap.downloading = true;
        Download csv = download(port, "csv", files.get("csv"), false);
        Download js = download(port, "json", files.get("json"), false);
        Download gz = download(port, "csv.gz", files.get("csv.gz"), true);
        assertEquals(ROWS + 1, csv.lines, "a header and a line per row (CRLF)");
        assertEquals(csv.sha256, gz.gunzippedSha256, "the gzipped CSV holds the CSV");
        assertTrue(js.firstBytes.startsWith("[\n{"), "a JSON array, one object per line");
        for (String format : List.of("csv", "json", "csv.gz")) {
            Download full =
                    switch (format) {
                        case "csv" -> csv;
                        case "json" -> js;
                        default -> gz;
                    };
            range(port, format, full);
        }
        heap.stop();
        long t4 = System.nanoTime();

        assertTrue(server.isAlive(), "the service is still running (no OutOfMemoryError)");
        List<Long> samples = heap.samples();
        assertTrue(samples.size() >= 3, "heap samples taken while downloading: " + samples.size());
        // what proves the streaming is above: files larger than the heap, served whole by a process
        // that
        // exits on OutOfMemoryError and is still alive; the samples are reported, not asserted
        long peak = Collections.max(samples);

        System.out.printf(
                """
                        DatasetDownloadIT: %,d rows, -Xmx%dm
                          files written by the backfill: %s data sets, %s bytes, in %s ms
                          %s
                          %s
                          %s
                          heap used while downloading (%d samples, every 200 ms, /q/metrics): min %.1f MB, median %.1f MB, max %.1f MB
                          heap samples before the downloads (/q/metrics answers only after the start-up backfill): %d%s
                          GC log of the whole run (start, backfill, downloads): %s
                          peak RSS of the service (VmHWM): %s
                          phases: first start (curated files) %.1f s, SQL %.1f s, start + backfill %.1f s, downloads %.1f s; total %.1f s
                        """,
                ROWS,
                HEAP_MB,
                published.group(1),
                published.group(2),
                published.group(3),
                csv,
                js,
                gz,
                samples.size(),
                mb(Collections.min(samples)),
                mb(median(samples)),
                mb(peak),
                heap.startupSamples.size(),
                heap.startupSamples.isEmpty()
                        ? ""
                        : String.format(" (max %.1f MB)", mb(Collections.max(heap.startupSamples))),
                gcSummary(gcLog),
                peakRss(server.pid()),
                seconds(t1 - t0),
                seconds(t2 - t1),
                seconds(t3 - t2),
                seconds(t4 - t3),
                seconds(t4 - t0));

        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the service stops");
    }

    /**
     * What one download streamed: its size, SHA-256, lines (CRLF), and, for a gzip file, the
     * SHA-256 of its content.
     */
    private record Download(
            String format,
            long size,
            String sha256,
            long lines,
            String gunzippedSha256,
            long tailFrom,
            String tailSha256,
            String firstBytes,
            double seconds) {
        @Override
        public String toString() {
            return String.format(
                    "%-6s %,13d bytes in %5.2f s (%6.1f MB/s) sha256 %s",
                    format, size, seconds, size / 1e6 / seconds, sha256);
        }
    }

    private Download download(int port, String format, JsonNode listed, boolean gunzip)
            throws Exception {
        long expected = listed.get("byte_size").asLong();
        long tailFrom = expected / 2;
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response =
                http.send(request(port, format).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), format);
        assertEquals(
                expected,
                response.headers().firstValueAsLong("Content-Length").orElse(-1),
                format + " Content-Length");
        String etag = response.headers().firstValue("ETag").orElse("");
        Observed body = new Observed(response.body(), tailFrom);
        MessageDigest content = sha256();
        try (body) {
            InputStream in =
                    gunzip
                            ? new DigestInputStream(new GZIPInputStream(body, 1 << 16), content)
                            : body;
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // observed while read
            }
            while (body.read(buffer) >= 0) {
                // whatever follows the gzip member
            }
        }
        long size = body.size;
        double seconds = seconds(System.nanoTime() - t0);
        String hex = HexFormat.of().formatHex(body.whole.digest());
        assertEquals(expected, size, format + " bytes received = byte_size listed");
        assertEquals(listed.get("sha256").asText(), hex, format + " SHA-256 = sha256 listed");
        assertEquals("\"" + hex + "\"", etag, format + " ETag");
        return new Download(
                format,
                size,
                hex,
                body.lines,
                gunzip ? HexFormat.of().formatHex(content.digest()) : null,
                tailFrom,
                HexFormat.of().formatHex(body.tail.digest()),
                body.first.toString(),
                seconds);
    }

    /**
     * A response body as it is read: its size, its SHA-256, the SHA-256 of its bytes from {@code
     * tailFrom} on, the lines it ends with CRLF, and its first bytes. Nothing kept.
     */
    private static final class Observed extends FilterInputStream {
        final MessageDigest whole = sha256();
        final MessageDigest tail = sha256();
        final StringBuilder first = new StringBuilder();
        final long tailFrom;
        long size;
        long lines;
        boolean cr;

        Observed(InputStream in, long tailFrom) throws NoSuchAlgorithmException {
            super(in);
            this.tailFrom = tailFrom;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            whole.update(b, off, n);
            if (size + n > tailFrom) {
                int skip = (int) Math.max(0, tailFrom - size);
                tail.update(b, off + skip, n - skip);
            }
            for (int i = off; i < off + n; i++) {
                if (cr && b[i] == '\n') {
                    lines++;
                }
                cr = b[i] == '\r';
            }
            for (int i = off; i < off + n && first.length() < 16; i++) {
                first.append((char) b[i]);
            }
            size += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("every byte is observed");
        }
    }

    /**
     * bytes=<size/2>- : 206 with the tail of the file, equal to the same slice of the full
     * download.
     */
    private void range(int port, String format, Download full) throws Exception {
        HttpResponse<InputStream> response =
                http.send(
                        request(port, format)
                                .header("Range", "bytes=" + full.tailFrom + "-")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(206, response.statusCode(), format + " range");
        long length = full.size - full.tailFrom;
        assertEquals(
                length,
                response.headers().firstValueAsLong("Content-Length").orElse(-1),
                format + " range Content-Length");
        assertEquals(
                "bytes " + full.tailFrom + "-" + (full.size - 1) + "/" + full.size,
                response.headers().firstValue("Content-Range").orElse(""),
                format + " Content-Range");
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        assertEquals(length, size, format + " range bytes");
        assertEquals(
                full.tailSha256,
                HexFormat.of().formatHex(digest.digest()),
                format + " range = the tail of the full download");
    }

    private static HttpRequest.Builder request(int port, String format) {
        return HttpRequest.newBuilder(
                        URI.create(
                                "http://localhost:"
                                        + port
                                        + "/v1/datasets/"
                                        + DATASET
                                        + "."
                                        + format
                                        + "?release="
                                        + RELEASE))
                .timeout(Duration.ofMinutes(5));
    }

    /**
     * Samples the heap in use (sum of jvm_memory_used_bytes{area="heap"}) every 200 ms from the
     * service's /q/metrics.
     */
    private final class Heap {
        final List<Long> startupSamples = Collections.synchronizedList(new ArrayList<>());
        final List<Long> downloadSamples = Collections.synchronizedList(new ArrayList<>());
        volatile boolean downloading;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        Heap(int port) {
            HttpRequest metrics =
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/metrics"))
                            .timeout(Duration.ofSeconds(5))
                            .build();
            timer.scheduleWithFixedDelay(
                    () -> {
                        try {
                            HttpResponse<String> r =
                                    http.send(metrics, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                return;
                            }
                            long used = 0;
                            boolean found = false;
                            for (String line : r.body().split("\n")) {
                                if (line.startsWith("jvm_memory_used_bytes{")
                                        && line.contains("area=\"heap\"")) {
                                    used +=
                                            (long)
                                                    Double.parseDouble(
                                                            line.substring(
                                                                    line.lastIndexOf(' ') + 1));
                                    found = true;
                                }
                            }
                            if (found) {
                                (downloading ? downloadSamples : startupSamples).add(used);
                            }
                        } catch (IOException | RuntimeException e) {
                            // not listening yet
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    0,
                    200,
                    TimeUnit.MILLISECONDS);
        }

        void stop() throws InterruptedException {
            timer.shutdown();
            assertTrue(timer.awaitTermination(10, TimeUnit.SECONDS));
        }

        List<Long> samples() {
            return List.copyOf(downloadSamples);
        }
    }

    private Process start(int port, List<String> jvm, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", JAR.toString()));
        // working directory: the project, whose data-seed/ is imported on an empty database
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", user);
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", password);
        return pb.start();
    }

    private HttpResponse<String> get(int port, String path)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void waitFor(int port, String path, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            assertTrue(
                    server.isAlive(),
                    () -> "the service ended while waiting for " + path + ":\n" + log());
            try {
                if (get(port, path).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertTrue(
                    System.nanoTime() < deadline,
                    () -> path + " did not answer 200 within " + timeout + ":\n" + log());
            Thread.sleep(250);
        }
    }

    private static String log() {
        try (var files = Files.list(work)) {
            StringBuilder all = new StringBuilder();
            for (Path p :
                    files.filter(p -> p.toString().endsWith(".log") && !p.endsWith("gc.log"))
                            .toList()) {
                String text = Files.readString(p);
                all.append("--- ")
                        .append(p.getFileName())
                        .append('\n')
                        .append(text, Math.max(0, text.length() - 4000), text.length());
            }
            return all.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Pauses, full collections, and the largest heap after a pause ("Pause Young (Normal) ...
     * 40M->21M(64M)") of a GC log.
     */
    private static String gcSummary(Path gcLog) throws IOException {
        String log = Files.readString(gcLog);
        Matcher m = Pattern.compile("Pause (\\S+) .*?(\\d+)M->(\\d+)M\\(\\d+M\\)").matcher(log);
        long max = -1;
        int pauses = 0;
        int full = 0;
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(3)));
            pauses++;
            if (m.group(1).equals("Full")) {
                full++;
            }
        }
        return pauses
                + " pauses, "
                + full
                + " full collections, largest heap after a pause "
                + max
                + " MB";
    }

    /** The peak resident set size of a process (Linux), or "?" elsewhere. */
    private static String peakRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(
                            l ->
                                    String.format(
                                            "%.0f MB",
                                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0))
                    .findFirst()
                    .orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean exists(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

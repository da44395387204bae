package org.opendetainers.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium, driven by its chromedriver, for each thread that asks: the test
 * thread has one, shared by all browser tests of a run, and {@link #inSecondBrowser} runs a task in
 * a second thread with a second Chromium, so that two pages load and are checked at once (a page's
 * scripts and axe-core's run are single-threaded in Chromium; the machines have two cores). Every
 * host name but localhost resolves to nothing, and the network log of each page is read, so a
 * request that leaves localhost is both refused and reported.
 */
final class Browser {

    static final Path CHROMIUM =
            Path.of(System.getProperty("opendetainers.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("opendetainers.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * Whether the browser tests write screenshots to target/screenshots/ ({@code
     * -Dopendetainers.screenshots=true}): for a person to look at the pages at both widths. Off by
     * default: a full page at 1280 and at 360 px for every page in two languages took about a third
     * of the page loop's time, and nobody reads the screenshots of a CI run.
     */
    static final boolean SCREENSHOTS = Boolean.getBoolean("opendetainers.screenshots");

    static final Dimension PHONE = new Dimension(360, 800);

    private static final ThreadLocal<ChromeDriver> DRIVER = new ThreadLocal<>();
    private static final List<ChromeDriver> STARTED = new CopyOnWriteArrayList<>();
    private static final ExecutorService SECOND =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread thread = new Thread(task, "second-browser");
                        thread.setDaemon(true);
                        return thread;
                    });
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    for (ChromeDriver started : STARTED) {
                                        try {
                                            started.quit();
                                        } catch (RuntimeException ignored) {
                                            // the JVM is ending anyway
                                        }
                                    }
                                }));
    }

    private Browser() {}

    /**
     * The browser of this thread, started on first use. Without Chromium the browser tests are
     * skipped, with the reason, on a developer's machine; in CI (CI set), where .ci/run installs
     * it, they fail instead.
     */
    static ChromeDriver get() {
        ChromeDriver driver = DRIVER.get();
        if (driver == null) {
            driver = start();
            DRIVER.set(driver);
            STARTED.add(driver);
        }
        return driver;
    }

    /**
     * Runs {@code task} in a second thread, whose {@link #get()} is a second browser (started once,
     * then kept), while the caller goes on in its own; {@link #join} waits for the result.
     */
    static <T> Future<T> inSecondBrowser(Callable<T> task) {
        return SECOND.submit(task);
    }

    /** The result of {@link #inSecondBrowser}, with a failure in it rethrown as it was thrown. */
    static <T> T join(Future<T> result) throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static ChromeDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String reason =
                    "browser tests need "
                            + CHROMIUM
                            + " and "
                            + CHROMEDRIVER
                            + " (Debian: apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                Assertions.fail(reason + "; .ci/run installs them");
            }
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-default-apps",
                "--mute-audio",
                "--lang=en-US",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }

    /** What the browser did while loading a page: console messages and requests. */
    record Activity(List<String> consoleErrors, List<String> requests, List<String> failures) {}

    /** Empties the logs, so that {@link #activity()} reports only what follows. */
    static void clearLogs() {
        get().manage().logs().get(LogType.BROWSER);
        get().manage().logs().get(LogType.PERFORMANCE);
    }

    /**
     * Console errors, every URL requested, and every request that failed or was answered 4xx/5xx,
     * since the last call.
     */
    static Activity activity() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : get().manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        List<String> requests = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (LogEntry e : get().manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(e.getMessage()).path("message");
                String method = message.path("method").asText();
                JsonNode params = message.path("params");
                switch (method) {
                    case "Network.requestWillBeSent" ->
                            requests.add(params.path("request").path("url").asText());
                    case "Network.loadingFailed" ->
                            failures.add(
                                    params.path("errorText").asText()
                                            + " ("
                                            + params.path("type").asText()
                                            + ")");
                    case "Network.responseReceived" -> {
                        int status = params.path("response").path("status").asInt();
                        if (status >= 400) {
                            failures.add(
                                    status + " " + params.path("response").path("url").asText());
                        }
                    }
                    default -> {}
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return new Activity(errors, requests, failures);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) get()).executeScript(script, args);
    }

    /** Turns script execution off or on for the next page loads (the same session). */
    static void javascript(boolean enabled) {
        get().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    static void size(Dimension d) {
        get().manage().window().setSize(d);
    }

    /**
     * A screenshot of the whole page (at most 6,000 px of it) at the window's width, into
     * target/screenshots/, when {@link #SCREENSHOTS}.
     */
    static void screenshot(String name) {
        if (!SCREENSHOTS) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Dimension before = get().manage().window().getSize();
            long height =
                    ((Number) js("return Math.min(document.documentElement.scrollHeight, 6000)"))
                            .longValue();
            get().manage()
                    .window()
                    .setSize(
                            new Dimension(
                                    before.width, (int) Math.max(height + 120, before.height)));
            File shot = get().getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            get().manage().window().setSize(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot of one element (e.g. a chart), into target/screenshots/, when {@link
     * #SCREENSHOTS}.
     */
    static void screenshot(String name, WebElement element) {
        if (!SCREENSHOTS) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = element.getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

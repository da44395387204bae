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
 * One headless Debian Chromium, driven by its chromedriver, shared by all browser tests of a run.
 * Every host name but localhost resolves to nothing, and the network log of each page is read, so a
 * request that leaves localhost is both refused and reported.
 */
final class Browser {

    static final Path CHROMIUM =
            Path.of(System.getProperty("opendetainers.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("opendetainers.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 800);

    private static ChromeDriver driver;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Browser() {}

    /**
     * The shared browser. Without Chromium the browser tests are skipped, with the reason, on a
     * developer's machine; in CI (CI set), where .ci/run installs it, they fail instead.
     */
    static synchronized ChromeDriver get() {
        if (driver != null) {
            return driver;
        }
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
        driver = new ChromeDriver(service, options);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        driver.quit();
                                    } catch (RuntimeException ignored) {
                                        // the JVM is ending anyway
                                    }
                                }));
        return driver;
    }

    /** What the browser did while loading a page: console messages and requests. */
    record Activity(List<String> consoleErrors, List<String> requests, List<String> failures) {}

    /** Empties the logs, so that {@link #activity()} reports only what follows. */
    static void clearLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /**
     * Console errors, every URL requested, and every request that failed or was answered 4xx/5xx,
     * since the last call.
     */
    static Activity activity() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        List<String> requests = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
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
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Turns script execution off or on for the next page loads (the same session). */
    static void javascript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    static void size(Dimension d) {
        driver.manage().window().setSize(d);
    }

    /** A screenshot of the whole page at the window's width, into target/screenshots/. */
    static void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Dimension before = driver.manage().window().getSize();
            long height =
                    ((Number) js("return Math.min(document.documentElement.scrollHeight, 6000)"))
                            .longValue();
            driver.manage()
                    .window()
                    .setSize(
                            new Dimension(
                                    before.width, (int) Math.max(height + 120, before.height)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of one element (e.g. a chart), into target/screenshots/. */
    static void screenshot(String name, WebElement element) {
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

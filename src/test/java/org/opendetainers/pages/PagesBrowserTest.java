package org.opendetainers.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's Chromium, headless): each page loads with no console error,
 * no failed request and no request off localhost, shows the seed's numbers, draws its charts, has
 * no axe-core violation (WCAG 2.0/2.1/2.2 A and AA rules), does not scroll sideways at 360 px, and
 * keeps its content without JavaScript. Screenshots of every page at desktop and phone widths go to
 * target/screenshots/.
 */
@QuarkusTest
@Tag("browser")
class PagesBrowserTest {

    /**
     * A page, a text it must show with or without JavaScript (in English and in Spanish), and the
     * number of charts it draws.
     */
    record PageCase(String name, String path, String text, String esText, int charts) {

        /** The same page in a language: its name (es-home), address (/es) and text. */
        PageCase in(Lang lang) {
            return lang == Lang.en
                    ? this
                    : new PageCase(lang + "-" + name, lang.path(path), esText, esText, charts);
        }
    }

    static final List<PageCase> PAGES =
            List.of(
                    new PageCase("home", "/", "1,526", "1,526", 3),
                    new PageCase("figures", "/figures?agency=nypd", "1,526", "1,526", 0),
                    new PageCase(
                            "figure",
                            "/figures/nypd-detainers-received-2017-seed004",
                            "1,526",
                            "1,526",
                            0),
                    new PageCase(
                            "policies",
                            "/policies",
                            "Local Law 58 of 2014",
                            "Local Law 58 of 2014",
                            0),
                    new PageCase(
                            "policy",
                            "/policies/nyc-ll-58-2014",
                            "Local Law 58 of 2014",
                            "Local Law 58 of 2014",
                            0),
                    new PageCase(
                            "agreements",
                            "/agreements?state=TX&in_force_on=2025-07-12",
                            "Aransas County Sheriff's Office",
                            "Aransas County Sheriff's Office",
                            0),
                    new PageCase(
                            "agreement",
                            "/agreements/tx-ellis-county-sheriffs-office-wso",
                            "2025-07-14",
                            "14 de julio de 2025",
                            0),
                    new PageCase(
                            "stats",
                            "/stats?granularity=fiscal_year&group_by=outcome",
                            "declined",
                            "declined",
                            1),
                    new PageCase("facility", "/facilities/sritaca", "729", "729", 0),
                    new PageCase("map", "/map", "None known", "Ninguna conocida", 1),
                    new PageCase(
                            "place",
                            "/places/48001",
                            "Anderson County Sheriff's Office",
                            "Anderson County Sheriff's Office",
                            1),
                    new PageCase("data", "/data", "datapackage.json", "datapackage.json", 0),
                    new PageCase(
                            "about",
                            "/about",
                            "complementary suppression",
                            "supresión complementaria",
                            0));

    /** Every page in every language. */
    static List<PageCase> pages() {
        return Arrays.stream(Lang.values())
                .flatMap(
                        lang ->
                                PAGES.stream()
                                        .filter(p -> lang == Lang.en || p.esText() != null)
                                        .map(p -> p.in(lang)))
                .toList();
    }

    static final List<String> WCAG =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TestHTTPResource("/")
    URL base;

    /** This thread's browser ({@link Browser#get}). */
    static ChromeDriver browser() {
        return Browser.get();
    }

    @BeforeEach
    void desktopWithJavaScript() {
        Browser.javascript(true);
        Browser.size(Browser.DESKTOP);
    }

    /**
     * Runs {@code check} on the English pages in this browser and, at the same time, on the Spanish
     * pages in a second one (each starting at desktop size, with scripts as {@code javascript}
     * says), and returns the problems of both.
     */
    List<String> eachLanguageAtOnce(
            boolean javascript, Function<List<PageCase>, List<String>> check) throws Exception {
        Map<Lang, List<PageCase>> byLanguage =
                pages().stream()
                        .collect(
                                Collectors.groupingBy(
                                        p -> Lang.ofPath(p.path()),
                                        () -> new EnumMap<>(Lang.class),
                                        Collectors.toList()));
        Function<List<PageCase>, List<String>> prepared =
                pages -> {
                    Browser.javascript(javascript);
                    Browser.size(Browser.DESKTOP);
                    try {
                        return check.apply(pages);
                    } finally {
                        Browser.javascript(true);
                    }
                };
        Future<List<String>> spanish =
                Browser.inSecondBrowser(() -> prepared.apply(byLanguage.get(Lang.es)));
        List<String> problems = new ArrayList<>(prepared.apply(byLanguage.get(Lang.en)));
        problems.addAll(Browser.join(spanish));
        return problems;
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Loads a page and waits until its charts have drawn (or none is expected). */
    void open(String path, int charts) {
        Browser.clearLogs();
        browser().get(url(path));
        if (charts > 0) {
            new WebDriverWait(browser(), Duration.ofSeconds(10)).until(d -> marks() >= charts);
        }
    }

    /** The number of chart canvases that hold an SVG with drawn paths. */
    long marks() {
        return ((Number)
                        Browser.js(
                                "return [...document.querySelectorAll('figure.chart .chart-canvas')]"
                                        + ".filter(c => c.querySelectorAll('svg path').length > 0).length"))
                .longValue();
    }

    /**
     * axe-core's rules about colours: the contrast of text, and links told from the text around
     * them. They took most of each page's axe run (up to 6 s of the map page's 13 s, measured rule
     * by rule), and they depend only on the colours, sizes and weights of the text: the Spanish
     * pages are the same templates with the same style sheet and other words. They run on the
     * English pages; a Spanish page whose text shows a combination of colour, background, size and
     * weight that its English page does not show fails {@link
     * #everyPageLoadsCleanlyDrawsItsChartsAndHasNoAccessibilityViolation}, so that a style met only
     * in Spanish is never left unchecked.
     */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /**
     * The text styles of the page: for each element with text of its own, its colour, the first
     * background colour behind it that is not transparent (or "image" when a background image is
     * met first), its font size and weight.
     */
    static final String TEXT_STYLES =
            "const out = new Set();"
                    + "for (const el of document.body.querySelectorAll('*')) {"
                    + "  if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;"
                    + "  const st = getComputedStyle(el);"
                    + "  if (st.display === 'none' || st.visibility === 'hidden') continue;"
                    + "  let bg = 'none';"
                    + "  for (let e = el; e; e = e.parentElement) {"
                    + "    const s = getComputedStyle(e);"
                    + "    if (s.backgroundImage !== 'none') { bg = 'image'; break; }"
                    + "    if (!/rgba\\(.*, 0\\)$/.test(s.backgroundColor) && s.backgroundColor !== 'transparent') { bg = s.backgroundColor; break; }"
                    + "  }"
                    + "  out.add([st.color, bg, st.fontSize, st.fontWeight, st.opacity].join(' | '));"
                    + "}"
                    + "return [...out];";

    /** The text styles of each page, by page name ({@link #TEXT_STYLES}). */
    final Map<String, Set<String>> textStyles = new ConcurrentHashMap<>();

    @Test
    void everyPageLoadsCleanlyDrawsItsChartsAndHasNoAccessibilityViolation() throws Exception {
        List<String> problems = eachLanguageAtOnce(true, this::loadCleanly);
        for (PageCase page : PAGES) {
            Set<String> english = textStyles.get(page.name());
            Set<String> spanish = new TreeSet<>(textStyles.get(page.in(Lang.es).name()));
            spanish.removeAll(english);
            if (!spanish.isEmpty()) {
                problems.add(
                        page.in(Lang.es).name()
                                + ": text styles its English page does not have, so "
                                + COLOUR_RULES
                                + " did not check them: "
                                + spanish);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Each page loads with no console error, failed request or request off localhost, shows its
     * text, draws its charts, has no axe-core violation and does not scroll sideways at 360 px;
     * screenshots at both widths. Returns the problems found.
     */
    List<String> loadCleanly(List<PageCase> pages) {
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (PageCase page : pages) {
            long started = System.nanoTime();
            open(page.path(), page.charts());
            Browser.Activity activity = Browser.activity();
            if (!activity.consoleErrors().isEmpty()) {
                problems.add(page.name() + ": console errors " + activity.consoleErrors());
            }
            if (!activity.failures().isEmpty()) {
                problems.add(page.name() + ": failed requests " + activity.failures());
            }
            // data: URLs (e.g. the date picker's icon) are not requests to a host
            List<String> offHost =
                    activity.requests().stream()
                            .filter(u -> !u.startsWith(url("/")) && !u.startsWith("data:"))
                            .toList();
            if (!offHost.isEmpty()) {
                problems.add(page.name() + ": requests off localhost " + offHost);
            }
            if (activity.requests().isEmpty()) {
                problems.add(
                        page.name()
                                + ": the network log recorded no request (cannot check the hosts)");
            }
            String text = browser().findElement(By.tagName("main")).getText();
            if (!text.contains(page.text())) {
                problems.add(page.name() + ": does not show '" + page.text() + "'");
            }
            if (marks() != page.charts()) {
                problems.add(
                        page.name() + ": " + marks() + " charts drawn, expected " + page.charts());
            }
            assertEquals(
                    Lang.ofPath(page.path()).name(),
                    browser().findElement(By.tagName("html")).getAttribute("lang"),
                    page.name());
            assertTrue(browser().getTitle().endsWith("· OpenDetainers"), browser().getTitle());
            assertTrue(
                    browser()
                            .findElement(By.cssSelector(".release-bar .permalink"))
                            .getAttribute("href")
                            .contains("release="),
                    page.name() + ": permalink pinned to the release");

            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            long axeStarted = System.nanoTime();
            Lang lang = Lang.ofPath(page.path());
            @SuppressWarnings("unchecked")
            List<String> styles = (List<String>) Browser.js(TEXT_STYLES);
            textStyles.put(page.name(), new TreeSet<>(styles));
            Results axe = axe(lang);
            long axeMillis = (System.nanoTime() - axeStarted) / 1_000_000;
            // an axe run that errors (e.g. its script timing out on a large page) reports no
            // violation and no rule passed: that is no check at all
            if (axe.isErrored() || axe.getPasses().isEmpty()) {
                problems.add(
                        page.name()
                                + ": axe did not run ("
                                + axe.getErrorMessage()
                                + "; "
                                + axe.getPasses().size()
                                + " rules passed)");
            }
            report.append(page.name())
                    .append(": axe ")
                    .append(axe.getViolations().size())
                    .append(" violations, ")
                    .append(axe.getPasses().size())
                    .append(" rules passed (page loaded and checked in ")
                    .append(loadMillis)
                    .append(" ms, axe ")
                    .append(axeMillis)
                    .append(" ms)\n");
            for (Rule v : axe.getViolations()) {
                problems.add(
                        page.name()
                                + ": axe "
                                + v.getId()
                                + " ("
                                + v.getImpact()
                                + "): "
                                + v.getHelp()
                                + " at "
                                + v.getNodes().stream()
                                        .map(n -> n.getTarget().toString())
                                        .collect(Collectors.joining(", ")));
            }
            Browser.screenshot(page.name() + "-desktop");

            Browser.size(Browser.PHONE);
            open(page.path(), page.charts());
            long overflow =
                    ((Number)
                                    Browser.js(
                                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .longValue();
            if (overflow > 0) {
                problems.add(page.name() + ": scrolls sideways by " + overflow + " px at 360 px");
            }
            Browser.screenshot(page.name() + "-phone");
            Browser.size(Browser.DESKTOP);
        }
        System.out.print(report);
        return problems;
    }

    /**
     * axe-core's WCAG A and AA rules on the page in the browser, less {@link #COLOUR_RULES} on a
     * page that is not in English. In legacy mode: axe.run in the page itself. The default of
     * axe-core's Selenium binding runs the rules frame by frame and then opens a blank window,
     * injects axe-core (550 KB) into it a second time and sends it the results in chunks to finish
     * the run, once per page; the pages have no frames, so both give the same rules and results,
     * and the blank window was a good part of each page's time.
     */
    static Results axe(Lang lang) {
        AxeBuilder axe =
                new AxeBuilder()
                        .withTags(WCAG)
                        .setLegacyMode(true)
                        .disableIframeTesting()
                        .setTimeout(120);
        if (lang != Lang.en) {
            axe.disableRules(COLOUR_RULES);
        }
        return axe.analyze(browser());
    }

    /** Without scripts, each page shows its text, no chart and no control that needs scripts. */
    List<String> contentWithoutScripts(List<PageCase> pages) {
        for (PageCase page : pages) {
            open(page.path(), 0);
            assertTrue(
                    browser().findElement(By.tagName("main")).getText().contains(page.text()),
                    page.name());
            assertEquals(0, marks(), page.name());
            for (WebElement canvas : browser().findElements(By.cssSelector(".chart-canvas"))) {
                assertFalse(canvas.isDisplayed(), page.name() + ": an undrawn chart takes no room");
            }
            for (WebElement copy : browser().findElements(By.cssSelector("button.copy"))) {
                assertFalse(
                        copy.isDisplayed(),
                        page.name() + ": a copy button that cannot work is not shown");
            }
        }
        return List.of();
    }

    @Test
    void withoutJavaScriptEveryPageShowsItsContentAndNoEmptyChart() throws Exception {
        eachLanguageAtOnce(false, this::contentWithoutScripts);
        Browser.javascript(false);
        try {
            // the explorer's form still works: it is a plain GET form (dimensions are published by
            // fiscal year only, so a grouping is offered once the fiscal year is the period length)
            open("/stats?granularity=fiscal_year", 0);
            new Select(browser().findElement(By.id("s-group-by"))).selectByValue("outcome");
            browser().findElement(By.cssSelector("#stats-form button[type=submit]")).click();
            // the click starts a navigation; under load the old page may still be the current one
            new WebDriverWait(browser(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("group_by=outcome"));
            assertTrue(
                    browser()
                            .findElement(By.cssSelector("table[data-chart-table] thead"))
                            .getText()
                            .contains("outcome"));
        } finally {
            Browser.javascript(true);
        }
    }

    /**
     * The switch is a link written by the server, so it is followed with scripts off: the pages
     * load without drawing their charts, and a script that changed the link would not hide a wrong
     * one.
     */
    @Test
    void theLanguageSwitchLandsOnTheSamePageInTheOtherLanguage() throws Exception {
        // half of the pages in a second browser, at the same time
        int half = PAGES.size() / 2;
        Future<List<String>> second =
                Browser.inSecondBrowser(
                        () -> {
                            Browser.javascript(false);
                            Browser.size(Browser.DESKTOP);
                            try {
                                return switchesBackAndForth(PAGES.subList(half, PAGES.size()));
                            } finally {
                                Browser.javascript(true);
                            }
                        });
        Browser.javascript(false);
        try {
            switchesBackAndForth(PAGES.subList(0, half));
        } finally {
            Browser.javascript(true);
        }
        Browser.join(second);
    }

    List<String> switchesBackAndForth(List<PageCase> pages) {
        for (PageCase page : pages) {
            open(page.path(), 0);
            String english = browser().findElement(By.tagName("h1")).getText();
            switchTo(Lang.es, page);
            switchTo(Lang.en, page);
            assertEquals(english, browser().findElement(By.tagName("h1")).getText(), page.name());
        }
        return List.of();
    }

    /** Follows the language switch to {@code lang}, and checks it landed on the same page. */
    void switchTo(Lang lang, PageCase page) {
        WebElement link = browser().findElement(By.cssSelector(".lang-switch a"));
        assertEquals(lang.name(), link.getAttribute("lang"), page.name());
        assertEquals(lang == Lang.es ? "Español" : "English", link.getText(), page.name());
        link.click();
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(
                        d ->
                                lang.name()
                                        .equals(
                                                d.findElement(By.tagName("html"))
                                                        .getAttribute("lang")));
        assertEquals(
                url(page.in(lang).path()), browser().getCurrentUrl(), page.name() + " in " + lang);
    }

    @Test
    void homeChartTableHasTheNypd2017FigureAndEachPointLinksToItsFigure() {
        open("/", 3);
        WebElement row =
                browser()
                        .findElements(
                                By.cssSelector(
                                        "section[aria-labelledby=city-chart-title] tbody tr"))
                        .stream()
                        .filter(
                                tr ->
                                        cells(tr)
                                                .subList(0, 3)
                                                .equals(
                                                        List.of(
                                                                "New York City Police Department",
                                                                "Detainers received",
                                                                "2017")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no NYPD 2017 row"));
        assertTrue(row.getText().contains("1,526"), row.getText());
        assertTrue(
                row.findElement(By.cssSelector("td.num a"))
                        .getAttribute("href")
                        .contains("/figures/nypd-detainers-received-2017-"));
        // policy changes are drawn on the time axis, by short name (ChartsBrowserTest: all of them)
        Object labels =
                Browser.js(
                        "return [...document.querySelectorAll('section[aria-labelledby=city-chart-title] svg text')].map(t => t.textContent)");
        assertTrue(labels.toString().contains("Local Law 59 of 2014"), labels.toString());
    }

    @Test
    void theHomePageLeadsWithIcesMonthlyCountsAndDrawsEveryNumberOfItsTables() {
        open("/", 3);
        List<String> sections =
                browser().findElements(By.cssSelector("main section h2")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertTrue(
                sections.get(0).contains("each month, October 2007 to July 2015"),
                sections.toString());
        List<WebElement> months =
                browser()
                        .findElements(
                                By.cssSelector(
                                        "section[aria-labelledby=monthly-chart-title] tbody tr"));
        assertEquals(94, months.size());
        WebElement august2011 =
                months.stream()
                        .filter(tr -> cells(tr).get(0).equals("2011-08"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("28,717", cells(august2011).get(1));
        assertTrue(
                august2011
                        .findElement(By.cssSelector("td.num a"))
                        .getAttribute("href")
                        .endsWith("/v1/ice-counts/us-detainers-2011-08"));
        // every row of each bar chart's table is a bar: bars are the chart's filled paths (the
        // legend is an HTML list, not marks of the chart)
        for (String section : List.of("monthly-chart-title", "national-chart-title")) {
            long rows =
                    browser()
                            .findElements(
                                    By.cssSelector(
                                            "section[aria-labelledby=" + section + "] tbody tr"))
                            .size();
            long series =
                    browser()
                            .findElements(
                                    By.cssSelector(
                                            "section[aria-labelledby=" + section + "] tbody tr"))
                            .stream()
                            .map(tr -> tr.getAttribute("data-series"))
                            .distinct()
                            .count();
            Object filled =
                    Browser.js(
                            "return [...document.querySelectorAll('section[aria-labelledby="
                                    + section
                                    + "] svg path')].filter(p => /^#[0-9a-f]{6}$/i.test(p.getAttribute('fill') || '') && p.getAttribute('fill').toLowerCase() !== '#ffffff').length");
            assertEquals(rows, ((Number) filled).longValue(), section + ": bars");
            // a chart of one series has no legend (its caption names it), one of more names each
            assertEquals(
                    series > 1 ? series : 0,
                    browser()
                            .findElements(
                                    By.cssSelector(
                                            "section[aria-labelledby="
                                                    + section
                                                    + "] .chart-legend li"))
                            .size(),
                    section + ": legend entries");
        }
    }

    static List<String> cells(WebElement tr) {
        return tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void explorerFollowsTheChoicesInTableChartAndAddress() {
        open("/stats", 1);
        new Select(browser().findElement(By.id("s-granularity"))).selectByValue("fiscal_year");
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("granularity=fiscal_year"));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(d -> marks() == 1);
        assertTrue(
                browser()
                        .findElement(By.cssSelector("table[data-chart-table] tbody"))
                        .getText()
                        .contains("FY"));

        new Select(browser().findElement(By.id("s-group-by"))).selectByValue("agency,outcome");
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(
                        d ->
                                d.getCurrentUrl().contains("group_by=agency%2Coutcome")
                                        || d.getCurrentUrl().contains("group_by=agency,outcome"));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(d -> marks() == 1);
        String header =
                browser().findElement(By.cssSelector("table[data-chart-table] thead")).getText();
        assertTrue(header.contains("agency") && header.contains("outcome"), header);
        assertTrue(
                browser()
                        .findElement(By.id("api-url"))
                        .getAttribute("value")
                        .startsWith(
                                "/v1/detainer-stats?granularity=fiscal_year&group_by=agency%2Coutcome"),
                browser().findElement(By.id("api-url")).getAttribute("value"));

        // an unpublished combination cannot be chosen: dimensions are published by fiscal year only
        new Select(browser().findElement(By.id("s-granularity"))).selectByValue("year");
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("granularity=year"));
        WebElement pair =
                browser().findElement(By.cssSelector("#s-group-by option[value='agency,outcome']"));
        assertFalse(pair.isEnabled(), "agency,outcome is not published by calendar year");
        assertFalse(
                browser()
                        .findElement(By.cssSelector("#s-group-by option[value='outcome']"))
                        .isEnabled(),
                "outcome is not published by calendar year");
        assertTrue(
                browser().findElement(By.cssSelector("#s-group-by option[value='']")).isEnabled());
    }

    @Test
    void aSuppressedCellIsLabelledSuppressedNeverZero() {
        open("/stats?granularity=fiscal_year&group_by=facility", 1);
        List<WebElement> suppressed =
                browser().findElements(By.cssSelector("tr[data-suppressed=true]"));
        assertFalse(suppressed.isEmpty(), "the fiscal-year table by facility has suppressed cells");
        for (WebElement tr : suppressed.subList(0, Math.min(5, suppressed.size()))) {
            assertTrue(tr.getText().contains("suppressed"), tr.getText());
            assertEquals("", tr.getAttribute("data-y"));
        }
        Object labels =
                Browser.js(
                        "return [...document.querySelectorAll('.chart-canvas svg text')].filter(t => t.textContent === 'suppressed').length");
        assertTrue(((Number) labels).longValue() > 0, "the chart labels suppressed cells");
    }

    @Test
    void inForceOnADateListsThePoliciesThenInForce() {
        open("/policies", 0);
        Browser.js("document.getElementById('in-force-on').value = '2015-06-01'");
        browser().findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("in_force_on=2015-06-01"));
        String main = browser().findElement(By.tagName("main")).getText();
        assertTrue(main.contains("Local Law 58 of 2014"), main);
        assertTrue(main.contains("Local Law 59 of 2014"), main);

        open("/policies?in_force_on=2010-06-01", 0);
        main = browser().findElement(By.tagName("main")).getText();
        assertFalse(main.contains("Local Law 58 of 2014"), main);
        assertFalse(main.contains("Local Law 59 of 2014"), main);
        assertTrue(main.contains("Executive Order 41 of 2003"), main);
    }

    @Test
    void aFigurePageShowsItsSourceTheOtherSourcesAndACitation() {
        open("/figures/nypd-detainers-received-2017-seed004", 0);
        String main = browser().findElement(By.tagName("main")).getText();
        assertTrue(main.contains("1,526"), main);
        assertTrue(main.contains("2017-01-01 to 2017-12-31"), main);
        WebElement others =
                browser().findElement(By.cssSelector("section[aria-labelledby=conflicts] table"));
        assertTrue(
                others.getText().contains("nypd-detainers-received-2017-nypd-testimony"),
                others.getText());
        String citation = browser().findElement(By.id("citation")).getText();
        assertTrue(citation.contains("nypd-detainers-received-2017-seed004?release="), citation);
        assertTrue(
                browser().findElement(By.cssSelector("button.copy")).isDisplayed(),
                "copy citation shown with JavaScript");
    }

    @Test
    void aPinnedReleaseStaysPinnedAcrossLinks() {
        open("/figures", 0);
        String id = browser().findElement(By.cssSelector(".release-id")).getText();
        open("/figures?release=" + id, 0);
        assertTrue(
                browser().findElement(By.cssSelector(".release-bar")).getText().contains("pinned"));
        for (WebElement a : browser().findElements(By.cssSelector("nav a"))) {
            assertTrue(a.getAttribute("href").endsWith("?release=" + id), a.getAttribute("href"));
        }
    }
}

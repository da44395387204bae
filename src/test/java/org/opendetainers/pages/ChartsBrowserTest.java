package org.opendetainers.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The charts as a reader sees them, at 1280 and 360 px, in English and Spanish (issue 25, item 5):
 * every series is named in a legend that is all on screen (none pages itself), every number of a
 * chart's table is drawn (a bar, a point, or a suppressed cell's diamond) and no two of a chart's
 * labels overlap; the New York City chart marks the policies its list says it marks, by short name,
 * and lists the others with the reason; the statistics are small multiples that say they are
 * synthetic; tables keep every column on a phone's screen. Screenshots of each chart go to
 * target/screenshots/charts-*.png.
 */
@QuarkusTest
@Tag("browser")
class ChartsBrowserTest {

    static final Dimension DESKTOP = new Dimension(1280, 1000);

    static final String CITY = "section[aria-labelledby=city-chart-title]";
    static final String NATIONAL = "section[aria-labelledby=national-chart-title]";
    static final String AGENCY_OUTCOME = "/stats?granularity=fiscal_year&group_by=agency,outcome";

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;

    @BeforeEach
    void browser() {
        browser = Browser.get();
        Browser.javascript(true);
        Browser.size(DESKTOP);
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    void open(String path) {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                ((Number)
                                                        Browser.js(
                                                                "const f = [...document.querySelectorAll('figure.chart[data-chart]')];"
                                                                        + "return f.filter(x => x.dataset.drawn === 'true').length === f.length ? 1 : 0"))
                                                .intValue()
                                        == 1);
    }

    static List<String> languages() {
        return List.of("", "/es");
    }

    static List<Dimension> widths() {
        return List.of(DESKTOP, Browser.PHONE);
    }

    static String name(String lang, Dimension width) {
        return (lang.isEmpty() ? "" : "es-") + (width.width < 500 ? "phone" : "desktop");
    }

    /** Pairs of a chart's SVG labels whose boxes overlap. */
    @SuppressWarnings("unchecked")
    List<String> overlappingLabels(String root) {
        return (List<String>)
                Browser.js(
                        "const out = [];"
                                + "for (const svg of document.querySelectorAll(arguments[0] + ' svg')) {"
                                + "  const t = [...svg.querySelectorAll('text')].filter(x => x.textContent.trim())"
                                + "    .map(x => ({s: x.textContent, r: x.getBoundingClientRect()})).filter(x => x.r.width > 0);"
                                + "  for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) {"
                                + "    const a = t[i].r, b = t[j].r;"
                                + "    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)"
                                + "      out.push(t[i].s + ' / ' + t[j].s); } }"
                                + "return out;",
                        root);
    }

    /** The filled marks (bars, points, diamonds) a chart draws: paths filled with a colour. */
    long filledMarks(String root) {
        return ((Number)
                        Browser.js(
                                "return [...document.querySelectorAll(arguments[0] + ' svg path')]"
                                        + ".filter(p => /^#[0-9a-f]{6}$/i.test(p.getAttribute('fill') || '')"
                                        + " && p.getAttribute('fill').toLowerCase() !== '#ffffff').length",
                                root))
                .longValue();
    }

    /**
     * The legend's entries, checking that each is shown and on screen (one script for all entries:
     * shown means laid out, not hidden and not transparent).
     */
    @SuppressWarnings("unchecked")
    List<String> legend(String root) {
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>)
                        Browser.js(
                                "const width = document.documentElement.clientWidth;"
                                        + "return [...document.querySelectorAll(arguments[0] + ' .chart-legend li')].map(li => {"
                                        + "  const r = li.getBoundingClientRect(), st = getComputedStyle(li);"
                                        + "  return {text: li.innerText.trim(), right: r.right, width: width,"
                                        + "    shown: r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && st.opacity !== '0'};"
                                        + "})",
                                root);
        List<String> names = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            String text = (String) e.get("text");
            assertTrue((Boolean) e.get("shown"), text + " is not shown");
            assertTrue(
                    ((Number) e.get("right")).doubleValue()
                            <= ((Number) e.get("width")).doubleValue() + 0.5,
                    text + " is off screen");
            names.add(text);
        }
        // an ECharts legend that pages itself shows "1/3" between arrows
        Object pager =
                Browser.js(
                        "return [...document.querySelectorAll(arguments[0] + ' svg text')]"
                                + ".filter(t => /^\\d+\\/\\d+$/.test(t.textContent.trim())).length",
                        root);
        assertEquals(0L, ((Number) pager).longValue(), root + ": a legend pages itself");
        return names;
    }

    /**
     * The distinct values of an attribute of a table's rows, in the table's order: one script, not
     * a WebDriver call per row.
     */
    @SuppressWarnings("unchecked")
    List<String> distinct(String root, String attribute, String filter) {
        return ((List<String>)
                        Browser.js(
                                "return [...document.querySelectorAll(arguments[0])]"
                                        + ".map(tr => tr.getAttribute(arguments[1]))",
                                root + " tbody tr" + filter,
                                attribute))
                .stream().distinct().toList();
    }

    /** A screenshot of one chart, in a window tall enough to hold all of it. */
    void screenshot(String name, String selector) {
        if (!Browser.SCREENSHOTS) {
            return;
        }
        Dimension before = browser.manage().window().getSize();
        WebElement element = browser.findElement(By.cssSelector(selector));
        // at most 6,000 px, as a page's screenshot (a chart's table of 358 rows is 58,000 px tall)
        int height = Math.min(element.getSize().height, 6000);
        Browser.size(new Dimension(before.width, Math.max(before.height, height + 200)));
        Browser.js("arguments[0].scrollIntoView()", element);
        Browser.screenshot(name, element);
        Browser.size(before);
    }

    /**
     * The home page's charts of figures, in each language at each width, from one load of the page
     * each: the New York City chart ({@link #cityChart}) and the national chart ({@link
     * #nationalChart}); at 360 px no table of the page scrolls sideways.
     */
    @Test
    void theHomePageChartsNameEverySeriesAndDrawEveryFigure() {
        int policies =
                given().get("/v1/policies?jurisdiction=nyc&limit=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("data")
                        .size();
        for (String lang : languages()) {
            for (Dimension width : widths()) {
                Browser.size(width);
                open(lang + "/");
                String where = lang + "/ at " + width.width + " px";
                cityChart(where, policies);
                screenshot("charts-city-" + name(lang, width), CITY + " figure");
                nationalChart(where);
                screenshot("charts-national-" + name(lang, width), NATIONAL + " figure");
                if (width.width < 500) {
                    assertEquals(List.of(), scrollingTables(), where + ": tables scroll sideways");
                }
            }
        }
    }

    /**
     * The New York City chart names every series in full on screen, draws a point for every row of
     * its table, overlaps no labels, and marks by short name the policies its list says it marks;
     * the marked and the unmarked lists hold all {@code policies} of the city.
     */
    void cityChart(String where, int policies) {
        // every series named, in full, on screen
        assertEquals(distinct(CITY, "data-series", ""), legend(CITY), where + ": the legend");
        // every row of the table is a point
        long rows = browser.findElements(By.cssSelector(CITY + " tbody tr")).size();
        assertEquals(rows, filledMarks(CITY), where + ": points drawn for the table's rows");
        assertEquals(List.of(), overlappingLabels(CITY), where + ": labels that overlap");

        // the policies marked: as many lines labelled as the heading says, by short name (each
        // marked policy's label and date, and the number not marked, in one script)
        @SuppressWarnings("unchecked")
        List<List<String>> marked =
                (List<List<String>>)
                        Browser.js(
                                "return [...document.querySelectorAll(arguments[0] + ' .chart-markers li')]"
                                        + ".map(li => [li.getAttribute('data-label') || '', li.getAttribute('data-date') || ''])",
                                CITY);
        long unmarked =
                ((Number)
                                Browser.js(
                                        "return document.querySelectorAll(arguments[0] + ' .chart-unmarked li').length",
                                        CITY))
                        .longValue();
        assertEquals(policies, marked.size() + unmarked, where + ": every policy");
        String heading = browser.findElement(By.cssSelector(CITY + " .markers-title")).getText();
        assertTrue(heading.startsWith(marked.size() + " "), heading);
        @SuppressWarnings("unchecked")
        List<String> texts =
                (List<String>)
                        Browser.js(
                                "return [...document.querySelectorAll(arguments[0] + ' svg text')].map(t => t.textContent)",
                                CITY);
        List<String> labels = marked.stream().map(li -> li.get(0)).toList();
        for (List<String> li : marked) {
            String label = li.get(0);
            assertFalse(label.isBlank() || li.get(1).isBlank(), label);
            assertTrue(
                    texts.stream()
                            .anyMatch(
                                    t ->
                                            t.equals(label)
                                                    || (t.endsWith("…")
                                                            && label.startsWith(
                                                                    t.substring(0, t.length() - 1)
                                                                            .trim()))),
                    where + ": no label for " + label + " in " + texts);
        }
        assertTrue(
                texts.stream().noneMatch(t -> t.startsWith("nyc-")), where + ": raw ids " + texts);
        assertEquals(
                marked.size(),
                texts.stream()
                        .filter(
                                t ->
                                        labels.stream()
                                                .anyMatch(
                                                        label ->
                                                                label.startsWith(
                                                                        t.replace("…", "").trim())))
                        .count(),
                where + ": labels drawn = policies listed as marked " + texts);
        // the proposal of 2019 is not adopted: listed as not marked, with no date
        WebElement proposal =
                browser.findElement(
                        By.cssSelector(
                                CITY
                                        + " .chart-unmarked a[href*='nyc-offense-list-expansion-2019']"));
        String line = proposal.findElement(By.xpath("..")).getText();
        assertFalse(line.contains("adopted") || line.contains("adoptada"), line);
    }

    /**
     * The national chart draws a bar for every row of its table, as many as its caption says, three
     * sources' bars in 2012 and 2013, a legend entry per source and no overlapping labels.
     */
    void nationalChart(String where) {
        // each row's year and source, in one script
        @SuppressWarnings("unchecked")
        List<List<String>> rows =
                (List<List<String>>)
                        Browser.js(
                                "return [...document.querySelectorAll(arguments[0] + ' tbody tr')]"
                                        + ".map(tr => [tr.getAttribute('data-x'), tr.getAttribute('data-series')])",
                                NATIONAL);
        // the caption's count = the table's rows = the bars
        Matcher n =
                Pattern.compile("(\\d+)")
                        .matcher(browser.findElement(By.id("national-chart-alt")).getText());
        assertTrue(n.find());
        assertEquals(rows.size(), Integer.parseInt(n.group(1)), where + ": caption");
        assertEquals(rows.size(), filledMarks(NATIONAL), where + ": bars");
        // 2012 and 2013: a bar of each of the three sources
        for (String year : List.of("FY2012", "AF2012", "FY2013", "AF2013")) {
            long sources =
                    rows.stream()
                            .filter(row -> year.equals(row.get(0)))
                            .map(row -> row.get(1))
                            .distinct()
                            .count();
            assertTrue(sources == 0 || sources == 3, year + ": " + sources);
        }
        assertEquals(distinct(NATIONAL, "data-series", ""), legend(NATIONAL), where);
        assertEquals(List.of(), overlappingLabels(NATIONAL), where + ": labels");
    }

    /** How far each table of the page scrolls sideways, for those that do. */
    @SuppressWarnings("unchecked")
    List<Object> scrollingTables() {
        return (List<Object>)
                Browser.js(
                        "return [...document.querySelectorAll('.table-scroll')]"
                                + ".map(t => t.scrollWidth - t.clientWidth).filter(d => d > 0)");
    }

    @Test
    void agencyByOutcomeIsOnePanelPerAgencyAndSaysTheDataAreSynthetic() {
        for (String lang : languages()) {
            for (Dimension width : widths()) {
                Browser.size(width);
                open(lang + AGENCY_OUTCOME);
                String where = lang + AGENCY_OUTCOME + " at " + width.width + " px";
                String figure = "figure[data-chart=stats]";
                List<String> panels = distinct(figure, "data-panel", ":not([data-drawn=false])");
                List<WebElement> boxes =
                        browser.findElements(By.cssSelector(figure + " .chart-canvas .panel"));
                assertEquals(
                        panels,
                        boxes.stream()
                                .map(b -> b.findElement(By.className("panel-title")).getText())
                                .toList(),
                        where + ": one panel per agency, in the table's order");
                // each panel draws each of its rows: a point, or a diamond for a suppressed cell
                String synthetic =
                        browser.findElement(By.cssSelector(figure))
                                .getAttribute("data-label-synthetic");
                for (int i = 0; i < boxes.size(); i++) {
                    String panel = figure + " .panel:nth-of-type(" + (i + 1) + ")";
                    long rows =
                            ((Number)
                                            Browser.js(
                                                    "return [...document.querySelectorAll(arguments[0] + ' tbody tr')]"
                                                            + ".filter(tr => tr.dataset.panel === arguments[1] && tr.dataset.drawn !== 'false').length",
                                                    figure,
                                                    panels.get(i)))
                                    .longValue();
                    assertEquals(rows, filledMarks(panel), where + ": " + panels.get(i));
                    assertTrue(
                            ((String)
                                            Browser.js(
                                                    "return document.querySelector(arguments[0] + ' svg').textContent",
                                                    panel))
                                    .contains(synthetic),
                            where + ": the panel says " + synthetic);
                }
                List<String> entries = legend(figure);
                assertEquals(
                        distinct(figure, "data-series", ":not([data-drawn=false])").size() + 1,
                        entries.size(),
                        where + ": a legend entry per outcome and one for suppressed " + entries);
                assertEquals(List.of(), overlappingLabels(figure), where + ": labels");
                String caption =
                        browser.findElement(By.cssSelector(figure + " figcaption")).getText();
                assertTrue(
                        caption.contains(
                                lang.isEmpty() ? "synthetic records" : "registros sintéticos"),
                        caption);
                if (width.width < 500) {
                    assertEquals(List.of(), scrollingTables(), where + ": tables scroll sideways");
                }
                screenshot("charts-stats-agency-outcome-" + name(lang, width), figure);
            }
        }
    }

    @Test
    void aGroupingWithManyValuesDrawsTheLargestAndNamesTheRest() {
        open("/stats?granularity=fiscal_year&group_by=facility,outcome");
        List<String> all = distinct("figure[data-chart=stats]", "data-panel", "");
        List<String> drawn =
                distinct("figure[data-chart=stats]", "data-panel", ":not([data-drawn=false])");
        assertTrue(all.size() > StatsPage.MAX_DRAWN, all.toString());
        assertEquals(StatsPage.MAX_DRAWN, drawn.size());
        assertEquals(
                drawn.size(),
                browser.findElements(By.cssSelector("figure[data-chart=stats] .panel")).size());
        String note =
                browser.findElements(By.cssSelector("figure[data-chart=stats] .chart-layout"))
                        .get(0)
                        .getText();
        for (String left : all) {
            if (!drawn.contains(left)) {
                assertTrue(note.contains(left), left + " is not named in: " + note);
            }
        }
        assertTrue(note.contains("the other " + (all.size() - drawn.size())), note);
    }

    @Test
    void theDataPageMarksTheSyntheticDataSets() {
        for (String lang : languages()) {
            browser.get(url(lang + "/data"));
            List<WebElement> stats =
                    browser.findElements(
                            By.xpath(
                                    "//table[contains(@class,'datasets')]//tr[.//code[starts-with(., 'detainer-stats-')]]"));
            assertFalse(stats.isEmpty());
            for (WebElement tr : stats) {
                assertEquals(
                        1, tr.findElements(By.className("synthetic-mark")).size(), tr.getText());
            }
            assertEquals(
                    stats.size(),
                    browser.findElements(By.className("synthetic-mark")).size(),
                    "only the statistics are marked");
            assertTrue(
                    browser.findElement(By.cssSelector("main .notice"))
                            .getText()
                            .contains(String.valueOf(stats.size())));
        }
    }

    /**
     * At 360 px no table of the figures and statistics pages scrolls sideways, in either language,
     * and a figure's value is on screen (the home page and the statistics by agency and outcome are
     * checked at 360 px above, from the same loads as their charts).
     */
    @Test
    void tablesKeepEveryColumnOnAPhonesScreen() {
        Browser.size(Browser.PHONE);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/figures", "/es/figures", "/stats", "/es/stats")) {
            browser.get(url(path));
            List<Object> scrolling = scrollingTables();
            if (!scrolling.isEmpty()) {
                problems.add(path + ": tables scroll sideways by " + scrolling + " px");
            }
            if (path.endsWith("/figures")) {
                // the value of the first figure is on screen
                Number right =
                        (Number)
                                Browser.js(
                                        "return document.querySelector('table.stack tbody tr td.num').getBoundingClientRect().right");
                long width =
                        ((Number) Browser.js("return document.documentElement.clientWidth"))
                                .longValue();
                if (right.doubleValue() > width) {
                    problems.add(path + ": the first value ends at " + right + " px of " + width);
                }
                Browser.screenshot(
                        "charts-" + (path.startsWith("/es") ? "es-" : "") + "figures-phone");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

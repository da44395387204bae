package org.opendetainers.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map (/map) in a real browser: it draws one area per county of the data, each in the colour
 * its legend entry shows, as many of each colour as the legend counts; a new date redraws the map,
 * the legend and the table without leaving the page. (Loading, axe and the phone width: {@link
 * PagesBrowserTest}.)
 */
@QuarkusTest
@Tag("browser")
class MapBrowserTest {

    /**
     * Anderson County, Texas: its sheriff's office signed a 287(g) warrant service officer
     * agreement on 2025-06-18 (ICE's list of 2025-07; data-seed/agreements.csv).
     */
    static final String COUNTY = "48001";

    static final String BEFORE = "2025-06-01";
    static final String AFTER = "2025-07-01";

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;

    @BeforeEach
    void browser() {
        browser = Browser.get();
        Browser.javascript(true);
        Browser.size(Browser.DESKTOP);
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    void waitUntilDrawn(String on) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                ("county " + on)
                                        .equals(
                                                Browser.js(
                                                        "return document.querySelector('figure[data-map]').dataset.drawn || ''")));
    }

    /** The legend's counts, by category key. */
    Map<String, Long> legend() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement li : browser.findElements(By.cssSelector(".map-legend [data-category]"))) {
            String text = li.findElement(By.className("count")).getText();
            counts.put(
                    li.getAttribute("data-category"),
                    Long.parseLong(text.replaceAll("[^0-9]", "")));
        }
        return counts;
    }

    /** The number of drawn areas in each legend entry's colour, by category key. */
    @SuppressWarnings("unchecked")
    Map<String, Long> drawn() {
        Map<String, Object> raw =
                (Map<String, Object>)
                        Browser.js(
                                "const fills = [...document.querySelectorAll('figure[data-map] svg path')]"
                                        + ".map(p => getComputedStyle(p).fill);"
                                        + "const out = {};"
                                        + "for (const li of document.querySelectorAll('.map-legend [data-category]')) {"
                                        + "  const c = getComputedStyle(li.querySelector('.swatch')).backgroundColor;"
                                        + "  out[li.dataset.category] = fills.filter(f => f === c).length; }"
                                        + "return out;");
        Map<String, Long> counts = new LinkedHashMap<>();
        raw.forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
        return counts;
    }

    /** What the table of named counties gives the county, or "" when it is not named. */
    String tableLabel(String id) {
        List<WebElement> rows =
                browser.findElements(
                        By.xpath(
                                "//table[@id='named-counties']//tr[.//a[contains(@href, '/places/"
                                        + id
                                        + "')]]/td[2]"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    @Test
    void theMapDrawsEveryCountyInItsLegendsColour() {
        browser.get(url("/map?on=" + AFTER));
        waitUntilDrawn(AFTER);
        Map<String, Long> legend = legend();
        long counties = legend.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(counties > 3000, "the legend counts every county: " + legend);
        assertEquals(legend, drawn(), "areas drawn in each colour = the legend's count");
        // the table's per-state counts add up to the legend's
        long tableSum =
                ((Number)
                                Browser.js(
                                        "return [...document.querySelectorAll('#map-table tbody tr:not(.not-drawn) td.num')]"
                                                + ".reduce((s, td) => s + Number(td.textContent.replace(/,/g, '')), 0)"))
                        .longValue();
        assertEquals(counties, tableSum, "the table counts the same counties");
        // the map alone, to look at (the whole pages: PagesBrowserTest), in a window tall enough
        Browser.size(new Dimension(1280, 1600));
        Browser.screenshot(
                "map-figure-desktop", browser.findElement(By.cssSelector("figure[data-map]")));
        Browser.size(Browser.PHONE);
        browser.navigate().refresh();
        waitUntilDrawn(AFTER);
        Browser.screenshot(
                "map-figure-phone", browser.findElement(By.cssSelector("figure[data-map]")));
    }

    @Test
    void aNewDateRecoloursTheMapAndTheTable() {
        browser.get(url("/map?on=" + BEFORE));
        waitUntilDrawn(BEFORE);
        String before = tableLabel(COUNTY);
        Map<String, Long> legendBefore = legend();
        assertEquals(legendBefore, drawn());

        WebElement date = browser.findElement(By.id("map-on"));
        Browser.js(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                date,
                AFTER);
        waitUntilDrawn(AFTER);
        assertTrue(browser.getCurrentUrl().contains("on=" + AFTER), browser.getCurrentUrl());
        String after = tableLabel(COUNTY);
        assertEquals("287(g) agreement: warrant service officer", after);
        assertNotEquals(before, after, "Anderson County changes class between the two dates");
        Map<String, Long> legendAfter = legend();
        assertNotEquals(legendBefore, legendAfter);
        assertEquals(legendAfter, drawn(), "the redrawn map matches the new legend");
    }

    @Test
    void aPlacePageDrawsItsTimelineAboveItsTable() {
        browser.get(url("/places/48001"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                ((Number)
                                                        Browser.js(
                                                                "return document.querySelectorAll('.place-canvas svg path').length"))
                                                .longValue()
                                        > 0);
        assertEquals("Anderson, Texas", browser.findElement(By.tagName("h1")).getText());
        WebElement row =
                browser.findElement(
                        By.xpath(
                                "//table[@data-timeline]//tr[contains(., \"Anderson County Sheriff's Office\")]"));
        assertTrue(row.getText().contains("signed 2025-06-18"), row.getText());
        assertTrue(
                row.getText().contains("287(g) agreement: warrant service officer"), row.getText());
        // one bar of each row's colour is drawn, and the chart is above the table
        @SuppressWarnings("unchecked")
        List<Object> missing =
                (List<Object>)
                        Browser.js(
                                "const fills = new Set([...document.querySelectorAll('.place-canvas svg path')]"
                                        + ".map(p => getComputedStyle(p).fill));"
                                        + "return [...document.querySelectorAll('table[data-timeline] tbody tr')]"
                                        + ".filter(tr => !fills.has(getComputedStyle(tr.querySelector('.swatch')).backgroundColor))"
                                        + ".map(tr => tr.dataset.label);");
        assertEquals(List.of(), missing, "rows without a bar of their colour");
        Number chartTop =
                (Number)
                        Browser.js(
                                "return document.querySelector('.place-canvas').getBoundingClientRect().top");
        Number tableTop =
                (Number)
                        Browser.js(
                                "return document.querySelector('table[data-timeline]').getBoundingClientRect().top");
        assertTrue(chartTop.doubleValue() < tableTop.doubleValue(), "the chart is above the table");
        Browser.size(new Dimension(1280, 1600));
        Browser.screenshot(
                "place-chart-desktop", browser.findElement(By.cssSelector(".place-canvas")));
        // a state: its laws and every agreement within it, drawn as a strip
        browser.get(url("/places/12"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                !browser.findElements(By.cssSelector(".place-canvas svg path"))
                                        .isEmpty());
        Browser.screenshot(
                "place-12-chart-desktop", browser.findElement(By.cssSelector(".place-canvas")));
    }
}

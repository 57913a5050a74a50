package dev.crossroads.app.web;

import dev.crossroads.core.testing.Requirements;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium for the end-to-end tests. The browser and the driver are given
 * by path, so Selenium Manager never downloads anything; where they are not installed the test is skipped.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("crossroads.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("crossroads.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String AXE =
            "META-INF/resources/webjars/axe-core/" + System.getProperty("crossroads.axe", "4.6.3") + "/axe.min.js";

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    Browser() throws IOException {
        this(new String[0]);
    }

    /** With extra Chromium arguments, such as a dead proxy to block the network. */
    Browser(String... extra) throws IOException {
        this(0, 0, extra);
    }

    /**
     * A viewport of width x height CSS pixels (0 keeps the default 1400x900 window). Below 500 px, where a
     * desktop window cannot shrink to, the phone's screen is emulated (device metrics at pixel ratio 1).
     */
    Browser(int width, int height, String... extra) throws IOException {
        Requirements.assume(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium for the end-to-end tests (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
                "apt-get install -y chromium chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("crossroads-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=" + (width > 0 ? Math.max(width, 500) + "," + height : "1400,900"),
                "--user-data-dir=" + profile);
        options.addArguments(extra);
        if (width > 0 && width < 500) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics", java.util.Map.of("width", width, "height", height, "pixelRatio", 1)));
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens a page and waits until the element {@code css} is present. */
    void open(String url, String css) {
        driver.get(url);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The browser console's messages at level SEVERE so far (a CSP violation or a script error shows here). */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    /** How many CSS pixels the page is wider than its window (0: no sideways scrolling). */
    long horizontalOverflow() {
        Object r = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) r).longValue();
    }

    /**
     * Runs axe-core (from its webjar on the test classpath, injected by the test and never served by the app)
     * over the page and returns its serious and critical violations as "rule: help (targets)".
     */
    java.util.List<String> axeViolations() throws IOException {
        String axe;
        try (var in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + AXE);
            }
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        java.util.List<String> out =
                (java.util.List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ') + ')')))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        return out;
    }

    /** Saves a PNG of the window as target/screenshots/NAME.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(f.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}

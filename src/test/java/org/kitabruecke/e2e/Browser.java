package org.kitabruecke.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium + chromium-driver) for a test class, on a phone-sized viewport.
 * The flags keep Chromium from calling home: the machines that run our tests have no internet.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        var options = new ChromeOptions();
        findExecutable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .ifPresent(options::setBinary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--lang=de-DE",
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        // the console is kept, so that a test can fail on a script error or on what the security policy blocked
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = findExecutable("CHROMEDRIVER", "/usr/bin/chromedriver")
                .map(path -> new ChromeDriverService.Builder().usingDriverExecutable(Path.of(path).toFile()).build())
                .orElseGet(ChromeDriverService::createDefaultService);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        viewport(PHONE_WIDTH, PHONE_HEIGHT);
    }

    private static java.util.Optional<String> findExecutable(String env, String... candidates) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) {
            return java.util.Optional.of(fromEnv);
        }
        return List.of(candidates).stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    /**
     * Makes the portal see this browser as coming from {@code address}, the way the city's proxy reports a parent's
     * address ({@code X-Forwarded-For}, trusted from loopback in the tests' configuration). Every browser on this
     * machine connects from 127.0.0.1 whatever loopback address it opens, so without this all test classes would be
     * one connection and share its rate limits.
     */
    public void comeFrom(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** Emulates a device screen of this CSS size, as a phone would report it. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", width < 600));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** A new visit: no remembered language, no login. */
    public void forgetEverything() {
        open("/livez");
        driver.manage().deleteAllCookies();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Vaadin re-renders parts of the page after a server round trip, and the live page replaces the HTML copy:
        // look again instead of failing (Chromium reports an element gone in the middle of a read as an unknown error)
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Pages with forms first show a read-only copy; waits until Vaadin's client has swapped in the live page. */
    public void waitUntilLive() {
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.id("kb-first-paint"), 0));
    }

    /**
     * Does something with an element, again if the element was replaced in between: a parent page arrives as HTML
     * and the live page takes its place when the first field is used, keeping what was typed.
     */
    public void act(By element, java.util.function.Consumer<WebElement> action) {
        waiting().ignoring(ElementNotInteractableException.class).until(driver -> {
            action.accept(driver.findElement(element));
            return true;
        });
    }

    /** Waits until Vaadin's client has nothing on its way to the server (what TestBench's waitForVaadin does). */
    public void waitUntilServerHasAll() {
        waiting().until(driver -> Boolean.TRUE.equals(script("return !!(window.Vaadin && window.Vaadin.Flow"
                + " && window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive || !client.isActive()))")));
    }

    /**
     * Errors the pages wrote to the console since the last call: script errors, what the Content-Security-Policy or
     * the Permissions-Policy refused, resources that did not load.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, to be looked at by a person. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package io.sentio.local;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both binaries are named
 * explicitly, so Selenium Manager never tries to download a driver or a browser; the browser is
 * kept off the network beyond the page it is pointed at.
 */
final class HeadlessChromium {
    /** Debian's, unless {@code -Dchromium.binary=…} / {@code -Dchromedriver.binary=…} name others. */
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    /** Where screenshots go: local/target/try-it/ (the module's directory is the tests' working directory). */
    static final Path SCREENSHOTS = Path.of("target", "try-it");

    private HeadlessChromium() {
    }

    /** The one line a run without the browser shows (as the skip reason). */
    static final String MISSING = "browser test skipped: no chromium and chromedriver "
            + "(apt-get install chromium chromium-driver)";

    /** Whether the browser tests can run here (JUnit's {@code @EnabledIf}). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        // Console messages (a Content-Security-Policy violation would be one) for the tests to read.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** The whole page at the window's width: the window grows to the page's height for the shot. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height.intValue() + 120)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(window);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}

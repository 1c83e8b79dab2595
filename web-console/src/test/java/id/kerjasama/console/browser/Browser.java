package id.kerjasama.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs),
 * driven through the console as a person would: Selenium is given the driver and the browser explicitly, so that
 * nothing is downloaded.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--lang=id", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    void signInAs(String userName) {
        open("/signin");
        click(driver.findElement(By.id("signin-" + userName)));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Sets a form field by its name (its path in the command's body), whatever its kind of input. */
    Browser set(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        return this;
    }

    void submit() {
        click(driver.findElement(By.id("send")));
    }

    /** Clicks and waits for the next page: the element clicked is gone from it. */
    void click(WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(page -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // stale, or (as Chromium sometimes answers for a node of the page just left) no longer in the document
                return true;
            }
        });
    }

    /** GETs a link of the page with the browser's session (a download the test reads rather than saves). */
    java.net.http.HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
        String cookies = String.join("; ", driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                href.startsWith("http") ? href : base + href));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

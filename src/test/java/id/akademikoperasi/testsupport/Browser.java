package id.akademikoperasi.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium through its own ChromeDriver (no download by Selenium Manager), with the flags this
 * machine needs, a fresh profile under target/, and helpers that wait for page loads and PrimeFaces ajax.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;
    private final WebDriverWait wait;

    public Browser(URL base, int width, int height) throws IOException {
        this.base = base;
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("ak.it.tmp", "target")), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ak.chromium", "/usr/bin/chromium"));
        // a confirm() the test did not expect to handle itself is answered yes, as the person would
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--lang=id", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        if (width < 500) {
            // headless windows are at least ~500 px wide: emulate the phone's viewport instead
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ak.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Logs in through the login page, as a person would. */
    public void logIn(String login, String password) {
        open("/login");
        type("#login\\:username", login);
        type("#login\\:password", password);
        click("#login\\:submit");
    }

    public void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        waitForPage();
    }

    public WebElement find(String css) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("missing-" + css.replaceAll("[^a-zA-Z0-9]", "_"));
            throw new AssertionError("no visible " + css + " at " + url() + "; the page shows:\n" + pageText(), e);
        }
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a value through script: for date inputs, whose typing order depends on the browser's locale. */
    public void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    public void select(String css, String visibleText) {
        wait.until(d -> !d.findElements(By.cssSelector(css)).isEmpty() && d.findElement(By.cssSelector(css))
                .findElements(By.tagName("option")).stream().anyMatch(o -> o.getText().equals(visibleText)));
        new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
        waitForAjax();
    }

    /** Chooses the option with this value (when the visible text is long or not known to the test). */
    public void selectValue(String css, String value) {
        wait.until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
        waitForAjax();
    }

    /** Clicks something that asks "are you sure?" first, says yes, and waits for the next page. */
    public void clickAndConfirm(String css) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        // clicked from script: a native drop-down the test used last may still be open on a phone and would
        // swallow a real click
        ((JavascriptExecutor) driver).executeScript(
                "window.confirm = function () { return true; }; arguments[0].click();", button);
        wait.until(ignored -> isGone(oldPage));
        waitForPage();
    }

    /** For tests that walk the page's structure themselves. */
    public WebDriver driver() {
        return driver;
    }

    /** Whether something is on the page and shown, without waiting for it. */
    public boolean isVisible(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Clicks something that loads a new page (a non-ajax button or link) and waits until the new page is there. */
    public void click(String css) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        try {
            wait.until(ignored -> isGone(oldPage));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("still-" + css.replaceAll("[^a-zA-Z0-9]", "_"));
            throw new AssertionError("clicking " + css + " did not lead to another page; still at " + url() + ":\n" + pageText(), e);
        }
        waitForPage();
    }

    /**
     * Whether an element belongs to a page that has been replaced. While the next page is loading ChromeDriver may
     * answer with "node does not belong to the document" instead of a stale-element error: that also means gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("does not belong to the document") || message.contains("No node with given id");
        }
    }

    /** Clicks something that sends a PrimeFaces ajax request and waits for it to finish. */
    public void clickAjax(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        waitForAjax();
    }

    /** Hands a file to a file input (PrimeFaces' uploader hides it behind its button) and waits for the upload. */
    public void uploadFile(String css, Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        input.sendKeys(file.toAbsolutePath().toString());
        waitForAjax();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The width of the whole document: more than the viewport means the page scrolls sideways. */
    public long pageWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    public long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth")).longValue();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits for the text; on time-out keeps a screenshot and says what the page showed instead. */
    public void waitForText(String css, String expected) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + css.replaceAll("[^a-zA-Z0-9]", "_"));
            throw new AssertionError("expected \"" + expected + "\" in " + css + " at " + url() + "; the page shows:\n"
                    + pageText(), e);
        }
    }

    /** Waits until the page has loaded, then checks that every script and style it names exists. */
    public void waitForPage() {
        wait.until(d -> {
            try {
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
            } catch (WebDriverException e) {
                return false; // the document is being replaced right now: ask again
            }
        });
        if (driver.getPageSource().contains("RES_NOT_FOUND")) {
            throw new AssertionError("the page at " + url() + " refers to a resource Faces could not find");
        }
    }

    /** PrimeFaces ajax finished (the pages use p:ajax, whose queue can be asked). */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    public void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

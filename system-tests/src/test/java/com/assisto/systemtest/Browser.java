package com.assisto.systemtest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver; nothing is downloaded. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private final Path profile;

    Browser() throws java.io.IOException {
        // under target/, so that a build's clean removes the profiles its runs left behind
        Path profiles = Files.createDirectories(Path.of("target", "chromium-profiles"));
        profile = Files.createTempDirectory(profiles.toAbsolutePath(), "profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1024,768",
                        "--lang=en-GB",
                        "--user-data-dir=" + profile);
        // the browser's console (script errors, refused by the Content Security Policy) for the tests to read
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String page) {
        driver.get(DeployedAssisto.BASE_URL + page);
    }

    void logIn(String user, String password) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    /** Waits through PrimeFaces' AJAX updates, which replace elements under our feet. */
    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until no PrimeFaces AJAX request is queued or in flight, so that what is read next is its result. */
    void ajaxIdle() {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** The element's text, read again if an AJAX update replaced the element between finding and reading. */
    String text(By locator) {
        return waitFor(d -> d.findElement(locator).getText());
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, once earlier AJAX updates have settled,
     * and waits until the menu shows it. A click that lands while the list is still fading in can be
     * lost, so the choice is made again until the menu shows the label.
     */
    void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 0; attempt < 3 && !label.equals(text(By.id(menuId + "_label"))); attempt++) {
            ajaxIdle();
            // a list still fading out from the last choice counts as shown: let it finish first
            waitFor(d -> animationsDone(d));
            WebElement menu = driver.findElement(By.id(menuId + "_label"));
            // mid-page: room below for its list, and clear of the fixed top bar, which takes a click meant for the menu
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
            if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                menu.click();
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id(menuId + "_panel")).isDisplayed() && animationsDone(d));
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                continue; // the click was lost: try again
            }
            try {
                driver.findElement(item).click();
            } catch (ElementNotInteractableException | StaleElementReferenceException closedMeanwhile) {
                continue; // an update of the page closed or replaced the list between its showing and the click
            }
            ajaxIdle();
        }
        waitFor(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText()));
    }

    private static boolean animationsDone(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return !window.jQuery || jQuery(':animated').length === 0"));
    }

    /** Leaves the focused field, as a user moving on does, so that its change is sent. */
    void leaveField() {
        ((JavascriptExecutor) driver).executeScript("if (document.activeElement) document.activeElement.blur();");
    }

    void screenshot(String name) throws java.io.IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

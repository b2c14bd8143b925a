package org.emporium.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (chromium + chromium-driver), driven by Selenium. No driver is
 * downloaded at run time. Registered as an extension, it keeps a screenshot of the page under
 * target/screenshots when a test fails.
 */
public final class Browser implements AfterTestExecutionCallback {

    private WebDriver driver;

    public WebDriver open(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    public void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.textToBePresentInElementLocated(by,
                text));
    }

    /** Waits until the element's text is no longer {@code old} (an ajax update has landed) and returns it. */
    public String waitForChange(By by, String old) {
        return until(d -> {
            String now = d.findElement(by).getText();
            return now.equals(old) ? null : now;
        });
    }

    /**
     * Waits (20 s at most) until the condition gives a value; an element that an ajax update replaced while the
     * condition read it is simply read again on the next try.
     */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Signs in on the shop's login page with a demo account ({@link Shop#DEMO_PASSWORD}), to go on to {@code next}. */
    public void signIn(Shop shop, String email, String next) {
        signIn(shop, email, Shop.DEMO_PASSWORD, next);
    }

    /** Signs in with any account, to go on to {@code next}. */
    public void signIn(Shop shop, String email, String password, String next) {
        driver.get(shop.url("/login.xhtml?next=" + next));
        type(By.id("login:loginName"), email);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
    }

    /** Signs out by the link {@code linkId} and waits until the shop has done so: a sign-in next cannot race it. */
    public void signOut(String linkId) {
        click(By.id(linkId));
        until(d -> d.findElements(By.id(linkId)).isEmpty());
    }

    public void type(By by, String text) {
        WebElement input = waitFor(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks once the element is clickable; an element that an ajax update replaced meanwhile is found again. */
    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label and waits until the menu shows it; opens the menu
     * again when a click landed while its panel was still opening or closing.
     */
    public void choose(String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        waitFor(By.id(menuId)); // a menu in a dialog still opening is there but not yet shown
        until(d -> {
            if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                return true;
            }
            List<WebElement> shown = d.findElements(option);
            if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
                shown.get(0).click();
            } else {
                d.findElement(By.id(menuId)).click();
            }
            return null;
        });
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Runs before the test's own clean-up closes the browser, so the failed page is still there. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver instanceof TakesScreenshot camera) {
            try {
                Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
                Files.createDirectories(dir);
                Path shot = dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png");
                Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), shot,
                        StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(dir.resolve(shot.getFileName() + ".html"), driver.getPageSource());
                System.err.println("Screenshot of the failed page: " + shot.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                System.err.println("No screenshot: " + e);
            }
        }
    }
}

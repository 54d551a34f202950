package org.practica.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A real headless Chromium with a phone-sized window, and the few gestures the journeys share. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    private final java.util.Set<String> checked = new java.util.HashSet<>();

    Browser() {
        this(null);
    }

    /** A browser whose clock runs in the given IANA zone (its operating system's otherwise), as a person's abroad would. */
    Browser(String timeZone) {
        // Debian's packages; setting the driver path keeps Selenium from trying to download one
        String driverPath = System.getProperty("practica.test.chromedriver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driverPath);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("practica.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=412,900", "--lang=en-GB");
        // what the page's scripts say, for a test that fails to show
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(driverPath));
        if (timeZone != null) {
            service.withEnvironment(java.util.Map.of("TZ", timeZone));
        }
        driver = new ChromeDriver(service.build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // while a page is replaced (after a redirect, a language switch) Chromium answers a look at
        // the old page's nodes with a stale-element or "does not belong to the document" error;
        // both pass once the new page is there, so a wait looks again, and still times out if not
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** Opens a page and checks it as every page is checked ({@link #checkPage}). */
    void open(String path) {
        driver.get(Api.BASE + path);
        checkPage();
    }

    /**
     * What must hold on every page, whatever the journey: axe-core finds no serious or critical
     * WCAG 2.2 A/AA violation, and at 360 px nothing scrolls sideways.
     */
    void checkPage() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));
        String page = driver.getCurrentUrl().replace(Api.BASE, "");
        // one look per kind of page and language is enough for a journey that passes it again and again
        if (!checked.add(js.executeScript("return document.documentElement.lang") + " " + page.replaceAll("[?#].*$", ""))) {
            return;
        }
        if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(AxeCore.source());
        }
        Dimension size = driver.manage().window().getSize();
        assertEquals(List.of(), axe(js), "accessibility at phone width of " + page);
        driver.manage().window().setSize(new Dimension(1280, size.getHeight()));
        try {
            assertEquals(List.of(), axe(js), "accessibility at desktop width of " + page);
            driver.manage().window().setSize(new Dimension(360, size.getHeight()));
            Object wider = js.executeScript("""
                    const width = document.documentElement.clientWidth;
                    if (document.documentElement.scrollWidth <= width) return null;
                    const culprits = [...document.body.querySelectorAll('*')]
                        .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
                    return document.documentElement.scrollWidth + ' px wide: ' + culprits.slice(0, 5).join(', ');""");
            assertEquals(null, wider, "sideways scroll at 360 px on " + page);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    void signIn(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id("loginForm:signIn")));
        button.click();
        // the next step must not race the sign-in's own navigation: wait until the form is gone
        // (Chromium may also say the node "does not belong to the document" while the page is replaced)
        wait.until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        acceptNoticeIfAsked();
    }

    /** Signs in and stops wherever that leads, the privacy notice included. */
    void signInOnly(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click("loginForm:signIn");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    /**
     * The first sign-in of every account (and the next after a new version) asks to accept the
     * privacy notice; journeys about other things accept it and go on, as people would.
     */
    void acceptNoticeIfAsked() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));
        if (driver.getCurrentUrl().contains("/notice.xhtml")) {
            WebElement accept = wait.until(ExpectedConditions.elementToBeClickable(By.id("noticeForm:accept")));
            accept.click();
            wait.until(d -> !d.getCurrentUrl().contains("/notice.xhtml"));
        }
    }

    void signOut() {
        click("logoutForm:logout");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field the keyboard cannot fill the same way in every locale (date and time pickers). */
    void setValue(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    /** Picks an interface language in the header's language menu (opening the menu first, as a person would). */
    void chooseLanguage(String code) {
        WebElement menu = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.language-switch-menu")));
        if (menu.getAttribute("open") == null) {
            menu.findElement(By.tagName("summary")).click();
        }
        click("languageForm:lang-" + code);
        wait.until(d -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void waitForText(By where, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String found;
            try {
                found = driver.findElement(where).getText();
            } catch (org.openqa.selenium.WebDriverException none) {
                found = "(nothing there)";
            }
            throw new AssertionError("waited for \"" + text + "\" in " + where + " on " + driver.getCurrentUrl() + ", found \"" + found
                    + "\"; the page's scripts said " + driver.manage().logs().get("browser").getAll(), e);
        }
    }

    void waitForText(String id, String text) {
        waitForText(By.id(id), text);
    }

    private static final String ERROR = "[contains(@class,'ui-message-error') or contains(@class,'ui-messages-error') or contains(@class,'field-error')]";

    /**
     * After one submit, a refusal beside each field named (right after it, inside it when it is a
     * panel of messages, or in its own field box), and the keyboard on {@code focused}, the first.
     */
    void waitForRefusals(String focused, String... fields) {
        for (String id : fields) {
            String near = "//*[@id='" + id + "']/following-sibling::*[1]" + ERROR
                    + " | //*[@id='" + id + "']/descendant-or-self::*" + ERROR
                    + " | //*[@id='" + id + "']/ancestor::div[contains(@class,'field')][1]//*" + ERROR;
            wait.until(d -> !d.findElements(By.xpath(near)).isEmpty());
        }
        wait.until(d -> focused.equals(((JavascriptExecutor) d).executeScript("return document.activeElement && document.activeElement.id")));
    }

    /** The serious and critical WCAG 2.2 A/AA violations axe-core finds in the page as it is now. */
    private static List<String> axe(JavascriptExecutor js) {
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        return violations;
    }

    /** The page at phone and desktop width, as {@code name-phone.png} and {@code name-desktop.png} in {@code dir}. */
    void photograph(Path dir, String name) {
        Dimension size = driver.manage().window().getSize();
        try {
            Files.createDirectories(dir);
            for (Dimension width : List.of(new Dimension(390, 844), new Dimension(1280, 800))) {
                driver.manage().window().setSize(width);
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(dir.resolve(name + (width.getWidth() < 800 ? "-phone" : "-desktop") + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("practica.test.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.practica.systemtest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's first journey in a real headless Chromium: sign in, create an organisation
 * and an account in it, sign out; the new person signs in and switches the interface to Russian.
 */
class AdminJourneyIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        // Debian's packages; setting the driver path keeps Selenium from trying to download one
        System.setProperty("webdriver.chrome.driver", System.getProperty("practica.test.chromedriver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("practica.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=412,900", "--lang=en-GB");
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void adminCreatesAUserWhoSignsInAndSwitchesToRussian(TestInfo test) throws Exception {
        try {
            String username = Api.unique("journey");
            String password = "tea with lemon and honey";

            signIn("admin", "wrong password here");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm"), "Wrong username or password."));

            signIn("admin", Api.DEMO_PASSWORD);
            wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adminCard")));

            String organisation = Api.unique("Mahalla support centre");
            browser.get(Api.BASE + "/admin/organisations.xhtml");
            type("organisationForm:name", organisation);
            type("organisationForm:country", "uz");
            new Select(browser.findElement(By.id("organisationForm:kind"))).selectByValue("RESOURCE_CENTRE");
            browser.findElement(By.id("organisationForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisationList:organisationTable"), organisation));

            browser.get(Api.BASE + "/admin/user.xhtml");
            type("userForm:username", username);
            type("userForm:displayName", "Gulnara Journey");
            new Select(browser.findElement(By.id("userForm:organisationId"))).selectByVisibleText(organisation);
            browser.findElement(By.cssSelector("input[name='userForm:roles'][value='LEARNER']")).click();
            type("userForm:password", "short");
            browser.findElement(By.id("userForm:save")).click();
            // the rule's message appears next to the password field and nothing is saved
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userForm"), "At least 10 characters."));
            type("userForm:password", password);
            browser.findElement(By.id("userForm:save")).click();
            wait.until(ExpectedConditions.urlContains("/admin/users.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userTable"), username));

            browser.findElement(By.id("logoutForm:logout")).click();
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));

            signIn(username, password);
            wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("learnerCard"), "My learning"));

            browser.findElement(By.id("languageForm:lang-ru")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("learnerCard"), "Моё обучение"));
            assertTrue(browser.findElement(By.tagName("html")).getAttribute("lang").startsWith("ru"));
            screenshot(test.getDisplayName() + "-done");

            // the choice is kept with the account, not just the session
            browser.findElement(By.id("logoutForm:logout")).click();
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            browser.manage().deleteAllCookies();
            signIn(username, password);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("learnerCard"), "Моё обучение"));
        } catch (RuntimeException | AssertionError e) {
            screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }

    private void signIn(String username, String password) {
        browser.get(Api.BASE + "/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        browser.findElement(By.id("loginForm:signIn")).click();
    }

    private void type(String id, String text) {
        var field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void screenshot(String name) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("practica.test.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + ".png"), png);
    }
}

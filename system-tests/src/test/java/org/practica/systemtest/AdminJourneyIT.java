package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's first journey in a real headless Chromium: sign in, create an organisation
 * and an account in it, sign out; the new person signs in and switches the interface to Russian.
 */
class AdminJourneyIT extends BrowserJourney {

    @Test
    void adminCreatesAUserWhoSignsInAndSwitchesToRussian(TestInfo test) {
        try {
            String username = Api.unique("journey");
            String password = "tea with lemon and honey";

            browser.signIn("admin", "wrong password here");
            browser.waitForText("loginForm", "Wrong username or password.");

            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adminCard")));

            String organisation = Api.unique("Mahalla support centre");
            browser.open("/admin/organisations.xhtml");
            // no name: said beside it, with the keyboard there
            browser.click("organisationForm:save");
            browser.waitForRefusals("organisationForm:name", "organisationForm:name");
            browser.type("organisationForm:name", organisation);
            // the country is chosen from a list named in the interface language, not typed as a code
            new Select(browser.driver.findElement(By.id("organisationForm:country"))).selectByVisibleText("Uzbekistan");
            new Select(browser.driver.findElement(By.id("organisationForm:kind"))).selectByValue("RESOURCE_CENTRE");
            browser.click("organisationForm:save");
            browser.waitForText("organisationList:organisationTable", organisation);
            browser.waitForText("organisationList:organisationTable", "Uzbekistan");

            browser.open("/admin/user.xhtml");
            // an empty form says everything it lacks at once, each beside its field
            browser.click("userForm:save");
            browser.waitForRefusals("userForm:username", "userForm:username", "userForm:displayName", "userForm:roles", "userForm:password");
            browser.type("userForm:username", username);
            browser.type("userForm:displayName", "Gulnara Journey");
            new Select(browser.driver.findElement(By.id("userForm:organisationId"))).selectByVisibleText(organisation);
            browser.driver.findElement(By.cssSelector("input[name='userForm:roles'][value='LEARNER']")).click();
            browser.type("userForm:password", "short");
            browser.click("userForm:save");
            // the rule's message appears next to the password field and nothing is saved
            browser.waitForText("userForm", "At least 12 characters.");
            browser.type("userForm:password", password);
            browser.click("userForm:save");
            browser.wait.until(ExpectedConditions.urlContains("/admin/users.xhtml"));
            // the list is paged and other tests add accounts: the notice names the one saved
            browser.waitForText(By.id("pageMessages"), "Account " + username + " saved.");

            browser.signOut();

            browser.signIn(username, password);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.waitForText("learnerCard", "My learning");

            browser.chooseLanguage("ru");
            browser.waitForText("learnerCard", "Моё обучение");
            assertTrue(browser.driver.findElement(By.tagName("html")).getAttribute("lang").startsWith("ru"));
            browser.screenshot(test.getDisplayName() + "-done");

            // the choice is kept with the account, not just the session
            browser.signOut();
            browser.driver.manage().deleteAllCookies();
            browser.signIn(username, password);
            browser.waitForText("learnerCard", "Моё обучение");
            browser.signOut();

            // switching the account off asks first; "keep" keeps it, "deactivate" signs the person out for good
            browser.driver.manage().deleteAllCookies();
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/user.xhtml?username=" + username);
            browser.driver.findElement(By.id("userForm:enabled")).click();
            browser.click("userForm:save");
            browser.waitForText("userForm:deactivateQuestion", "Deactivate Gulnara Journey?");
            browser.checkPage();
            browser.click("userForm:keepActive");
            browser.wait.until(d -> d.findElement(By.id("userForm:enabled")).isSelected());
            browser.driver.findElement(By.id("userForm:enabled")).click();
            browser.click("userForm:save");
            browser.click("userForm:confirmDeactivate");
            browser.wait.until(ExpectedConditions.urlContains("/admin/users.xhtml"));
            assertEquals(false, Api.get("/api/v1/admin/users/" + username, Api.token("admin", Api.DEMO_PASSWORD)).json().getBoolean("enabled"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }
}

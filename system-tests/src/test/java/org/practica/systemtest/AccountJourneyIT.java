package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person changes their own password on the account page (which once failed at every postback:
 * the language switcher was on the page twice under one id), meets a wrong current password beside
 * its field first; a form whose view has expired comes back with a notice, not an error page.
 */
class AccountJourneyIT extends BrowserJourney {

    @Test
    void aPersonChangesTheirPasswordOnTheAccountPage(TestInfo test) {
        String password = "first phrase of many words";
        String changed = "second phrase of many words";
        String username = Api.newLearner("account", password);
        try {
            browser.signIn(username, password);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.open("/account.xhtml");
            assertEquals(1, browser.driver.findElements(By.id("languageForm")).size(), "one switcher in the header");
            assertEquals(1, browser.driver.findElements(By.id("accountLanguageForm")).size(), "one on the page, its own id");

            browser.type("passwordForm:currentPassword", "not my password at all");
            browser.type("passwordForm:newPassword", changed);
            browser.type("passwordForm:repeatPassword", changed);
            browser.click("passwordForm:changePassword");
            browser.waitForText("passwordForm", "The current password is wrong.");

            browser.type("passwordForm:currentPassword", password);
            browser.type("passwordForm:newPassword", changed);
            browser.type("passwordForm:repeatPassword", changed);
            browser.click("passwordForm:changePassword");
            browser.waitForText(By.tagName("main"), "Your password has been changed.");
            browser.open("/index.xhtml");
            browser.waitForText("learnerCard", "My learning");   // this session carries on

            browser.signOut();
            browser.signIn(username, password);
            browser.waitForText("loginForm", "Wrong username or password.");
            browser.signIn(username, changed);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }

    @Test
    void aFormWhoseViewHasExpiredComesBackWithANotice(TestInfo test) {
        String password = "a phrase for expiry";
        String username = Api.newLearner("expiry", password);
        try {
            browser.signIn(username, password);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.open("/account.xhtml");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            String old = (String) js.executeScript("return document.querySelector(\"input[name='jakarta.faces.ViewState']\").value;");
            // a new session (signed in again, as after a timeout) no longer holds that page's view
            browser.signIn(username, password);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.open("/account.xhtml");
            js.executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(f => f.value = arguments[0]);", old);
            browser.type("passwordForm:currentPassword", password);
            browser.click("passwordForm:changePassword");
            browser.waitForText(By.tagName("main"), "This page had been open too long");
            assertTrue(browser.driver.getCurrentUrl().contains("/account.xhtml"), browser.driver.getCurrentUrl());
            assertTrue(browser.driver.findElement(By.id("passwordForm:changePassword")).isDisplayed());
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }
}

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

    /**
     * An administrator resets a person's password in the browser (after confirming), reads the
     * one-time password once, and the person who signs in with it lands on their account page,
     * sees why, chooses their own password and finds the reset in their account history.
     */
    @Test
    void aResetPasswordIsReplacedAtTheNextSignIn(TestInfo test) {
        String username = Api.newUser("handover", "the phrase before", "SUPERVISOR", "Practica Demo Resource Centre");
        try {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.open("/admin/user.xhtml?username=" + username);
            browser.click("passwordForm:reset");
            browser.click("confirmForm:confirmYes");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("temporaryPassword")));
            String temporary = browser.driver.findElement(By.id("temporaryPassword")).getText().strip();
            assertTrue(temporary.matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}"), temporary);
            browser.signOut();

            browser.signIn(username, temporary);
            browser.wait.until(ExpectedConditions.urlContains("/account.xhtml"));
            browser.waitForText("mustChange", "one-time password");
            browser.open("/index.xhtml");
            browser.wait.until(ExpectedConditions.urlContains("/account.xhtml"));   // nothing else until then
            browser.type("passwordForm:currentPassword", temporary);
            browser.type("passwordForm:newPassword", "a phrase of my very own");
            browser.type("passwordForm:repeatPassword", "a phrase of my very own");
            browser.click("passwordForm:changePassword");
            browser.waitForText(By.tagName("main"), "Your password has been changed.");
            browser.waitForText("history", "Password reset by an administrator");
            browser.open("/index.xhtml");
            browser.acceptNoticeIfAsked();   // the privacy notice comes after the password, before the rest
            browser.waitForText("supervisorCard", "");
            assertTrue(browser.driver.getCurrentUrl().contains("/index.xhtml"), browser.driver.getCurrentUrl());
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }

    /**
     * A supervisor sets up two-factor sign-in on their account page with an authenticator app
     * (here: the code computed from the key the page shows), keeps the recovery codes, and from
     * then on signs in with their password and a code.
     */
    @Test
    void aSupervisorTurnsOnTwoFactorSignInAndUsesIt(TestInfo test) {
        String password = "a phrase only I know";
        String username = Api.newUser("phone", password, "SUPERVISOR", "Practica Demo Resource Centre");
        try {
            browser.signIn(username, password);
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.open("/account.xhtml");
            browser.waitForText("secondFactorCard", "Two-factor sign-in is off.");
            browser.click("secondFactorForm:beginFactor");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#secondFactorCard svg")));
            String secret = browser.driver.findElement(By.id("secret")).getText();
            browser.type("secondFactorForm:code", "000000");
            browser.click("secondFactorForm:confirmFactor");
            browser.waitForText("secondFactorForm", "That code is not right");
            long step = Totp.stepNow();
            browser.type("secondFactorForm:code", Totp.code(secret, step));
            browser.click("secondFactorForm:confirmFactor");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
            assertEquals(10, browser.driver.findElements(By.cssSelector("#recoveryCodes li")).size());
            browser.signOut();

            browser.signIn(username, password);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secondStepHint")));
            browser.type("loginForm:code", Totp.code(secret, step + 1));
            browser.click("loginForm:signIn");
            browser.wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.open("/account.xhtml");
            browser.waitForText("secondFactorCard", "Two-factor sign-in is on.");
            browser.waitForText("history", "Two-factor sign-in turned on");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }
}

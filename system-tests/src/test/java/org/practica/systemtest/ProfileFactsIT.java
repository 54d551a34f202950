package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person gives facts about themselves for programme reports only with their consent, reads them
 * back, and withdraws them (on the facts page or by withdrawing the statistics consent): they are
 * deleted, and the audit trail says that they stated or withdrew, never what.
 */
class ProfileFactsIT extends BrowserJourney {

    private static final String PASSWORD = "my facts are mine";

    @Test
    void factsAreKeptOnlyWithConsentAndGoWhenItIsWithdrawn() {
        String learner = Api.newLearner("facts", PASSWORD);
        String token = Api.token(learner, PASSWORD);
        assertEquals(404, Api.get("/api/v1/me/profile-facts", token).status());

        Api.Reply refused = Api.put("/api/v1/me/profile-facts", token,
                "{\"sex\":\"FEMALE\",\"region\":\"KZ-99\",\"ageBand\":\"FROM_99\",\"consent\":false}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        for (String field : new String[]{"consent", "region", "ageBand"}) {
            assertTrue(refused.body().contains("\"" + field + "\""), field + " refused: " + refused.body());
        }
        assertEquals(404, Api.get("/api/v1/me/profile-facts", token).status(), "nothing half-kept");

        Api.Reply stated = Api.put("/api/v1/me/profile-facts", token,
                "{\"sex\":\"FEMALE\",\"ageBand\":\"FROM_35_TO_44\",\"region\":\"AL-11\",\"profession\":\"SOCIAL_WORKER\",\"consent\":true}");
        assertEquals(200, stated.status(), stated.body());
        JsonObject mine = Api.get("/api/v1/me/profile-facts", token).json();
        assertEquals("AL-11", mine.getString("region"));
        assertEquals("SOCIAL_WORKER", mine.getString("profession"));
        assertTrue(statisticsConsent(token), "stating the facts gives the statistics consent");

        // withdrawing the consent on the account side deletes the facts too
        assertEquals(200, Api.put("/api/v1/me/consents/STATISTICS", token, "{\"granted\":false}").status());
        assertEquals(404, Api.get("/api/v1/me/profile-facts", token).status());

        assertEquals(200, Api.put("/api/v1/me/profile-facts", token, "{\"sex\":\"MALE\",\"consent\":true}").status());
        assertEquals(204, Api.delete("/api/v1/me/profile-facts", token).status());
        assertEquals(404, Api.get("/api/v1/me/profile-facts", token).status());
        assertFalse(statisticsConsent(token));

        String audit = Api.get("/api/v1/audit/events?person=" + learner, Api.token("auditor", Api.DEMO_PASSWORD)).body();
        assertTrue(audit.contains("profile.factsStated") && audit.contains("profile.factsWithdrawn"), audit);
        assertFalse(audit.contains("SOCIAL_WORKER") || audit.contains("AL-11") || audit.contains("FEMALE"), "no fact in the trail: " + audit);
        // a manager counts, but reads nobody's own facts
        assertEquals(403, Api.get("/api/v1/admin/users?q=" + learner, Api.token("manager", Api.DEMO_PASSWORD)).status());
    }

    private static boolean statisticsConsent(String token) {
        return Api.get("/api/v1/me/consents", token).array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("purpose").equals("STATISTICS")).findFirst().orElseThrow().getBoolean("granted");
    }

    @Test
    void aLearnerGivesAndWithdrawsTheirFactsInTheBrowser() {
        String learner = Api.newLearner("facts", PASSWORD);
        try {
            browser.signIn(learner, PASSWORD);
            browser.open("/account.xhtml");
            browser.click("profileFactsLink");
            browser.checkPage();
            new Select(browser.driver.findElement(By.id("factsForm:sex"))).selectByValue("FEMALE");
            new Select(browser.driver.findElement(By.id("factsForm:region"))).selectByValue("KG-GB");
            browser.click("factsForm:save");
            browser.waitForRefusals("factsForm:consent", "factsForm:consent");
            assertEquals("KG-GB", new Select(browser.driver.findElement(By.id("factsForm:region"))).getFirstSelectedOption().getAttribute("value"),
                    "a refused form keeps what was chosen");
            browser.click("factsForm:consent");
            browser.click("factsForm:save");
            browser.waitForText("pageMessages", "Your facts are saved.");
            assertTrue(browser.driver.findElement(By.id("consentedAt")).isDisplayed());
            assertEquals("FEMALE", new Select(browser.driver.findElement(By.id("factsForm:sex"))).getFirstSelectedOption().getAttribute("value"));

            browser.chooseLanguage("ky");
            browser.open("/profile-facts.xhtml");
            assertEquals("Бишкек", new Select(browser.driver.findElement(By.id("factsForm:region"))).getFirstSelectedOption().getText());

            browser.chooseLanguage("en");
            browser.open("/profile-facts.xhtml");
            browser.driver.findElement(By.id("withdrawForm:withdraw-ask")).click();
            browser.click("withdrawForm:withdraw");
            browser.waitForText("pageMessages", "Your facts are deleted");
            assertEquals("", new Select(browser.driver.findElement(By.id("factsForm:sex"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(404, Api.get("/api/v1/me/profile-facts", Api.token(learner, PASSWORD)).status());
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("profile-facts");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }
}

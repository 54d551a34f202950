package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A practitioner in Almaty signs in for the first time from a browser set to Asia/Almaty: the
 * account takes that zone, and the account page writes its history in it. She moves to New
 * York time on the account page and the API says so; a zone that does not exist is refused,
 * through the API with a problem naming the field.
 */
class TimeZoneJourneyIT {

    private static final String PASSWORD = "a kettle on the steppe";
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser("Asia/Almaty");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theFirstSignInTakesTheBrowsersZoneAndThePersonMayChooseAnother(TestInfo test) {
        String learner = Api.newLearner("almaty", PASSWORD);
        String token = Api.token(learner, PASSWORD);
        JsonObject before = Api.get("/api/v1/me", token).json();
        assertTrue(!before.containsKey("timeZone") || before.isNull("timeZone"), "no zone before the first sign-in in a browser: " + before);
        try {
            browser.signIn(learner, PASSWORD);
            assertEquals("Asia/Almaty", Api.get("/api/v1/me", token).json().getString("timeZone"));

            browser.open("/account.xhtml");
            assertEquals("Asia/Almaty", new Select(browser.driver.findElement(By.id("zoneForm:timeZone"))).getFirstSelectedOption().getAttribute("value"));
            JsonObject created = Api.get("/api/v1/me/history", token).array().getJsonObject(0);
            String shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                    .withZone(ZoneId.of("Asia/Almaty")).format(Instant.parse(created.getString("at")));
            browser.waitForText("history", shown);

            new Select(browser.driver.findElement(By.id("zoneForm:timeZone"))).selectByValue("America/New_York");
            browser.click("zoneForm:saveZone");
            browser.waitForText("pageMessages", "Your time zone is now America/New_York.");
            assertEquals("America/New_York", Api.get("/api/v1/me", token).json().getString("timeZone"));
            browser.signOut();

            browser.signIn(learner, PASSWORD);
            assertEquals("America/New_York", Api.get("/api/v1/me", token).json().getString("timeZone"), "a guess never overrides a choice");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }

        Api.Reply refused = Api.put("/api/v1/me/time-zone", token, "{\"timeZone\":\"Mars/Olympus_Mons\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.body().contains("timeZone"), refused.body());
        assertEquals("America/New_York", Api.get("/api/v1/me", token).json().getString("timeZone"), "a refused zone changes nothing");
    }
}

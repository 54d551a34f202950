package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real Chromium: a mentee asks a supervisor for supervision and the supervisor accepts and
 * sets the required hours; the supervisor logs a session (a name typed as a case reference is
 * refused beside the field and nothing is stored; a generated code is taken); the mentee confirms
 * it and writes a reflection; the supervisor signs it off and the hours move on the page, on the
 * dashboard and in the printed log book, which never carries the reflection.
 */
class MentoringJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "supervised in the browser";
    private static final String REFLECTION = "I noticed I rushed the mother when she went quiet.";
    private static final String TRAUMA = "TRAUMA_INFORMED_PRACTICE";

    @Test
    void aSessionIsLoggedConfirmedAndSignedOffAndTheHoursMove(TestInfo test) throws Exception {
        String mentee = Api.newLearner("journey-mentee", PASSWORD);
        String supervisor = Api.newUser("journey-supervisor", PASSWORD, "SUPERVISOR", "Practica Demo Resource Centre");
        String supervisorToken = Api.token(supervisor, PASSWORD);
        try {
            browser.signIn(mentee, PASSWORD);
            browser.open("/mentoring/index.xhtml");
            // asking nobody, for a period that ends before it starts: both said at once
            browser.setValue("requestForm:startsOn", LocalDate.now(ZoneOffset.UTC).toString());
            browser.setValue("requestForm:endsOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
            browser.click("requestForm:send");
            browser.waitForRefusals("requestForm:supervisor", "requestForm:supervisor", "requestForm:endsOn");
            browser.setValue("requestForm:endsOn", "");
            new Select(browser.driver.findElement(By.id("requestForm:supervisor"))).selectByValue(supervisor);
            new Select(browser.driver.findElement(By.id("requestForm:discipline"))).selectByValue("PSYCHOLOGY");
            browser.setValue("requestForm:startsOn", LocalDate.now(ZoneOffset.UTC).minusMonths(1).toString());
            browser.type("requestForm:goals", "Safer first conversations with returning mothers");
            browser.click("requestForm:send");
            browser.waitForText("pageMessages", "Your request has been sent to Test " + supervisor);
            long relationship = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            browser.waitForText("status", "Requested");
            browser.signOut();

            browser.signIn(supervisor, PASSWORD);
            browser.open("/mentoring/index.xhtml");
            browser.driver.findElement(By.cssSelector("#relationship-" + relationship + " input[value='Accept']")).click();
            browser.waitForText("pageMessages", "You now supervise Test " + mentee);
            browser.open("/mentoring/relationship.xhtml?id=" + relationship);
            browser.waitForText("status", "Active");
            browser.type("hours-" + TRAUMA, "20");
            browser.click("planForm:replan");
            browser.waitForText("pageMessages", "The plan has been saved.");
            assertEquals("20", Api.get("/api/v1/mentoring/relationships/" + relationship, supervisorToken).json()
                    .getJsonObject("requiredHours").getJsonNumber(TRAUMA).bigDecimalValue().stripTrailingZeros().toPlainString());

            // a name where a case code belongs is refused beside the field, and nothing is stored; so are
            // a session of no length and about no competency, all from the same submit
            LocalDateTime held = LocalDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.MINUTES);
            browser.setValue("logForm:startsAt", held.toString());
            browser.driver.findElement(By.id("logForm:minutes")).clear();
            new Select(browser.driver.findElement(By.id("logForm:modality"))).selectByValue("INDIVIDUAL_ONLINE");
            browser.type("logForm:caseReferences", "Amina K., 7 years");
            browser.click("logForm:logSession");
            browser.waitForRefusals("logForm:minutes", "logForm:minutes", "logForm:competencies", "logForm:caseReferences");
            browser.waitForText(By.xpath("//input[@id='logForm:caseReferences']/following-sibling::*[contains(@class,'field-error')]"),
                    "a code the system generates");
            browser.type("logForm:minutes", "90");
            browser.driver.findElement(By.cssSelector("input[name='logForm:competencies'][value='" + TRAUMA + "']")).click();
            assertEquals(0, sessions(relationship, supervisorToken), "a refused session stores nothing");
            assertTrue(browser.driver.findElement(By.id("caseHint")).getText().contains("never names"));

            browser.driver.findElement(By.id("logForm:caseReferences")).clear();
            browser.click("logForm:newCaseReference");
            String code = waitForValue("logForm:caseReferences");
            assertTrue(code.matches("CASE-[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
            assertEquals("90", browser.driver.findElement(By.id("logForm:minutes")).getAttribute("value"), "the form keeps what was typed");
            browser.click("logForm:logSession");
            browser.waitForText("pageMessages", "is logged");
            browser.waitForText("pendingHours", "1.5");
            assertEquals(1, sessions(relationship, supervisorToken));
            long session = Api.get("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisorToken).array()
                    .getJsonObject(0).getJsonNumber("id").longValue();
            browser.signOut();

            browser.signIn(mentee, PASSWORD);
            // the mentee's dashboard says a session waits for them, and by whom it was logged
            browser.open("/index.xhtml");
            browser.waitForText("sessionsToConfirm", "One session logged by Test " + supervisor + " waits for your confirmation.");
            browser.open("/mentoring/session.xhtml?id=" + session);
            browser.waitForText("status", "Waiting for confirmation");
            browser.click("actionsForm:confirm");
            browser.waitForText("status", "Confirmed");
            browser.type("reflectionForm:reflection", REFLECTION);
            browser.click("reflectionForm:saveReflection");
            browser.waitForText("pageMessages", "The reflection has been saved.");
            assertTrue(browser.driver.findElements(By.id("notesForm:saveNotes")).isEmpty(), "the mentee does not write the notes");
            browser.signOut();

            browser.signIn(supervisor, PASSWORD);
            browser.open("/mentoring/relationship.xhtml?id=" + relationship);
            assertEquals("0", browser.driver.findElement(By.id("signedOffHours")).getText());
            // signing off asks first: the hours then count and the record is locked
            browser.driver.findElement(By.cssSelector("#session-" + session + " summary[id$='signOff-ask']")).click();
            browser.waitForText(By.cssSelector("#session-" + session), "can no longer be changed");
            browser.driver.findElement(By.cssSelector("#session-" + session + " input[value='Yes, sign it off']")).click();
            browser.waitForText("pageMessages", "signed off");
            browser.waitForText("signedOffHours", "1.5");
            browser.waitForText(By.cssSelector("#progress-" + TRAUMA + " .hours"), "1.5");
            assertEquals("0", browser.driver.findElement(By.id("pendingHours")).getText());
            // the hours of a chosen period: the session was held two days ago
            browser.setValue("from", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
            browser.click("showPeriod");
            browser.wait.until(d -> d.getCurrentUrl().contains("from="));
            assertEquals("0", browser.driver.findElement(By.id("signedOffHours")).getText(), "nothing held since yesterday");
            browser.click("allTime");
            browser.waitForText("signedOffHours", "1.5");

            browser.open("/mentoring/session.xhtml?id=" + session);
            assertEquals(REFLECTION, browser.driver.findElement(By.id("reflectionForm:reflection")).getAttribute("value"),
                    "the supervisor reads the reflection");
            browser.waitForText("signedOffBy", "Test " + supervisor);
            assertFalse(browser.driver.findElements(By.id("changeForm:reason")).isEmpty(), "after sign-off, changes are amendments");
            browser.open("/index.xhtml");
            browser.waitForText("supervisorMentees", mentee);

            JsonObject totals = Api.get("/api/v1/mentoring/relationships/" + relationship + "/totals", supervisorToken).json();
            assertEquals(0, totals.getJsonNumber("signedOffHours").bigDecimalValue().compareTo(new java.math.BigDecimal("1.5")), totals.toString());
            String printed;
            try (var pdf = Loader.loadPDF(Api.download("/api/v1/mentoring/relationships/" + relationship + "/logbook.pdf", supervisorToken))) {
                printed = new PDFTextStripper().getText(pdf);
            }
            assertTrue(printed.contains("Supervised practice log book") && printed.contains(code) && printed.contains("1.5 h signed off"), printed);
            assertTrue(printed.contains("Trauma-informed practice"), printed);
            assertFalse(printed.contains("rushed the mother"), "the reflection is never printed");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    @Test
    void anAdminKeepsACompetencyFramework(TestInfo test) {
        String code = ("SAFE_INTERVIEW_" + Api.unique("x").substring(2)).toUpperCase().replace('-', '_');
        try {
            browser.driver.manage().deleteAllCookies();
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/competencies.xhtml?discipline=JOURNALISM");
            browser.type("addForm:code", "safe interview!");
            browser.type("addForm:names-en", "Interviewing returnees safely");
            browser.type("addForm:names-ru", "Безопасное интервью с вернувшимися");
            browser.type("addForm:names-kk", "Оралғандармен қауіпсіз сұхбат");
            browser.click("addForm:addCompetency");
            browser.waitForText(By.xpath("//input[@id='addForm:code']/following-sibling::*[contains(@class,'ui-message')]"),
                    "capital letters");
            String admin = Api.token("admin", Api.DEMO_PASSWORD);
            int before = Api.get("/api/v1/mentoring/competencies?discipline=journalism", admin).array().size();

            browser.type("addForm:code", code);
            browser.click("addForm:addCompetency");
            browser.waitForText("pageMessages", code + " has been added.");
            var framework = Api.get("/api/v1/mentoring/competencies?discipline=journalism", admin).array();
            assertEquals(before + 1, framework.size());
            assertEquals("Оралғандармен қауіпсіз сұхбат", framework.stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow().getJsonObject("names").getString("kk"),
                    "a name in a third content language is kept");
            // a change that leaves no name is refused beside its row, and nothing is lost
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()",
                    browser.driver.findElement(By.cssSelector("#competency-" + code + " summary")));
            for (String language : new String[]{"en", "ru", "kk"}) {
                browser.driver.findElement(By.id("name-" + language + "-" + code)).clear();
            }
            browser.driver.findElement(By.cssSelector("#competency-" + code + " input[type='submit']")).click();
            browser.waitForText("error-" + code, "required");
            assertTrue(browser.driver.findElement(By.id("name-en-" + code)).isDisplayed(), "the refused row is shown open");
            assertEquals(1, browser.driver.findElements(By.cssSelector("#framework details[open]")).size(), "only that row");
            assertTrue(Api.get("/api/v1/mentoring/competencies?discipline=journalism", admin).array().stream()
                    .map(jakarta.json.JsonValue::asJsonObject).anyMatch(c -> c.getString("code").equals(code)
                            && c.getJsonObject("names").getString("en").equals("Interviewing returnees safely")));
            browser.driver.findElement(By.id("retired-" + code)).click();
            browser.driver.findElement(By.cssSelector("#competency-" + code + " input[type='submit']")).click();
            browser.waitForText("pageMessages", code + " is retired");
            assertTrue(Api.get("/api/v1/mentoring/competencies?discipline=journalism", admin).array().stream()
                    .map(jakarta.json.JsonValue::asJsonObject).anyMatch(c -> c.getString("code").equals(code) && c.getBoolean("retired")));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static int sessions(long relationship, String token) {
        return Api.get("/api/v1/mentoring/relationships/" + relationship + "/sessions", token).array().size();
    }

    private static String waitForValue(String id) {
        return browser.wait.until(d -> {
            String v = d.findElement(By.id(id)).getAttribute("value");
            return v == null || v.isBlank() ? null : v;
        });
    }
}

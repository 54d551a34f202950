package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer brings questions over from Moodle in a real Chromium: a file with mistakes is previewed
 * with a problem per line, nothing is stored until the trainer chooses to import the valid
 * questions, and a clean file imports whole.
 */
class QuestionBankJourneyIT extends BrowserJourney {

    private static final Path FIXTURES = Path.of("../assessments/src/test/resources/exchange").toAbsolutePath().normalize();

    @Test
    void trainerPreviewsAFileWithProblemsImportsTheValidQuestionsThenACleanFile(TestInfo test) {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Question journey"));
        String bankName = Api.unique("From Moodle");
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/course.xhtml?id=" + course);
            browser.click("questionBanksLink");
            browser.type("bankForm:name", bankName);
            browser.click("bankForm:openBank");
            browser.waitForText("bankName", bankName);

            browser.driver.findElement(By.id("importForm:file")).sendKeys(FIXTURES.resolve("malformed.gift").toString());
            browser.click("importForm:preview");
            browser.waitForText("previewSummary", "2 question(s) can be imported; 10 have problems.");
            String problems = browser.driver.findElement(By.id("problems")).getText();
            assertTrue(problems.contains("Bad weight %abc%"), problems);
            assertTrue(problems.startsWith("Line") && problems.contains("\n5 "), problems);
            assertEquals(0, browser.driver.findElements(By.id("decideForm:importAll")).size(), "no import-all while there are problems");
            assertTrue(browser.driver.findElement(By.id("questions")).getText().contains("This bank holds no question yet."),
                    "a preview stores nothing");

            browser.click("decideForm:importValid");
            browser.waitForText("pageMessages", "2 question(s) imported.");
            String stored = browser.driver.findElement(By.id("questions")).getText();
            assertTrue(stored.contains("Good one") && stored.contains("Another good one"), stored);

            browser.driver.findElement(By.id("importForm:file")).sendKeys(FIXTURES.resolve("all-types.gift").toString());
            browser.click("importForm:preview");
            browser.waitForText("previewSummary", "22 question(s) can be imported; 0 have problems.");
            browser.click("decideForm:importAll");
            browser.waitForText("pageMessages", "22 question(s) imported.");
            browser.waitForText("banks", "24 question(s)");

            // one question written by hand: a mistake is shown next to the field, then it is added
            browser.type("writeForm:written", "::By hand::Which comes first?{=Safety ~Speed");
            browser.click("writeForm:addWritten");
            browser.waitForText("writeForm", "braces");
            browser.type("writeForm:written", "::By hand::Which comes first?{=Safety ~Speed}");
            browser.click("writeForm:addWritten");
            browser.waitForText("pageMessages", "1 question(s) imported.");
            browser.waitForText("questions", "By hand");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }
}

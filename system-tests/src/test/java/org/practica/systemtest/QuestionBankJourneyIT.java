package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            browser.waitForText("previewSummary", "2 questions can be imported; 10 with problems.");
            String problems = browser.driver.findElement(By.id("problems")).getText();
            assertTrue(problems.contains("Bad weight %abc%"), problems);
            assertTrue(problems.startsWith("Line") && problems.contains("\n5 "), problems);
            assertEquals(0, browser.driver.findElements(By.id("decideForm:importAll")).size(), "no import-all while there are problems");
            assertTrue(browser.driver.findElement(By.id("questions")).getText().contains("This bank holds no question yet."),
                    "a preview stores nothing");

            browser.click("decideForm:importValid");
            browser.waitForText("pageMessages", "2 questions imported.");
            String stored = browser.driver.findElement(By.id("questions")).getText();
            assertTrue(stored.contains("Good one") && stored.contains("Another good one"), stored);

            browser.driver.findElement(By.id("importForm:file")).sendKeys(FIXTURES.resolve("all-types.gift").toString());
            browser.click("importForm:preview");
            browser.waitForText("previewSummary", "22 questions can be imported; 0 with problems.");
            // each question can be looked at as learners will see it, its credited answers marked
            WebElement firstPreview = browser.driver.findElement(By.cssSelector("#previewQuestions details.question-preview"));
            firstPreview.findElement(By.tagName("summary")).click();
            assertTrue(firstPreview.findElements(By.cssSelector("li.earns")).size() >= 1, firstPreview.getText());
            browser.click("decideForm:importAll");
            browser.waitForText("pageMessages", "22 questions imported.");
            // the bank is searched by words of a question's name or text
            browser.type("search", "Another good");
            browser.click("searchButton");
            browser.wait.until(d -> d.getCurrentUrl().contains("q=Another"));
            String found = browser.driver.findElement(By.id("questions")).getText();
            assertTrue(found.contains("Another good one") && !found.contains("Good one"), found);
            browser.click("clearSearch");
            browser.waitForText("banks", "24 questions");

            // one question written by hand: a mistake is shown next to the field, then it is added
            browser.type("writeForm:written", "::By hand::Which comes first?{=Safety ~Speed");
            browser.click("writeForm:addWritten");
            browser.waitForText("writeForm", "braces");
            browser.type("writeForm:written", "::By hand::Which comes first?{=Safety ~Speed}");
            browser.click("writeForm:addWritten");
            browser.waitForText("pageMessages", "1 question imported.");
            browser.waitForText("questions", "By hand");

            // renamed (a blank name refused beside its field), then an empty bank deleted after a confirmation
            browser.type("renameForm:name", " ");
            browser.click("renameForm:rename");
            browser.waitForRefusals("renameForm:name", "renameForm:name");
            browser.type("renameForm:name", bankName + " (kept)");
            browser.click("renameForm:rename");
            browser.waitForText("bankName", bankName + " (kept)");
            browser.type("bankForm:name", bankName + " spare");
            browser.click("bankForm:openBank");
            browser.waitForText("bankName", bankName + " spare");
            browser.click("deleteForm:deleteBank-ask");
            browser.checkPage();
            browser.click("deleteForm:deleteBank");
            browser.waitForText("pageMessages", "has been deleted");
            assertFalse(browser.driver.findElement(By.id("banks")).getText().contains(bankName + " spare"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }
}

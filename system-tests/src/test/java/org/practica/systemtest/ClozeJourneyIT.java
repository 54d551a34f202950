package org.practica.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bank comes over from Moodle with a cloze question and a picture embedded in the file, in a
 * real Chromium: the trainer previews it (the picture shown before anything is stored), imports
 * it (the picture becomes the course's media) and puts it in a quiz; a learner sees the picture,
 * fills one gap right and one wrong, and gets half the marks, as Moodle grades it.
 */
class ClozeJourneyIT extends BrowserJourney {

    private static final Path FILE = Path.of("src/test/resources/quiz/cloze-with-image.xml").toAbsolutePath();
    private static final String PASSWORD = "gaps in a browser";

    @Test
    void trainerImportsAClozeWithAPictureAndALearnerAnswersItPartlyRight(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String courseTitle = Api.unique("Cloze in a browser");
        CourseFixtures.WithBank setup = CourseFixtures.publishedCourseWithBank(trainer, courseTitle, Api.unique("From Moodle"));
        String username = Api.newLearner("gapfiller", PASSWORD);
        String learner = Api.token(username, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + setup.course() + "/enrolments", learner, "").status());
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/questions.xhtml?id=" + setup.course() + "&bank=" + setup.bank());
            new Select(browser.driver.findElement(By.id("importForm:format"))).selectByVisibleText("Moodle XML");
            browser.driver.findElement(By.id("importForm:file")).sendKeys(FILE.toString());
            browser.click("importForm:preview");
            browser.waitForText("previewSummary", "1 question can be imported; 0 with problems.");
            WebElement preview = browser.driver.findElement(By.cssSelector("#previewQuestions details.question-preview"));
            preview.findElement(By.tagName("summary")).click();
            WebElement picture = preview.findElement(By.cssSelector("img[alt='A green map of the region']"));
            assertTrue(picture.getAttribute("src").startsWith("data:image/png;base64,"), "shown from the file before it is stored");
            assertTrue(shown(picture), "the picture is drawn");
            String words = preview.getText();
            assertTrue(words.contains("[1]") && words.contains("[2]") && words.contains("[1] Syria") && words.contains("[2] Kazakhstan"), words);
            browser.checkPage();
            browser.click("decideForm:importAll");
            browser.waitForText("pageMessages", "1 question imported.");

            // the picture is now one of the course's images, and the question links to it there
            JsonObject stored = Api.get("/api/v1/question-banks/" + setup.bank() + "/questions", trainer).array().getJsonObject(0);
            assertEquals("CLOZE", stored.getString("type"));
            assertTrue(stored.getString("text").matches("(?s).*src=\"/media/\\d+/green-map\\.png\".*"), stored.getString("text"));
            assertEquals(1, Api.get("/api/v1/courses/" + setup.course() + "/media", trainer).array().size());
            assertEquals("0.3333333", stored.getJsonObject("details").getJsonNumber("penalty").bigDecimalValue().toPlainString());
            // back to Moodle: the picture travels inside the file; GIFT says what it cannot carry
            String xml = Api.get("/api/v1/question-banks/" + setup.bank() + "/export?format=moodlexml", trainer).body();
            assertTrue(xml.contains("@@PLUGINFILE@@/green-map.png") && xml.contains("<file name=\"green-map.png\" path=\"/\" encoding=\"base64\">"), xml);
            assertTrue(Api.get("/api/v1/question-banks/" + setup.bank() + "/export-losses?format=moodlexml", trainer).array().isEmpty());
            String losses = Api.get("/api/v1/question-banks/" + setup.bank() + "/export-losses?format=gift", trainer).array().toString();
            assertTrue(losses.contains("embedded answers") && losses.contains("pictures"), losses);

            browser.open("/author/course.xhtml?id=" + setup.course());
            browser.click("quizzesLink");
            browser.type("quizForm:title", "Return routes");
            browser.click("quizForm:createQuiz");
            browser.waitForText("quizList", "Return routes");
            browser.signOut();

            browser.signIn(username, PASSWORD);
            browser.open("/courses/course.xhtml?id=" + setup.course());
            browser.driver.findElement(By.linkText("Return routes")).click();
            browser.click("startForm:start");
            // the start button posts and the attempt page follows: wait for it rather than race it
            WebElement cloze = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.question[data-type='CLOZE']")));
            WebElement map = cloze.findElement(By.cssSelector("img[alt='A green map of the region']"));
            browser.wait.until(d -> shown(map));
            assertTrue(map.getAttribute("src").contains("/media/"), map.getAttribute("src"));
            assertFalse(cloze.getText().contains("Syria"), "the right answer is not on the page");
            WebElement first = cloze.findElement(By.cssSelector("input[aria-label='Gap 1']"));
            first.sendKeys("syria");
            new Select(cloze.findElement(By.cssSelector("select[aria-label='Gap 2']"))).selectByVisibleText("Chile");
            browser.driver.findElement(By.tagName("h1")).click();
            browser.checkPage();   // the attempt page with its gaps, at phone and desktop width

            long attempt = Long.parseLong(browser.driver.findElement(By.id("attemptId")).getAttribute("value"));
            JsonObject saved = null;
            for (int i = 0; i < 40; i++) {   // both gaps saved as they were filled
                saved = Api.get("/api/v1/attempts/" + attempt, learner).json();
                JsonObject responses = saved.getJsonObject("responses");
                if (!responses.isEmpty() && responses.values().iterator().next().asJsonObject().getJsonObject("parts").size() == 2) {
                    break;
                }
                Thread.sleep(250);
            }
            JsonObject question = saved.getJsonArray("questions").getJsonObject(0);
            assertFalse(question.toString().contains("Syria"), "the API does not send the embedded answers either: " + question);
            assertEquals(2, question.getJsonArray("gaps").size());
            JsonObject parts = saved.getJsonObject("responses").values().iterator().next().asJsonObject().getJsonObject("parts");
            assertEquals("syria", parts.getJsonObject("1").getString("text"));
            int chile = question.getJsonArray("gaps").getJsonObject(1).getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("text").equals("Chile")).findFirst().orElseThrow().getInt("index");
            assertEquals(chile, parts.getJsonObject("2").getInt("choice"));

            browser.click("attemptForm:finish");
            browser.waitForText("answeredCount", "You have answered 1 of 1 question.");
            browser.click("attemptForm:submit");
            // one gap of two right, each worth one mark: 1 of 2, as Moodle grades it
            browser.wait.until(d -> d.findElement(By.id("score")).getText().startsWith("1 / 2"));
            String review = browser.driver.findElement(By.id("lines")).getText();
            assertTrue(review.contains("[1] syria") && review.contains("Right."), review);
            browser.checkPage();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static boolean shown(WebElement image) {
        Object width = ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image);
        return width instanceof Number n && n.intValue() > 0;
    }
}

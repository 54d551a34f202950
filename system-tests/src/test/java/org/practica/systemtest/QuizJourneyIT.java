package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainer creates a timed quiz from a bank in a real Chromium; a learner sits it: answers are saved as they are given (no Save
 * button pressed), the clock counts down, submitting shows the result with the essay waiting;
 * the trainer grades the essay on the grading page (a score out of range is refused next to it)
 * and sees the gradebook; the learner then sees the grade and the comment.
 */
class QuizJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "answers in a browser";

    @Test
    void learnerSitsATimedQuizAndSeesTheGradeAfterTheTrainerMarksTheEssay(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String courseTitle = Api.unique("Quiz in a browser");
        CourseFixtures.WithBank setup = CourseFixtures.publishedCourseWithBank(trainer, courseTitle, Api.unique("Browser bank"));
        long course = setup.course();
        long bank = setup.bank();
        String gift = Files.readString(Path.of("src/test/resources/quiz/short-quiz.gift"), StandardCharsets.UTF_8);
        assertEquals(201, QuestionBanksIT.importFile(trainer, bank, "gift", "all", gift).status());
        String username = Api.newLearner("sitter", PASSWORD);
        String learner = Api.token(username, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learner, "").status());

        try {
            // the trainer sets the quiz up in the browser; a quiz without a title is refused
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/course.xhtml?id=" + course);
            browser.click("quizzesLink");
            browser.type("quizForm:timeLimitMinutes_input", "10");
            // no title and a quiz that closes before it opens: both said at once
            java.time.LocalDateTime opens = java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0);
            browser.setValue("quizForm:opensAt", opens.toString());
            browser.setValue("quizForm:closesAt", opens.minusDays(1).toString());
            browser.click("quizForm:createQuiz");
            browser.waitForRefusals("quizForm:title", "quizForm:title", "quizForm:closesAt");
            browser.waitForText("quizForm", "This field is required.");   // next to the title
            browser.setValue("quizForm:opensAt", "");
            browser.setValue("quizForm:closesAt", "");
            browser.type("quizForm:title", "Timed check");   // the time limit typed before is still there
            browser.click("quizForm:createQuiz");
            browser.waitForText("quizList", "Timed check");
            browser.signOut();

            browser.signIn(username, PASSWORD);
            browser.open("/courses/course.xhtml?id=" + course);
            browser.driver.findElement(By.linkText("Timed check")).click();
            browser.click("startForm:start");
            browser.wait.until(ExpectedConditions.textMatches(By.id("timeLeft"), java.util.regex.Pattern.compile("^(10:00|9:[0-5][0-9])$")));
            assertTrue(browser.driver.findElements(By.id("attemptForm:takeBreak")).isEmpty(), "the clock runs on: no break is offered");
            // finishing before answering lists every question still open, with a way back
            browser.click("attemptForm:finish");
            browser.waitForText("answeredCount", "You have answered 0 of 4 questions.");
            assertEquals(4, browser.driver.findElements(By.cssSelector("#unanswered a")).size());
            browser.click("backToQuestions");
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submitSummary")));

            browser.driver.findElement(By.xpath("//label[contains(., 'Safety')]/input")).click();
            question("SHORT_ANSWER").findElement(By.tagName("input")).sendKeys("resilience");
            // words where a number is asked are refused beside the question, not saved with a tick
            org.openqa.selenium.WebElement number = question("NUMERICAL").findElement(By.tagName("input"));
            number.sendKeys("six");
            browser.driver.findElement(By.tagName("h1")).click();
            String numberSlot = question("NUMERICAL").getAttribute("data-slot");
            browser.waitForText("err-" + numberSlot, "Type a number");
            assertTrue(browser.driver.findElement(By.id("nav-" + numberSlot)).getAttribute("class").contains("refused"));
            assertEquals("true", number.getAttribute("aria-invalid"));
            browser.screenshot("attempt-refused");
            browser.checkPage();   // the attempt page, with a refusal showing
            number.clear();
            number.sendKeys("7");
            browser.wait.until(d -> d.findElement(By.id("err-" + numberSlot)).getText().isEmpty());
            question("ESSAY").findElement(By.tagName("textarea")).sendKeys("A name lets neighbours find the family.");
            browser.driver.findElement(By.tagName("h1")).click();   // leaves the essay field, so its last change is saved too

            long attempt = Long.parseLong(browser.driver.findElement(By.id("attemptId")).getAttribute("value"));
            JsonObject saved = null;
            for (int i = 0; i < 40; i++) {   // saved as typed, without pressing Save
                saved = Api.get("/api/v1/attempts/" + attempt, learner).json();
                if (saved.getJsonObject("responses").size() == 4) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals(4, saved.getJsonObject("responses").size(), saved.toString());
            // the question panel marks every question answered
            browser.wait.until(d -> d.findElements(By.cssSelector("#questionNav a.answered")).size() == 4);

            // finishing shows what is answered before anything is submitted
            browser.click("attemptForm:finish");
            browser.waitForText("answeredCount", "You have answered 4 of 4 questions.");
            assertTrue(browser.driver.findElements(By.id("unanswered")).isEmpty(), "nothing is left unanswered");
            browser.click("attemptForm:submit");
            browser.waitForText("status", "Waiting for the trainer");
            assertTrue(browser.driver.findElement(By.id("score")).getText().startsWith("3 / 4"), browser.driver.findElement(By.id("score")).getText());
            browser.waitForText("waiting", "provisional");
            assertEquals(3, browser.driver.findElements(By.cssSelector("#lines li.question.right")).size(), "three right answers are marked right");
            assertEquals(1, browser.driver.findElements(By.cssSelector("#lines li.question.pending")).size(), "the essay waits");
            browser.screenshot("result-reviewed");
            browser.checkPage();

            int essay = saved.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                    .filter(q -> q.getString("type").equals("ESSAY")).findFirst().orElseThrow().getInt("slot");
            String resultUrl = browser.driver.getCurrentUrl();
            browser.signOut();

            // the trainer grades the essay on the grading page and sees the gradebook move
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            // the dashboard says what waits for grading, with a way straight to it
            browser.open("/index.xhtml");
            browser.waitForText("essayQueue", courseTitle + ": 1 essay, the oldest submitted");
            assertTrue(browser.driver.findElements(By.cssSelector("#essayQueue a[href$='grading.xhtml?id=" + course + "']")).size() == 1);
            browser.open("/author/grading.xhtml?id=" + course);
            browser.waitForText(By.cssSelector("form.essay"), "attempt 1, submitted");
            String key = attempt + "-" + essay;
            browser.waitForText("answer-" + key, "A name lets neighbours find the family.");
            // the whole attempt, with every answer and the right ones, before grading
            browser.driver.findElement(By.linkText("the whole attempt")).click();
            browser.waitForText("lines", "Right answer:");
            assertTrue(browser.driver.findElement(By.id("lines")).getText().contains("resilience"));
            browser.driver.navigate().back();
            browser.waitForText("answer-" + key, "A name lets neighbours find the family.");
            browser.type("score-" + key, "5");
            browser.driver.findElement(By.cssSelector("form.essay input[type=submit]")).click();
            browser.waitForText("score-error-" + key, "The score must be between 0 and 1.");
            assertEquals("5", browser.driver.findElement(By.id("score-" + key)).getAttribute("value"), "what was typed stays");
            browser.type("score-" + key, "six");
            browser.driver.findElement(By.cssSelector("form.essay input[type=submit]")).click();
            browser.waitForText("score-error-" + key, "Enter a number.");
            browser.type("score-" + key, "1");
            browser.type("comment-" + key, "Clear and concrete.");
            browser.driver.findElement(By.cssSelector("form.essay input[type=submit]")).click();
            browser.waitForText("pageMessages", "Grade saved.");
            browser.waitForText("noEssays", "No essay is waiting.");
            // once learners have started, the settings page says what is fixed and what still moves
            browser.open("/author/quizzes.xhtml?id=" + course);
            browser.driver.findElement(By.cssSelector("#quizList a[id^='settings-']")).click();
            browser.waitForText("startedNote", "pass mark, grading method and questions are fixed");
            assertEquals("true", browser.driver.findElement(By.id("quizForm:gradingMethod")).getAttribute("disabled"));
            // the number field formats as it goes: replace what it holds rather than clearing it
            browser.driver.findElement(By.id("quizForm:timeLimitMinutes_input"))
                    .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "15");
            browser.click("quizForm:saveSettings");
            browser.waitForText("pageMessages", "The settings of “Timed check” are saved");
            browser.open("/author/grading.xhtml?id=" + course);
            assertTrue(browser.driver.findElement(By.id("grades")).getText().contains("100%"),
                    browser.driver.findElement(By.id("grades")).getText());
            browser.signOut();

            browser.signIn(username, PASSWORD);
            browser.driver.get(resultUrl);
            browser.waitForText("status", "Graded");
            assertEquals("Passed", browser.driver.findElement(By.id("passed")).getText());
            assertTrue(browser.driver.findElement(By.id("lines")).getText().contains("Clear and concrete."));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static org.openqa.selenium.WebElement question(String type) {
        return browser.driver.findElement(By.cssSelector("li.question[data-type='" + type + "']"));
    }
}

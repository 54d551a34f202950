package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer writes a question in the form made for its type, in a real Chromium: a credit out of
 * range is shown next to its answer and nothing is stored; fixed, the question is added; edited,
 * it keeps its answers; translated into Russian, the learner-facing words are there in the API.
 */
class QuestionEditorJourneyIT extends BrowserJourney {

    @Test
    void trainerWritesEditsAndTranslatesAQuestionInTheForm(TestInfo test) {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Editor journey"));
        long bank = QuestionBanksIT.openBank(trainer, course, Api.unique("Hand written"));
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/questions.xhtml?id=" + course + "&bank=" + bank);
            browser.click("newQuestion");
            browser.click("type-MULTIPLE_RESPONSE");
            browser.waitForText("editorType", "Multiple response");
            browser.type("editor:text", "What must be in place before a journalist interviews a returnee?");
            browser.type("editor:answers:0:answerText", "Informed consent");
            browser.type("editor:answers:0:percent", "50");
            browser.type("editor:answers:1:answerText", "A safe, private place");
            browser.type("editor:answers:1:percent", "150");
            browser.type("editor:answers:2:answerText", "A photographer");
            browser.type("editor:answers:2:percent", "-100");
            browser.type("editor:answers:2:feedback", "Images can identify a person.");
            browser.click("editor:save");
            // the missing name and the credit out of range, from one save; the keyboard at the name
            browser.waitForText("error-answer-1-fraction", "150 % is outside");
            browser.waitForText("error-name", "This field is required.");
            browser.wait.until(d -> "editor:name".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.activeElement.id")));
            assertEquals(0, Api.get("/api/v1/question-banks/" + bank + "/questions", trainer).array().size(), "nothing stored");

            browser.type("editor:name", "Before an interview");
            browser.type("editor:answers:1:percent", "50");
            browser.click("editor:save");
            browser.waitForText("pageMessages", "Question Before an interview added to the bank.");
            browser.waitForText("questions", "Before an interview");

            browser.click("questions:0:edit");
            browser.waitForText("editorType", "Multiple response");
            assertEquals("A safe, private place", browser.driver.findElement(By.id("editor:answers:1:answerText")).getAttribute("value"));
            assertEquals("-100", browser.driver.findElement(By.id("editor:answers:2:percent")).getAttribute("value"));
            browser.type("editor:generalFeedback", "Consent and safety come before any story.");
            browser.type("editor:contentNote", "Mentions photographs of children.");
            browser.type("editor:hints", "Think of what could identify a child.\nWho decides where the interview happens?");
            browser.type("editor:tags", "consent, interviews");
            browser.click("editor:save");
            browser.waitForText("pageMessages", "saved");

            browser.click("questions:0:edit");
            browser.click("translate-ru");
            browser.waitForText("translatingInto", "ru");
            browser.type("translation:translatedText", "Что должно быть обеспечено до интервью с вернувшейся?");
            browser.type("translation:tanswers:0:answerWords", "Информированное согласие");
            browser.type("translation:tanswers:1:answerWords", "Безопасное, закрытое место");
            browser.type("translation:tanswers:2:answerWords", "Фотограф");
            browser.click("translation:saveTranslation");
            browser.waitForText("pageMessages", "Русский");

            var q = Api.get("/api/v1/question-banks/" + bank + "/questions", trainer).array().getJsonObject(0);
            assertEquals("Consent and safety come before any story.", q.getString("generalFeedback"));
            assertEquals("Mentions photographs of children.", q.getString("contentNote"));
            assertEquals("[\"consent\",\"interviews\"]", q.getJsonObject("details").getJsonArray("tags").toString());
            assertEquals(2, q.getJsonObject("details").getJsonArray("hints").size());
            assertEquals("Who decides where the interview happens?",
                    q.getJsonObject("details").getJsonArray("hints").getJsonObject(1).getJsonObject("text").getString("text"));
            assertEquals("ru", q.getJsonArray("translations").getString(0));
            long id = q.getJsonNumber("id").longValue();
            var ru = Api.get("/api/v1/question-banks/" + bank + "/questions/" + id + "/translations/ru", trainer).json();
            assertTrue(ru.toString().contains("Фотограф"), ru.toString());
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }
}

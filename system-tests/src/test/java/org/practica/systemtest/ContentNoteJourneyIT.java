package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trauma-informed reading, in a real Chromium: a lesson that may distress shows its content note
 * first; the learner skips it, later comes back and reads on, takes a break with the place kept,
 * and finds their organisation's support in their language, English then Russian.
 */
class ContentNoteJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "a quiet room and tea";
    private static final String NOTE = "Describes the abuse of a child in some detail.";
    private static final String QUESTION_NOTE = "Asks you to remember an interview that was hard for you.";
    private static final String SUPPORT_EN = "Call the centre's duty psychologist: +7 700 000 00 00 (9:00 to 18:00).";
    private static final String SUPPORT_RU = "Позвоните дежурному психологу центра: +7 700 000 00 00 (с 9:00 до 18:00).";

    @Test
    void aLearnerMeetsTheNoteSkipsComesBackReadsOnAndTakesABreakWithSupportAtHand(TestInfo test) {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        long centre = Api.get("/api/v1/admin/organisations", admin).array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Practica Demo Resource Centre")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply tooLong = Api.put("/api/v1/admin/organisations/" + centre + "/support-resources", admin,
                Json.createObjectBuilder().add("texts", Json.createObjectBuilder().add("en", "x".repeat(2001))).build().toString());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("supportResources.en", tooLong.json().getString("field"));

        // the organisation's administrator writes its support in English and Russian
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/admin/organisations.xhtml");
        browser.driver.findElement(By.xpath("//tr[td[contains(normalize-space(),'Practica Demo Resource Centre')]]//a[normalize-space()='Support resources']")).click();
        browser.waitForText("supportOrganisation", "Practica Demo Resource Centre");
        browser.checkPage();
        browser.type("supportForm:supportResources-en", SUPPORT_EN);
        browser.type("supportForm:supportResources-ru", SUPPORT_RU);
        browser.click("supportForm:save");
        browser.waitForText("pageMessages", "The support resources of Practica Demo Resource Centre have been saved.");
        browser.signOut();
        assertEquals(SUPPORT_RU, Api.get("/api/v1/admin/organisations/" + centre + "/support-resources", admin).json()
                .getJsonObject("texts").getString("ru"));

        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Hearing testimony"));
        String module = CourseFixtures.addModule(trainer, course, "Listening");
        Api.Reply hard = Api.post("/api/v1/courses/" + course + "/modules/" + module + "/lessons", trainer, Json.createObjectBuilder()
                .add("language", "en").add("title", "What the child said").add("body", "<p>The interview, word for word.</p>")
                .add("contentNote", NOTE).build().toString());
        assertEquals(201, hard.status(), hard.body());
        String first = hard.json().getString("key");
        CourseFixtures.addLesson(trainer, course, module, "Looking after yourself afterwards", "<p>Rest, talk, sleep.</p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        // an untimed quiz, from which a break may also be taken, whose one question has a note of its own
        long bank = QuestionBanksIT.openBank(trainer, course, Api.unique("Reflection"));
        Api.Reply question = Api.post("/api/v1/question-banks/" + bank + "/questions", trainer, Json.createObjectBuilder()
                .add("name", "Pause").add("type", "ESSAY").add("text", "What helps you rest after a hard interview?")
                .add("contentNote", QUESTION_NOTE).build().toString());
        assertEquals(201, question.status(), question.body());
        assertEquals(QUESTION_NOTE, question.json().getString("contentNote"));
        String questionPath = "/api/v1/question-banks/" + bank + "/questions/" + question.json().getJsonNumber("id").longValue();
        Api.Reply translated = Api.put(questionPath + "/translations/ru", trainer, Json.createObjectBuilder()
                .add("text", Json.createObjectBuilder().add("text", "Что помогает вам отдохнуть после трудного интервью?").add("format", "PLAIN"))
                .add("contentNote", "Просит вспомнить трудное для вас интервью.").build().toString());
        assertEquals(200, translated.status(), translated.body());
        assertEquals("Просит вспомнить трудное для вас интервью.", Api.get(questionPath + "/translations/ru", trainer).json().getString("contentNote"));
        long quiz = CourseFixtures.quiz(trainer, course, module, bank, Json.createObjectBuilder().add("title", "After listening")
                .add("required", false).add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("questionId", question.json().getJsonNumber("id").longValue()))));
        String learner = Api.newLearner("note-reader", PASSWORD);
        String token = Api.token(learner, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
        long attempt = Api.post("/api/v1/quizzes/" + quiz + "/attempts", token, "").json().getJsonNumber("id").longValue();
        assertEquals(NOTE, Api.get("/api/v1/courses/" + course + "/lessons/" + first, token).json().getString("contentNote"),
                "the API gives the note with the lesson, for any client to show first");
        assertTrue(Api.get("/api/v1/courses/" + course, token).json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")
                .getJsonObject(0).getBoolean("contentNote"), "the outline marks the lesson with a note");
        JsonObject mine = Api.get("/api/v1/me/support-resources", token).json();
        assertEquals("en", mine.getString("language"));
        assertEquals(SUPPORT_EN, mine.getString("text"));

        try {
            browser.signIn(learner, PASSWORD);
            // the outline says beforehand which lesson opens with a note
            browser.open("/courses/course.xhtml?id=" + course);
            browser.waitForText(By.xpath("//li[contains(@class,'lesson')][.//a[normalize-space()='What the child said']]"), "opens with a content note");
            assertTrue(browser.driver.findElement(By.xpath("//li[contains(@class,'lesson')][.//a[normalize-space()='Looking after yourself afterwards']]"))
                    .getText().indexOf("content note") < 0, "only the lesson with a note is marked");
            browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + first);
            browser.waitForText("noteText", NOTE);
            assertTrue(browser.driver.findElements(By.id("lessonText")).isEmpty(), "the lesson waits behind its note");

            // skipped: the next lesson opens, and the first stays open
            browser.click("skipForNow");
            browser.waitForText("lessonTitle", "Looking after yourself afterwards");
            browser.checkPage();

            // later: back to the note, support at hand, then on to the lesson
            browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + first);
            browser.click("noteSupport-open");
            browser.waitForText("noteSupport-text", SUPPORT_EN);
            browser.click("readOn");
            browser.waitForText("lessonTitle", "What the child said");
            browser.checkPage();

            // a break keeps the place and offers the same support, open
            browser.click("takeBreak");
            browser.waitForText("placeKept", "What the child said");
            browser.waitForText("breakSupport-text", SUPPORT_EN);
            browser.checkPage();
            browser.click("backToPlace");
            browser.waitForText("lessonTitle", "What the child said");

            // an untimed quiz: the answer typed is saved on the way to the break, and the way back returns to it
            browser.open("/courses/attempt.xhtml?id=" + attempt);
            browser.waitForText(By.cssSelector(".question-note"), QUESTION_NOTE);
            assertTrue(!browser.driver.findElement(By.tagName("textarea")).isDisplayed(), "the question waits behind its note");
            browser.driver.findElement(By.cssSelector(".behind-note > summary")).click();
            browser.wait.until(d -> d.findElement(By.tagName("textarea")).isDisplayed());
            browser.checkPage();
            browser.driver.findElement(By.tagName("textarea")).sendKeys("A walk and a call with my supervisor.");
            browser.click("attemptForm:takeBreak");
            browser.waitForText("placeKept", "Your answers so far are saved");
            assertTrue(Api.get("/api/v1/attempts/" + attempt, token).json().getJsonObject("responses").toString().contains("A walk"),
                    "saved before the break");
            browser.click("backToPlace");
            browser.wait.until(d -> d.findElement(By.tagName("textarea")).getAttribute("value").contains("A walk"));
            browser.checkPage();

            // in Russian, the organisation's own Russian words
            browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + first + "&ready=true");
            browser.chooseLanguage("ru");
            browser.waitForText("lessonTitle", "What the child said");
            browser.click("takeBreak");
            browser.waitForText("breakHeading", "Перерыв");
            browser.waitForText("breakSupport-text", SUPPORT_RU);
            browser.checkPage();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }
}

package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An essay marked with a rubric: the trainer writes the criteria with the question (a wrong line is
 * refused and named), a learner answers, and the trainer grades in a real Chromium by choosing a
 * level per criterion (leaving one out is refused beside the essay); the score follows from the
 * rubric and the learner's result shows each criterion's level.
 */
class RubricJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "judged by criteria";
    private static final String RUBRIC = "Safety first: not mentioned = 0 | mentioned = 1 | explained with an example = 2\n"
            + "Respect for the child: absent = 0 | present = 2";

    @Test
    void anEssayIsGradedByItsCriteriaAndTheLearnerSeesHowEachWasJudged(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank setup = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Judged essays"), Api.unique("Essays"));
        long course = setup.course();
        String module = setup.module();
        long bank = setup.bank();
        String base = "/api/v1/question-banks/" + bank + "/questions";
        Api.Reply wrong = Api.post(base, trainer, essay("Safety first: not mentioned 0 | mentioned = 1"));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("rubric", wrong.json().getString("field"));
        assertTrue(wrong.json().getString("detail").startsWith("Line 1:"), wrong.body());
        Api.Reply written = Api.post(base, trainer, essay(RUBRIC));
        assertEquals(201, written.status(), written.body());
        long question = written.json().getJsonNumber("id").longValue();
        assertEquals(RUBRIC, written.json().getString("rubric"), "the rubric reads back as written");

        long quizId = CourseFixtures.quiz(trainer, course, module, bank, Json.createObjectBuilder().add("title", "Judged")
                .add("required", false).add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", question))));
        String learnerName = Api.newLearner("judged", PASSWORD);
        String learner = Api.token(learnerName, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learner, "").status());
        JsonObject attempt = Api.post("/api/v1/quizzes/" + quizId + "/attempts", learner, "").json();
        long id = attempt.getJsonNumber("id").longValue();
        int slot = attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject).findFirst().orElseThrow().getInt("slot");
        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + slot, learner, "{\"text\":\"Ask before naming anyone.\"}").status());
        assertEquals(200, Api.post("/api/v1/attempts/" + id + "/submit", learner, "").status());

        String key = id + "-" + slot;
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            // the question editor shows the rubric as it was written, to be changed in place
            browser.open("/author/question.xhtml?id=" + course + "&bank=" + bank + "&question=" + question);
            assertEquals(RUBRIC, browser.driver.findElement(By.id("editor:rubric")).getAttribute("value").replace("\r\n", "\n"));
            browser.open("/author/grading.xhtml?id=" + course);
            browser.waitForText("criterion-" + key + "-0", "Safety first");
            browser.driver.findElement(By.cssSelector("input[name='level-" + key + "-0'][value='2']")).click();
            browser.driver.findElement(By.cssSelector("form.essay input[type=submit]")).click();
            browser.waitForText("score-error-" + key, "Choose a level for every criterion.");
            browser.driver.findElement(By.cssSelector("input[name='level-" + key + "-0'][value='1']")).click();
            browser.driver.findElement(By.cssSelector("input[name='level-" + key + "-1'][value='1']")).click();
            browser.driver.findElement(By.cssSelector("form.essay input[type=submit]")).click();
            browser.waitForText("pageMessages", "Grade saved.");
            browser.signOut();
            // the learner reads how each criterion was judged
            browser.signIn(learnerName, PASSWORD);
            browser.open("/courses/result.xhtml?id=" + id);
            browser.waitForText("rubric-" + slot, "Safety first: mentioned");
            assertTrue(browser.driver.findElement(By.id("rubric-" + slot)).getText().contains("(1 of 2)"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }

        JsonObject result = Api.get("/api/v1/attempts/" + id + "/result", learner).json();
        // 1 + 2 of 4 possible, out of the question's mark
        JsonObject line = result.getJsonArray("questions").getJsonObject(0);
        assertEquals(0.75 * line.getJsonNumber("mark").doubleValue(), line.getJsonNumber("score").doubleValue(), 0.0001, line.toString());
        assertEquals("mentioned", line.getJsonArray("rubric").getJsonObject(0).getString("level"));
        assertEquals("present", line.getJsonArray("rubric").getJsonObject(1).getString("level"));
    }

    private static String essay(String rubric) {
        return Json.createObjectBuilder().add("category", "Essays").add("name", Api.unique("Naming"))
                .add("type", "ESSAY").add("text", "Why not print a returnee child's name?").add("rubric", rubric).build().toString();
    }
}

package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner hears of a grade without looking for it, in a real Chromium: the trainer grades the
 * essay, the bell in the header counts one unread notice, the list says what happened and opening
 * it goes to the result and marks it read. Through the API, the notice is the learner's alone; a
 * trainer's enrolment is told; an attempt left open hears once that its quiz closes soon.
 */
class NotificationJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "told in time";

    private static String learnerAgain(String username) {
        return Api.token(username, PASSWORD);
    }

    private static String delivery(String token, String kind) {
        return Api.get("/api/v1/me/notification-settings", token).json().getJsonArray("choices").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("kind").equals(kind)).findFirst().orElseThrow().getString("delivery");
    }

    @Test
    void aGradedEssayRingsTheBellAndTheNoticeLeadsToTheResult(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Told course"), Api.unique("Told bank"));
        long quiz = CourseFixtures.essayCheckIn(trainer, course);
        String username = Api.newMailableLearner("told", PASSWORD, Api.unique("told") + "@practica.test", "Aigerim Told");
        String learner = Api.token(username, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", learner, "").status());
        JsonObject attempt = Api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, "").json();
        long id = attempt.getJsonNumber("id").longValue();
        int slot = attempt.getJsonArray("questions").getJsonObject(0).getInt("slot");
        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + slot, learner, "{\"text\":\"A quiet walk.\"}").status());
        assertEquals(200, Api.post("/api/v1/attempts/" + id + "/submit", learner, "").status());
        assertEquals(0, Api.get("/api/v1/me/notifications", learner).json().getJsonNumber("unread").longValue(), "nothing to tell yet");

        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + slot + "/grade", trainer, "{\"score\":1,\"comment\":\"Thank you.\"}").status());
        JsonObject mine = Api.get("/api/v1/me/notifications", learner).json();
        assertEquals(1, mine.getJsonNumber("unread").longValue());
        JsonObject notice = mine.getJsonArray("notices").getJsonObject(0);
        assertEquals("ESSAY_GRADED", notice.getString("kind"));
        assertEquals("Your essay in \u201cCheck-in\u201d has been graded: see your result.", notice.getString("message"));
        assertEquals("/courses/result.xhtml?id=" + id, notice.getString("link"));
        long noticeId = notice.getJsonNumber("id").longValue();
        // someone else's notice cannot be read, or even found
        assertEquals(404, Api.post("/api/v1/me/notifications/" + noticeId + "/read", trainer, "").status());
        assertEquals(0, Api.get("/api/v1/me/notifications", trainer).json().getJsonArray("notices").stream()
                .filter(n -> n.asJsonObject().getJsonNumber("id").longValue() == noticeId).count());

        // enrolled by a trainer, a learner hears of it; enrolling oneself tells no one
        String invited = Api.newLearner("invited", PASSWORD);
        assertEquals(200, Api.post("/api/v1/courses/" + course.course() + "/learners", trainer, jakarta.json.Json.createObjectBuilder()
                .add("learners", jakarta.json.Json.createArrayBuilder().add(invited)).build().toString()).status());
        JsonObject told = Api.get("/api/v1/me/notifications", Api.token(invited, PASSWORD)).json().getJsonArray("notices").getJsonObject(0);
        assertEquals("ENROLLED", told.getString("kind"));
        assertEquals("/courses/course.xhtml?id=" + course.course(), told.getString("link"));
        assertTrue(told.getString("message").startsWith("A trainer has enrolled you in"), told.toString());
        assertEquals("ESSAY_GRADED", Api.get("/api/v1/me/notifications", learner).json().getJsonArray("notices").getJsonObject(0).getString("kind"),
                "the learner who enrolled themselves was told only of the grade");
        assertEquals(1, Api.get("/api/v1/me/notifications", learner).json().getJsonArray("notices").size());

        try {
            browser.signIn(username, PASSWORD);
            browser.waitForText("unreadCount", "1");
            browser.click("notificationsLink");
            browser.wait.until(d -> d.findElement(By.cssSelector("#notices li .notice-open")).getAttribute("value")
                    .startsWith("Your essay in \u201cCheck-in\u201d has been graded"));
            assertTrue(browser.driver.findElement(By.cssSelector("#notices li")).getAttribute("class").contains("unread"));
            browser.checkPage();
            browser.driver.findElement(By.cssSelector("#notices li .notice-open")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("/courses/result.xhtml?id=" + id));
            browser.waitForText("lines", "Thank you.");
            assertTrue(browser.driver.findElements(By.id("unreadCount")).isEmpty(), "opened, so read: the bell is quiet");
            assertFalse(Api.get("/api/v1/me/notifications", learner).json().getJsonArray("notices").getJsonObject(0).getBoolean("unread"));

            // the learner would rather hear of closing quizzes and renewals once a day
            browser.click("notificationsLink");
            browser.click("settingsLink");
            browser.waitForText(By.tagName("h1"), "How you hear from Practica");
            assertTrue(browser.driver.findElement(By.id("alwaysMailed")).getText().contains("My password is changed"), "security notices cannot be switched");
            browser.checkPage();
            for (String kind : List.of("QUIZ_CLOSING", "RENEWAL_DUE")) {
                new Select(browser.driver.findElement(By.cssSelector("#kind-" + kind + " select"))).selectByVisibleText("One e-mail a day");
            }
            browser.click("settingsForm:save");
            browser.waitForText("pageMessages", "Your choices are saved.");
            assertEquals("One e-mail a day", new Select(browser.driver.findElement(By.cssSelector("#kind-QUIZ_CLOSING select"))).getFirstSelectedOption().getText());
            Map<String, String> chosen = Api.get("/api/v1/me/notification-settings", learner).json().getJsonArray("choices").stream()
                    .map(c -> c.asJsonObject()).collect(java.util.stream.Collectors.toMap(c -> c.getString("kind"), c -> c.getString("delivery")));
            assertEquals("DAILY_DIGEST", chosen.get("QUIZ_CLOSING"));
            assertEquals("DAILY_DIGEST", chosen.get("RENEWAL_DUE"));
            assertEquals("AT_ONCE", chosen.get("ESSAY_GRADED"), "the rest as they were");
            // and in Russian the page speaks Russian
            browser.chooseLanguage("ru");
            browser.waitForText(By.tagName("h1"), "Как Practica сообщает вам новости");
            assertEquals("Одно письмо в день", new Select(browser.driver.findElement(By.cssSelector("#kind-RENEWAL_DUE select"))).getFirstSelectedOption().getText());
            browser.chooseLanguage("en");
            browser.waitForText(By.tagName("h1"), "How you hear from Practica");

            // an e-mail's unsubscribe link, opened signed out (a mail scanner's GET changes nothing)
            String token;
            try (java.sql.Connection db = ServerUnderTest.database()) {
                try (java.sql.ResultSet row = db.createStatement().executeQuery("SELECT p.unsubscribe_token FROM mail_preference p "
                        + "JOIN app_user u ON u.id = p.account_id WHERE u.username = '" + username + "'")) {
                    assertTrue(row.next(), "the person's unsubscribe token was made when they chose");
                    token = row.getString(1);
                }
            }
            browser.signOut();
            browser.open("/unsubscribe.xhtml?t=" + token + "&k=ESSAY_GRADED");
            browser.waitForText("unsubscribeQuestion", "Stop e-mails for \u201cAn essay of mine is graded\u201d?");
            assertEquals("AT_ONCE", delivery(learnerAgain(username), "ESSAY_GRADED"), "opening the page changes nothing");
            browser.checkPage();
            browser.click("unsubscribeForm:confirm");
            browser.waitForText("unsubscribeDone", "Done: no more e-mails for \u201cAn essay of mine is graded\u201d.");
            assertEquals("IN_APP", delivery(learnerAgain(username), "ESSAY_GRADED"));
            browser.open("/unsubscribe.xhtml?t=" + token + "&k=PASSWORD_CHANGED");
            browser.waitForText("unsubscribeUnknown", "This link does not work any more.");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }

        // an attempt left open for days hears, once, that its quiz closes within two days
        long question = Api.get("/api/v1/question-banks/" + course.bank() + "/questions", trainer).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long closing = CourseFixtures.quiz(trainer, course.course(), course.module(), course.bank(), jakarta.json.Json.createObjectBuilder()
                .add("title", "Closing check").add("required", false).add("closesAt", java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString())
                .add("slots", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("questionId", question))));
        String invitedToken = Api.token(invited, PASSWORD);
        long open = Api.post("/api/v1/quizzes/" + closing + "/attempts", invitedToken, "").json().getJsonNumber("id").longValue();
        try (java.sql.Connection db = ServerUnderTest.database()) {
            Sql.update(db, "UPDATE quiz_attempt SET started_at = NOW(3) - INTERVAL 3 DAY WHERE id = " + open);
        }
        JsonObject reminded = null;
        for (int i = 0; i < 60 && reminded == null; i++) {   // the server's sweep runs every few seconds
            reminded = Api.get("/api/v1/me/notifications", invitedToken).json().getJsonArray("notices").stream().map(n -> n.asJsonObject())
                    .filter(n -> n.getString("kind").equals("QUIZ_CLOSING")).findFirst().orElse(null);
            if (reminded == null) {
                Thread.sleep(500);
            }
        }
        assertTrue(reminded != null, "reminded of the closing quiz");
        assertEquals("\u201cClosing check\u201d closes within two days and you have not submitted it yet.", reminded.getString("message"));
        assertEquals("/courses/attempt.xhtml?id=" + open, reminded.getString("link"));
        Thread.sleep(12_000);   // more sweeps pass: still one
        assertEquals(1, Api.get("/api/v1/me/notifications", invitedToken).json().getJsonArray("notices").stream()
                .filter(n -> n.asJsonObject().getString("kind").equals("QUIZ_CLOSING")).count());
    }
}

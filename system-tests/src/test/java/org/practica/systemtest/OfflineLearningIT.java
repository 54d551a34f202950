package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning with a line that comes and goes, in a real Chromium whose network is switched off and
 * slowed through the DevTools protocol: a learner saves a course, loses the line, reloads, reads
 * and marks lessons done; when the line comes back (on 2G) everything arrives once with the times
 * it happened, even when it is all sent twice.
 */
class OfflineLearningIT extends BrowserJourney {

    private static final String PASSWORD = "a slow line in the hills";

    @Test
    void aSavedCourseIsReadOfflineAndItsMarksArriveOnceWithTheirTimes() throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Reading in the camp"));
        String module = CourseFixtures.addModule(trainer, course, "First steps");
        String first = CourseFixtures.addLesson(trainer, course, module, "Arriving", "<p>What the first day is like.</p>");
        String second = CourseFixtures.addLesson(trainer, course, module, "Listening", "<p>Hearing without judging.</p>");
        String third = CourseFixtures.addLesson(trainer, course, module, "Resting", "<p>Looking after yourself.</p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        String learner = Api.newLearner("offline", PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", Api.token(learner, PASSWORD), "").status());

        browser.signIn(learner, PASSWORD);
        browser.open("/courses/course.xhtml?id=" + course);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // the size is said before anything is downloaded
        try {
            browser.wait.until(d -> d.findElement(By.id("saveOffline")).getText().matches("Save for offline \\(about [0-9.,]+\\W?kB\\)"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the size before saving: " + browser.driver.findElement(By.id("saveOffline")).getText() + " / "
                    + browser.driver.findElement(By.id("offlineStatus")).getText() + " / " + js.executeScript("return document.body.outerHTML.length"), e);
        }
        browser.click("saveOffline");
        browser.waitForText("offlineStatus", "Saved on this device");
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!navigator.serviceWorker.controller")));
        assertTrue(browser.driver.findElement(By.id("removeOffline")).isDisplayed());

        try (NetworkConditions line = new NetworkConditions((ChromeDriver) browser.driver)) {
            line.set(NetworkConditions.OFFLINE);
            browser.driver.navigate().refresh();
            browser.waitForText("courseTitle", "Reading in the camp");
            browser.waitForText("lineState", "You are offline");
            browser.checkPage();

            browser.driver.findElement(By.linkText("Arriving")).click();
            browser.waitForText("lessonTitle", "Arriving");
            browser.click("doneForm:markDone");
            browser.waitForText("lessonTitle", "Listening");
            browser.waitForText("lineState", "1 action is waiting to be sent.");
            browser.checkPage();
            browser.click("doneForm:markDone");
            browser.waitForText("lessonTitle", "Resting");
            browser.waitForText("lineState", "2 actions are waiting to be sent.");

            // a page never saved says so, and lists what is
            browser.driver.get(Api.BASE + "/certificates/index.xhtml");
            browser.waitForText(By.tagName("h1"), "You are offline");
            browser.waitForText("savedCourses", "Reading in the camp");

            JsonArray waiting = outbox(js);
            assertEquals(2, waiting.size());
            Map<String, Instant> markedAt = waiting.stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(o -> o.getString("lesson"), o -> Instant.parse(o.getString("at"))));
            assertEquals(0, doneAt(trainer, course, learner).size(), "nothing reached the server while offline");

            // the line comes back, slowly: what waited is sent, in order
            line.set(NetworkConditions.TWO_G);
            try {
                browser.waitForText("lineState", "2 actions were sent.");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("after reconnecting: " + browser.driver.findElement(By.id("lineState")).getText()
                        + " / outbox " + outbox(js) + " / refused " + js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        practicaOffline.all('refused').then(items => done(JSON.stringify(items)), e => done(String(e)));"""), e);
            }
            browser.driver.get(Api.BASE + "/courses/course.xhtml?id=" + course);
            browser.waitForText("progressText", "2 of 3");
            Map<String, Instant> done = doneAt(trainer, course, learner);
            assertEquals(Map.of(first, markedAt.get(first), second, markedAt.get(second)), done,
                    "the two lessons, done at the times they were marked offline");

            // a reconnection that sends everything again changes nothing
            js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const items = JSON.parse(arguments[0]);
                    Promise.all(items.map(i => { delete i.seq; return practicaOffline.store('outbox', 'readwrite', s => { s.add(i); }); }))
                      .then(() => practicaOffline.send()).then(() => done(true), e => done(String(e)));""", waiting.toString());
            browser.wait.until(d -> outbox(js).isEmpty());
            assertEquals(done, doneAt(trainer, course, learner));
            try (Connection db = ServerUnderTest.database()) {
                assertEquals(2, Sql.single(db, "SELECT COUNT(*) FROM lesson_done d JOIN enrollment e ON e.id = d.enrollment_id "
                        + "WHERE e.course_id = " + course + " AND e.learner = '" + learner + "'"));
                assertEquals(2, Sql.single(db, "SELECT COUNT(*) FROM replayed_request WHERE account = '" + learner + "' AND status = 200"),
                        "each action carried out once, its answer kept for the repeat");
            }
            assertNull(done.get(third), "the lesson only read is not done");
            line.set(NetworkConditions.UNTHROTTLED);
        }

        // signing out clears what the learner did not choose to keep
        browser.signOut();
        Object left = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                caches.keys().then(k => done(k.filter(n => n.startsWith('practica-course-')).length));""");
        assertEquals(0L, left);
    }

    @Test
    void aRepeatedSendIsAnsweredAsTheFirstAndCarriedOutOnce() throws InterruptedException {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Twice sent"));
        String lesson = Api.get("/api/v1/courses/" + course, trainer).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");
        String learner = Api.newLearner("twice", PASSWORD);
        String token = Api.token(learner, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());

        Thread.sleep(1500);
        Instant marked = Instant.now().minusMillis(1000);   // after enrolling: a mark cannot come before it
        String path = "/api/v1/courses/" + course + "/lessons/" + lesson + "/done?doneAt=" + marked;
        Api.Reply once = Api.send(Api.request(path, token).header("Idempotency-Key", "mark-0001-abcd").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        Api.Reply again = Api.send(Api.request(path, token).header("Idempotency-Key", "mark-0001-abcd").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, once.status(), once.body());
        assertEquals(200, again.status(), again.body());
        assertEquals(once.body(), again.body(), "answered as the first send was");
        assertEquals(marked.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), doneAt(trainer, course, learner).get(lesson));

        Api.Reply reused = Api.send(Api.request("/api/v1/courses/" + course + "/lessons/zzzzzzzzzzzz/done", token)
                .header("Idempotency-Key", "mark-0001-abcd").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(422, reused.status(), reused.body());
        assertEquals("Idempotency-Key", reused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply badKey = Api.send(Api.request(path, token).header("Idempotency-Key", "no").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, badKey.status(), badKey.body());

        Api.Reply future = Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done?doneAt=" + Instant.now().plusSeconds(3600), token, "");
        assertEquals(400, future.status(), future.body());
        assertEquals("doneAt", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static JsonArray outbox(JavascriptExecutor js) {
        Object items = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                practicaOffline.all('outbox').then(items => done(JSON.stringify(items)), e => done('[]'));""");
        return Json.createReader(new StringReader((String) items)).readArray();
    }

    /** Each lesson the learner has done, with when, as the trainer's report on them gives it. */
    static Map<String, Instant> doneAt(String trainer, long course, String learner) {
        JsonObject report = Api.get("/api/v1/courses/" + course + "/learners/" + learner, trainer).json();
        return report.getJsonArray("lessons").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.containsKey("doneAt") && !l.isNull("doneAt"))
                .collect(Collectors.toMap(l -> l.getString("key"), l -> Instant.parse(l.getString("doneAt"))));
    }

    static List<String> keys(JsonArray items) {
        return items.stream().map(v -> v.asJsonObject().getString("key")).toList();
    }
}

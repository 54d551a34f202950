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
        long quiz = quiz(trainer, course, module, "Check offline", Json.createObjectBuilder());
        long timed = quiz(trainer, course, module, "Timed check", Json.createObjectBuilder().add("timeLimitMinutes", 10));
        String learner = Api.newLearner("offline", PASSWORD);
        String learnerToken = Api.token(learner, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learnerToken, "").status());

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
        try {
            browser.waitForText("offlineStatus", "Saved on this device");
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("saving: " + browser.driver.findElement(By.id("offlineStatus")).getText() + " / "
                    + browser.driver.manage().logs().get("browser").getAll(), e);
        }
        browser.waitForText("offlineStatus", "Quizzes with a time limit need a connection and are not saved.");
        workerInCharge(js);
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

            // the untimed quiz, begun and submitted without a line
            browser.driver.findElement(By.id("backToCourse")).click();
            browser.waitForText("courseTitle", "Reading in the camp");
            browser.driver.findElement(By.linkText("Check offline")).click();
            browser.waitForText("quizTitle", "Check offline");
            browser.click("startForm:start");
            browser.waitForText(By.tagName("h1"), "Attempt 1");
            browser.checkPage();
            browser.driver.findElement(By.xpath("//li[@data-type='SINGLE_CHOICE']//label[contains(normalize-space(), 'Safety')]/input")).click();
            browser.waitForText("saveState", "Kept on this device");
            browser.driver.findElement(By.cssSelector("li[data-type='NUMERICAL'] input[type=text]")).sendKeys("7");
            browser.click("attemptForm:finish");
            browser.wait.until(d -> d.findElement(By.id("offlineSubmit")).isDisplayed());
            browser.click("offlineSubmitYes");
            browser.wait.until(d -> d.findElement(By.id("offlineSubmitted")).isDisplayed());
            browser.checkPage();
            browser.driver.get(Api.BASE + "/courses/quiz.xhtml?id=" + timed);
            browser.waitForText(By.tagName("h1"), "You are offline");

            // a page never saved says so, and lists what is
            browser.driver.get(Api.BASE + "/certificates/index.xhtml");
            browser.waitForText(By.tagName("h1"), "You are offline");
            browser.waitForText("savedCourses", "Reading in the camp");

            JsonArray waiting = outbox(js);
            Map<String, Instant> markedAt = waiting.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey("lesson"))
                    .collect(Collectors.toMap(o -> o.getString("lesson"), o -> Instant.parse(o.getString("at"))));
            assertEquals(2, markedAt.size());
            List<JsonObject> quizActions = waiting.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey("attempt")).toList();
            assertTrue(quizActions.get(0).getString("url").contains("/begin?startedAt="), "begun first: " + quizActions);
            assertTrue(quizActions.get(quizActions.size() - 1).getString("url").contains("/submit?submittedAt="), "submitted last: " + quizActions);
            long attempt = Long.parseLong(quizActions.get(0).getString("attempt"));
            Instant submittedAt = Instant.parse(quizActions.get(quizActions.size() - 1).getString("at"));
            assertEquals(0, doneAt(trainer, course, learner).size(), "nothing reached the server while offline");

            // the line comes back, slowly: what waited is sent, in order
            watchSends(js, false);
            line.set(NetworkConditions.TWO_G);
            everythingSent(js, 20);
            try {
                browser.waitForText("lineState", waiting.size() + " actions were sent.");
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
            everythingSent(js, 20);
            assertEquals(done, doneAt(trainer, course, learner));
            JsonObject result = Api.get("/api/v1/attempts/" + attempt + "/result", learnerToken).json();
            assertEquals("GRADED", result.getString("status"), result.toString());
            assertEquals(2.0, result.getJsonNumber("score").doubleValue(), "both answers given offline were graded");
            assertEquals(submittedAt, Instant.parse(result.getString("submittedAt")), "submitted when the learner did, offline");
            try (Connection db = ServerUnderTest.database()) {
                assertEquals(1, Sql.single(db, "SELECT COUNT(*) FROM quiz_attempt WHERE quiz_id = " + quiz), "one attempt");
                assertEquals(2, Sql.single(db, "SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = " + attempt), "one row per question");
                assertEquals(2, Sql.single(db, "SELECT COUNT(*) FROM lesson_done d JOIN enrollment e ON e.id = d.enrollment_id "
                        + "WHERE e.course_id = " + course + " AND e.learner = '" + learner + "'"));
                assertEquals(waiting.size(), Sql.single(db, "SELECT COUNT(*) FROM replayed_request WHERE account = '" + learner + "' AND status = 200"),
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
    void aTimedAttemptSurvivesAThirtySecondDropAndRefusesAnAnswerGivenAfterItsDeadline() throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Timed in the camp"));
        String module = CourseFixtures.addModule(trainer, course, "Only module");
        CourseFixtures.addLesson(trainer, course, module, "Before the check", "<p>Read first.</p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        // the server's deadline: the quiz closes 75 seconds from now, before its ten minutes are up
        Instant closes = Instant.now().plusSeconds(75);
        long quiz = quiz(trainer, course, module, "Closing check", Json.createObjectBuilder().add("timeLimitMinutes", 10)
                .add("closesAt", closes.toString()));
        String learner = Api.newLearner("dropped", PASSWORD);
        String token = Api.token(learner, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());

        browser.signIn(learner, PASSWORD);
        browser.open("/courses/quiz.xhtml?id=" + quiz);
        browser.click("startForm:start");
        browser.waitForText(By.tagName("h1"), "Attempt 1");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        long attempt = Long.parseLong(browser.driver.findElement(By.id("attemptId")).getAttribute("value"));
        browser.driver.findElement(By.xpath("//li[@data-type='SINGLE_CHOICE']//label[contains(normalize-space(), 'Safety')]/input")).click();
        browser.waitForText("saveState", "Saved.");

        try (NetworkConditions line = new NetworkConditions((ChromeDriver) browser.driver)) {
            line.set(NetworkConditions.OFFLINE);
            browser.wait.until(d -> Boolean.FALSE.equals(js.executeScript("return navigator.onLine")));
            var number = browser.driver.findElement(By.cssSelector("li[data-type='NUMERICAL'] input[type=text]"));
            number.sendKeys("7");
            number.sendKeys(org.openqa.selenium.Keys.TAB);
            browser.waitForText("saveState", "Kept on this device");
            browser.waitForText("lineState", "1 action is waiting to be sent.");
            Instant given = Instant.parse(outbox(js).getJsonObject(0).getString("at"));
            Thread.sleep(30_000);
            assertEquals(1, Api.get("/api/v1/attempts/" + attempt, token).json().getJsonObject("responses").size(), "the drop held it back");

            // the first send after the drop fails too, as it often does while a line comes back:
            // it is tried again within seconds, not at the next half-minute round
            watchSends(js, true);
            line.set(NetworkConditions.TWO_G);
            everythingSent(js, 12);
            JsonObject after = Api.get("/api/v1/attempts/" + attempt, token).json();
            assertEquals(2, after.getJsonObject("responses").size(), "the answer given during the drop arrived: " + after);
            try (Connection db = ServerUnderTest.database()) {
                int slot = after.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                        .filter(q -> q.getString("type").equals("NUMERICAL")).findFirst().orElseThrow().getInt("slot");
                assertEquals(given.toEpochMilli(), Sql.single(db, "SELECT UNIX_TIMESTAMP(saved_at) * 1000 FROM attempt_answer WHERE attempt_id = "
                        + attempt + " AND slot = " + slot), "kept with the time it was given");
            }
            line.set(NetworkConditions.UNTHROTTLED);
        }

        // after the deadline an answer is refused beside its question
        Instant deadline = Instant.parse(Api.get("/api/v1/attempts/" + attempt, token).json().getString("deadline"));
        Thread.sleep(Math.max(0, java.time.Duration.between(Instant.now(), deadline).toMillis()) + 3_000);
        var choice = browser.driver.findElement(By.xpath("//li[@data-type='SINGLE_CHOICE']//label[contains(normalize-space(), 'Speed')]/input"));
        choice.click();
        String slot = choice.findElement(By.xpath("ancestor::li[@data-slot]")).getAttribute("data-slot");
        browser.waitForText("err-" + slot, "The time for this attempt is up");
        assertEquals("Safety", Api.get("/api/v1/attempts/" + attempt, token).json().getJsonArray("questions").stream()
                .map(JsonValue::asJsonObject).filter(q -> q.getString("type").equals("SINGLE_CHOICE")).findFirst().orElseThrow()
                .getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getInt("index") == Api.get("/api/v1/attempts/" + attempt, token).json().getJsonObject("responses")
                        .getJsonObject(slot).getInt("choice")).findFirst().orElseThrow().getString("text"), "the answer given in time stands");
        browser.signOut();
    }

    @Test
    void imagesComeInSizesForTheScreenAndWithDataSaverWaitForATap() throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Pictures on a budget"));
        String module = CourseFixtures.addModule(trainer, course, "Only module");
        byte[] picture = picture(1200, 800);
        Api.Reply uploaded = Api.upload("/api/v1/courses/" + course + "/media?name=district.png", trainer, picture);
        assertEquals(201, uploaded.status(), uploaded.body());
        String image = uploaded.json().getString("url");
        // an image stored before sizes were read on upload: it is read when a lesson first shows it
        Api.Reply older = Api.upload("/api/v1/courses/" + course + "/media?name=older.png", trainer, picture(800, 600));
        assertEquals(201, older.status(), older.body());
        long olderId = older.json().getJsonNumber("id").longValue();
        try (Connection db = ServerUnderTest.database()) {
            assertEquals(1, Sql.update(db, "UPDATE media_asset SET width = NULL, height = NULL WHERE id = " + olderId));
        }
        String lesson = CourseFixtures.addLesson(trainer, course, module, "Where we work",
                "<p>The district.</p><img src=\"" + image + "\" alt=\"A map of the district\">"
                        + "<p>Before.</p><img src=\"" + older.json().getString("url") + "\" alt=\"The district before\">");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        String learner = Api.newLearner("saver", PASSWORD);
        String token = Api.token(learner, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
        Api.Reply unsure = Api.put("/api/v1/me/data-saver", token, "{}");
        assertEquals(400, unsure.status(), unsure.body());
        assertEquals("on", unsure.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        // a phone gets a smaller WebP copy, with the image's size set so the text does not jump
        browser.signIn(learner, PASSWORD);
        browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + lesson);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "const i = document.querySelector('#lessonText img'); return !!i && i.complete && i.naturalWidth > 0")));
        assertEquals("1200x800", js.executeScript("const i = document.querySelector('#lessonText img'); return i.getAttribute('width') + 'x' + i.getAttribute('height')"));
        assertEquals("lazy", js.executeScript("return document.querySelector('#lessonText img').getAttribute('loading')"));
        assertEquals("800x600", js.executeScript("const i = document.querySelectorAll('#lessonText img')[1]; return i.getAttribute('width') + 'x' + i.getAttribute('height')"));
        try (Connection db = ServerUnderTest.database()) {
            assertEquals(800, Sql.single(db, "SELECT width FROM media_asset WHERE id = " + olderId), "the size read is kept");
            assertEquals(600, Sql.single(db, "SELECT height FROM media_asset WHERE id = " + olderId));
        }
        assertEquals(Api.BASE + image + "?w=640", js.executeScript("return document.querySelector('#lessonText img').currentSrc"),
                "a 412 px wide phone picks the 640 px copy");
        Api.Reply copy = Api.get(image + "?w=640", token);
        assertEquals("image/webp", copy.contentType());
        int copyBytes = Api.download(image + "?w=640", token).length;
        assertTrue(copyBytes < picture.length, "the copy weighs less: " + copyBytes + " bytes against " + picture.length);
        assertEquals(404, Api.get(image + "?w=123", token).status(), "only the widths served are made");

        browser.open("/account.xhtml");
        browser.driver.findElement(By.id("dataSaverForm:dataSaver")).click();
        browser.click("dataSaverForm:saveDataSaver");
        browser.waitForText("pageMessages", "Data saver is on");
        browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + lesson);
        js.executeScript("performance.clearResourceTimings()");
        browser.driver.navigate().refresh();
        assertEquals(0L, js.executeScript("return document.querySelectorAll('#lessonText img').length"));
        assertEquals(0L, js.executeScript("return performance.getEntriesByType('resource').filter(r => r.name.includes('/media/')).length"),
                "the image was not downloaded with the page");
        browser.driver.findElement(By.linkText("Show image: A map of the district")).click();
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "const i = document.querySelector('#lessonText img'); return !!i && i.complete && i.naturalWidth === 640")));
        browser.checkPage();

        // the same in Russian, at phone width: the link's words, and the course page's offline box
        assertEquals(204, Api.put("/api/v1/me/language", token, "{\"language\":\"ru\"}").status());
        browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + lesson);
        browser.driver.findElement(By.linkText("Показать изображение: A map of the district"));
        browser.open("/courses/course.xhtml?id=" + course);
        browser.wait.until(d -> d.findElement(By.id("saveOffline")).getText().startsWith("Сохранить для офлайн (около "));
        browser.waitForText("offlineHeading", "На этом устройстве");
        browser.checkPage();
        assertEquals(204, Api.put("/api/v1/me/language", token, "{\"language\":\"en\"}").status());

        assertEquals(204, Api.put("/api/v1/me/data-saver", token, "{\"on\":false}").status());
        browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + lesson);
        browser.driver.navigate().refresh();
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return document.querySelectorAll('#lessonText img').length === 2")));
        browser.signOut();
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

    /**
     * A lesson opened again, unchanged, is not sent again: the server answers 304 and the browser
     * shows its copy, whose script and forms still work; a change, another session or signing out
     * ends the copy's use.
     */
    @Test
    void aLessonOpenedAgainComesFromTheBrowsersCopyUntilItChangesOrTheLearnerSignsOut() throws Exception {
        Enrolled on = enrolledOnTwoLessons("Kept lessons", "Once is enough", "Then this", "kept");
        String trainer = on.trainer(), first = on.first(), learner = on.learner();
        long course = on.course();
        String lesson = "/courses/lesson.xhtml?course=" + course + "&lesson=" + first;

        browser.signIn(learner, PASSWORD);
        browser.open(lesson);
        browser.waitForText("lessonTitle", "Once is enough");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        String renderedAt = (String) js.executeScript("return document.body.getAttribute('data-now')");

        // over HTTP with the same session: the copy's tag is answered 304, with nothing of a new render
        String session = browser.driver.manage().getCookieNamed("PRACTICA_SESSION").getValue();
        Api.Reply full = Api.send(Api.request(lesson, null).header("Cookie", "PRACTICA_SESSION=" + session).GET());
        assertEquals(200, full.status());
        String tag = full.headers().firstValue("ETag").orElseThrow();
        assertEquals("private, no-cache", full.headers().firstValue("Cache-Control").orElseThrow());
        Api.Reply same = Api.send(Api.request(lesson, null).header("Cookie", "PRACTICA_SESSION=" + session).header("If-None-Match", tag).GET());
        assertEquals(304, same.status());
        assertEquals(tag, same.headers().firstValue("ETag").orElseThrow());
        assertTrue(same.headers().allValues("Content-Security-Policy").isEmpty(), "the copy keeps the policy it came with");
        // another session's copy is not this one's
        String otherSession = Api.send(Api.request("/login.xhtml", null).GET()).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PRACTICA_SESSION=")).findFirst().map(c -> c.substring(17, c.indexOf(';'))).orElse("none");
        assertTrue(Api.send(Api.request(lesson, null).header("Cookie", "PRACTICA_SESSION=" + otherSession).header("If-None-Match", tag).GET()).status() != 304);

        // in the browser: the page opened again is its copy (rendered at the same moment), and its
        // script runs under the policy the copy came with, and its form still posts
        Thread.sleep(1100);
        browser.open(lesson);
        browser.waitForText("lessonTitle", "Once is enough");
        assertEquals(renderedAt, js.executeScript("return document.body.getAttribute('data-now')"), "shown from the browser's copy");
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!window.practicaOffline")));
        browser.click("doneForm:markDone");
        browser.waitForText("lessonTitle", "Then this");
        assertTrue(doneAt(trainer, course, learner).containsKey(first), "marked done from the copy");

        // the lesson has changed (done): a new render, not the copy
        browser.open(lesson);
        browser.waitForText("lessonTitle", "Once is enough");
        assertTrue(!renderedAt.equals(js.executeScript("return document.body.getAttribute('data-now')")), "rendered anew once done");
        browser.checkPage();

        // signing out clears the browser's copies: Back shows no one's lesson
        browser.signOut();
        browser.driver.navigate().back();
        try {
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login.xhtml"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after signing out, Back showed " + browser.driver.getCurrentUrl() + " "
                    + browser.driver.manage().logs().get("browser").getAll(), e);
        }
    }

    /** The line's state speaks the learner's language, right to left in Arabic, at phone width. */
    @Test
    void theLineStateSpeaksArabicRightToLeft() throws Exception {
        Enrolled on = enrolledOnTwoLessons("Reading right to left", "First", "Second", "arabic");
        String trainer = on.trainer(), first = on.first(), learner = on.learner(), token = on.token();
        long course = on.course();
        assertEquals(204, Api.put("/api/v1/me/language", token, "{\"language\":\"ar\"}").status());

        browser.signIn(learner, PASSWORD);
        browser.open("/courses/course.xhtml?id=" + course);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertEquals("rtl", js.executeScript("return document.documentElement.dir"));
        browser.wait.until(d -> d.findElement(By.id("saveOffline")).getText().contains("("));
        browser.click("saveOffline");
        browser.waitForText("offlineStatus", "حُفظت على هذا الجهاز");
        workerInCharge(js);

        try (NetworkConditions line = new NetworkConditions((ChromeDriver) browser.driver)) {
            line.set(NetworkConditions.OFFLINE);
            browser.open("/courses/lesson.xhtml?course=" + course + "&lesson=" + first);
            browser.waitForText("lineState", "أنت غير متصل.");
            browser.click("doneForm:markDone");
            browser.waitForText("lessonTitle", "Second");
            browser.waitForText("lineState", "إجراء واحد ينتظر الإرسال.");
            assertEquals("rtl", js.executeScript("return getComputedStyle(document.getElementById('lineState')).direction"));
            browser.checkPage();

            line.set(NetworkConditions.TWO_G);
            browser.waitForText("lineState", "أُرسل: إجراء واحد.");
        }
        assertTrue(doneAt(trainer, course, learner).containsKey(first), "the mark arrived");
        assertEquals(204, Api.put("/api/v1/me/language", token, "{\"language\":\"en\"}").status());
        browser.signOut();
    }

    /** A new learner enrolled on a new published course of two lessons. */
    private record Enrolled(String trainer, long course, String first, String learner, String token) {
    }

    private static Enrolled enrolledOnTwoLessons(String courseTitle, String firstTitle, String secondTitle, String learnerPrefix) {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique(courseTitle));
        String module = CourseFixtures.addModule(trainer, course, "Only");
        String first = CourseFixtures.addLesson(trainer, course, module, firstTitle, "<p>" + firstTitle + ".</p>");
        CourseFixtures.addLesson(trainer, course, module, secondTitle, "<p>" + secondTitle + ".</p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        String learner = Api.newLearner(learnerPrefix, PASSWORD);
        String token = Api.token(learner, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
        return new Enrolled(trainer, course, first, learner, token);
    }

    static long quiz(String trainer, long course, String module, String title, jakarta.json.JsonObjectBuilder settings) throws java.io.IOException {
        long bank = QuestionBanksIT.openBank(trainer, course, Api.unique(title));
        String gift = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/quiz/short-quiz.gift"));
        assertEquals(201, QuestionBanksIT.importFile(trainer, bank, "gift", "all", gift).status());
        var slots = Json.createArrayBuilder();
        for (JsonValue q : Api.get("/api/v1/question-banks/" + bank + "/questions", trainer).array()) {
            String name = q.asJsonObject().getString("name");
            if (name.equals("Choice") || name.equals("Number")) {
                slots.add(Json.createObjectBuilder().add("questionId", q.asJsonObject().getJsonNumber("id").longValue()));
            }
        }
        return CourseFixtures.quiz(trainer, course, module, bank, settings.add("title", title).add("required", false).add("passPercent", 50).add("slots", slots));
    }

    /**
     * Waits until the service worker is active and in charge of the page, reloading once if it
     * became active after the page loaded, as a learner's next page would be.
     */
    private static void workerInCharge(JavascriptExecutor js) {
        Object state = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const late = setTimeout(() => done('no worker ready'), 25000);
                navigator.serviceWorker.ready.then(r => { clearTimeout(late); done(r.active ? r.active.state : 'none'); });""");
        assertEquals("activated", state, "the service worker");
        if (!Boolean.TRUE.equals(js.executeScript("return !!navigator.serviceWorker.controller"))) {
            browser.driver.navigate().refresh();
        }
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!navigator.serviceWorker.controller")));
    }

    /** A picture a trainer might upload: a green field with a white disc. */
    static byte[] picture(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(11, 110, 79));
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * Notes every request the page makes from now on, with its answer, for the message of a wait
     * that fails; with {@code dropFirst} the first one fails as a line that is not quite back does.
     */
    private static void watchSends(JavascriptExecutor js, boolean dropFirst) {
        js.executeScript("""
                window.sends = [];
                let drop = arguments[0];
                const fetched = window.fetch;
                window.fetch = function (url) {
                  const at = Date.now(), onLine = navigator.onLine;
                  if (drop) { drop = false; sends.push([at, onLine, url, 'dropped']); return Promise.reject(new TypeError('Failed to fetch')); }
                  return fetched.apply(this, arguments).then(
                    r => { sends.push([at, onLine, url, r.status]); return r; },
                    e => { sends.push([at, onLine, url, String(e)]); throw e; });
                };""", dropFirst);
    }

    /** Waits until all that waited is sent, within {@code seconds}, saying what happened if not. */
    private static void everythingSent(JavascriptExecutor js, int seconds) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(seconds))
                    .until(d -> outbox(js).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("still waiting after " + seconds + " s: " + outbox(js) + " / line state: "
                    + browser.driver.findElement(By.id("lineState")).getText() + " / online: " + js.executeScript("return navigator.onLine")
                    + " / requests since the line came back: " + js.executeScript("return JSON.stringify(window.sends || null)")
                    + " / now " + js.executeScript("return Date.now()"), e);
        }
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

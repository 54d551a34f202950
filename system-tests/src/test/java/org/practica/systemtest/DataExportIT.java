package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's copy of their data: every kind of record Practica keeps about the demo learner is in
 * it, as many as the database holds, their reflections readable, and nothing of a classmate who
 * sat the same quiz; then the same asked for and downloaded in the browser, in Russian.
 */
class DataExportIT extends BrowserJourney {

    private static final String PASSWORD = "only my own answers";

    @Test
    void theCopyHoldsEveryKindOfRecordOfThePersonAndNothingOfAnyoneElse() throws Exception {
        String learner = Api.token("learner", Api.DEMO_PASSWORD);
        Api.acceptNotice("learner", Api.DEMO_PASSWORD);
        assertEquals(200, Api.put("/api/v1/me/consents/STATISTICS", learner, "{\"granted\":true}").status());
        // a certificate, from a programme the demo registrar opens for supervised hours the demo learner has
        String registrar = Api.token("registrar", Api.DEMO_PASSWORD);
        Api.Reply programme = Api.post("/api/v1/programmes", registrar, CertificatesIT.programme("AUTOMATIC", CertificatesIT.supervisedHours(1)));
        assertEquals(201, programme.status(), programme.body());
        long programmeId = programme.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + programmeId + "/activation", registrar, "").status());
        Api.Reply claimed = Api.post("/api/v1/programmes/" + programmeId + "/claim", learner, "");
        assertEquals(200, claimed.status(), claimed.body());
        // a quiz attempt, beside a classmate's at the same quiz
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Own answers"), "Checks");
        long quiz = CourseFixtures.essayCheckIn(trainer, course);
        String classmateName = Api.newLearner("classmate", PASSWORD);
        String classmate = Api.token(classmateName, PASSWORD);
        for (String who : List.of(learner, classmate)) {
            assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", who, "").status());
            assertEquals(201, Api.post("/api/v1/quizzes/" + quiz + "/attempts", who, "").status());
        }

        Api.Reply asked = Api.post("/api/v1/me/exports", learner, "");
        assertEquals(202, asked.status(), asked.body());
        String status = asked.headers().firstValue("Location").orElseThrow().replace(Api.BASE, "");
        assertEquals(asked.json().getJsonNumber("id").longValue(), Api.post("/api/v1/me/exports", learner, "").json()
                .getJsonNumber("id").longValue(), "asking again while it is built gives the same one");
        JsonObject ready = awaitReady(status, learner);
        assertEquals(404, Api.get(status, classmate).status(), "another person's copy is not found");
        Map<String, byte[]> files = unzip(Api.download(status + "/archive", learner));
        assertTrue(files.keySet().containsAll(List.of("summary.pdf", "account.json", "courses.json", "attempts.json",
                "mentoring.json", "certificates.json")), files.keySet().toString());
        assertTrue(new String(files.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(ready.getJsonNumber("size").longValue() > 0);

        JsonObject account = json(files.get("account.json")).asJsonObject();
        JsonObject courses = json(files.get("courses.json")).asJsonObject();
        JsonObject attempts = json(files.get("attempts.json")).asJsonObject();
        JsonArray relationships = json(files.get("mentoring.json")).asJsonObject().getJsonArray("relationships");
        JsonArray certificates = json(files.get("certificates.json")).asJsonObject().getJsonArray("certificates");
        assertEquals("learner", account.getJsonObject("account").getString("username"));
        try (Connection db = ServerUnderTest.database()) {
            long id = Sql.single(db, "SELECT id FROM app_user WHERE username = 'learner'");
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM enrollment WHERE learner = 'learner'"), courses.getJsonArray("enrolments").size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM quiz_attempt WHERE learner = 'learner'"), attempts.getJsonArray("attempts").size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM mentoring_relationship WHERE mentee = 'learner' OR supervisor = 'learner'"),
                    relationships.size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM supervision_session WHERE mentee = 'learner' OR supervisor = 'learner'"),
                    relationships.stream().mapToInt(r -> r.asJsonObject().getJsonArray("sessions").size()).sum());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM certificate WHERE holder = 'learner'"), certificates.size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM notice_acceptance WHERE user_id = " + id),
                    account.getJsonArray("noticeAcceptances").size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM sign_in_event WHERE user_id = " + id), account.getJsonArray("signIns").size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM notification WHERE recipient_id = " + id), account.getJsonArray("notifications").size());
            assertEquals(Sql.single(db, "SELECT COUNT(*) FROM outgoing_mail WHERE recipient_id = " + id), account.getJsonArray("emails").size());
            assertTrue(account.containsKey("emailChoices"), "the person's e-mail choices are in their copy");
        }
        assertTrue(certificates.size() > 0 && relationships.size() > 0 && attempts.getJsonArray("attempts").size() > 0);
        for (JsonValue c : certificates) {
            if (!c.asJsonObject().getString("status").equals("REVOKED")) {
                assertTrue(files.containsKey("certificates/" + c.asJsonObject().getString("serial") + ".pdf"), "each certificate as issued");
            }
        }
        assertTrue(relationships.stream().flatMap(r -> r.asJsonObject().getJsonArray("sessions").stream())
                .anyMatch(s -> !s.asJsonObject().isNull("reflection") && !s.asJsonObject().getString("reflection").isBlank()),
                "reflections, unsealed for their writer");
        assertTrue(account.getJsonArray("consents").stream().anyMatch(c -> c.asJsonObject().getBoolean("granted")));
        String everything = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
        assertFalse(everything.contains(classmateName), "nothing of the classmate's");

        String auditor = Api.token("auditor", Api.DEMO_PASSWORD);
        List<String> actions = Api.get("/api/v1/audit/events?person=learner&action=export.", auditor).json().getJsonArray("lines")
                .stream().map(l -> l.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("export.requested", "export.downloaded")), actions.toString());
    }

    @Test
    void aPersonAsksForTheirCopyInTheBrowserAndDownloadsItInRussian(TestInfo test) {
        String person = Api.newLearner("copy-keeper", PASSWORD);
        try {
            browser.signIn(person, PASSWORD);
            browser.open("/account.xhtml");
            browser.click("myDataLink");
            browser.waitForText(By.tagName("h1"), "A copy of your data");
            browser.checkPage();
            browser.chooseLanguage("ru");
            browser.waitForText(By.tagName("h1"), "Копия ваших данных");
            browser.click("exportForm:requestExport");
            // the page reloads itself while the copy is built
            browser.wait.until(d -> !d.findElements(By.id("download")).isEmpty());
            browser.waitForText("exportReady", "Копия подготовлена");
            browser.checkPage();
            String href = browser.driver.findElement(By.id("download")).getAttribute("href");
            assertTrue(href.matches(".*/api/v1/me/exports/\\d+/archive"), href);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static JsonObject awaitReady(String status, String token) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            JsonObject now = Api.get(status, token).json();
            assertFalse(now.getString("status").equals("FAILED"), now.toString());
            if (now.getString("status").equals("READY")) {
                assertEquals(100, now.getInt("percent"));
                return now;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the copy was not ready within a minute");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonValue json(byte[] content) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return reader.readValue();
        }
    }

}

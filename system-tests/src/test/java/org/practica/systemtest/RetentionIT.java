package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation's retention rules: an administrator sets them, reviews what they would remove
 * (a dry run that removes nothing), and applies the review; exactly what the review listed is
 * removed (old supervision texts, old sign-ins) or flagged (unused accounts), and nothing else.
 */
class RetentionIT extends BrowserJourney {

    private static final String PASSWORD = "kept no longer than needed";

    @Test
    void theReviewListsExactlyWhatApplyingItThenRemoves(TestInfo test) throws Exception {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String orgName = Api.unique("Retention Centre");
        Api.Reply org = Api.post("/api/v1/admin/organisations", admin, Json.createObjectBuilder().add("name", orgName)
                .add("country", "KZ").add("kind", "NGO").build().toString());
        assertEquals(201, org.status(), org.body());
        long organisation = org.json().getJsonNumber("id").longValue();
        String mentee = Api.newUser("kept-mentee", PASSWORD, "LEARNER", orgName);
        String supervisorName = Api.newUser("kept-supervisor", PASSWORD, "SUPERVISOR", orgName);
        String trainer = Api.token(Api.newUser("kept-trainer", PASSWORD, "TRAINER", orgName), PASSWORD);
        String idle = Api.newUser("idle", PASSWORD, "LEARNER", orgName);
        String supervisor = Api.token(supervisorName, PASSWORD);
        String menteeToken = Api.token(mentee, PASSWORD);

        long oldPair = relationship(trainer, supervisorName, mentee);
        long oldWithTexts = session(supervisor, menteeToken, oldPair, Instant.parse("2026-02-02T10:00:00Z"), true);
        long oldWithTexts2 = session(supervisor, menteeToken, oldPair, Instant.parse("2026-02-09T10:00:00Z"), true);
        long oldWithout = session(supervisor, menteeToken, oldPair, Instant.parse("2026-02-16T10:00:00Z"), false);
        assertEquals(200, Api.post("/api/v1/mentoring/relationships/" + oldPair + "/end", trainer, "{\"on\":\"2026-03-01\"}").status());
        long recentPair = relationship(trainer, supervisorName, mentee);
        long recent = session(supervisor, menteeToken, recentPair, Instant.parse("2026-04-06T10:00:00Z"), true);
        List<Long> oldSignIns = new ArrayList<>();
        try (Connection db = ServerUnderTest.database()) {
            // the first pair ended ten years ago; the idle account was made eleven years ago and never used
            Sql.update(db, "UPDATE mentoring_relationship SET starts_on = '2016-01-01', ends_on = '2016-03-01' WHERE id = " + oldPair);
            Sql.update(db, "UPDATE app_user SET created_at = NOW(3) - INTERVAL 11 YEAR WHERE username = '" + idle + "'");
            for (int days : List.of(400, 500, 700)) {
                Sql.update(db, "INSERT INTO sign_in_event (user_id, signed_in_at, address) SELECT id, NOW(3) - INTERVAL " + days
                        + " DAY, '192.0.2.1' FROM app_user WHERE username = '" + mentee + "'");
                oldSignIns.add(Sql.single(db, "SELECT MAX(id) FROM sign_in_event"));
            }
        }
        assertEquals(404, Api.post("/api/v1/admin/organisations/" + organisation + "/retention-runs",
                Api.token("admin-journalists", Api.DEMO_PASSWORD), "").status(), "another organisation's administrator");
        Api.Reply badRules = Api.put("/api/v1/admin/organisations/" + organisation + "/retention", admin,
                "{\"mentoringTextYears\":0,\"inactiveAccountYears\":99}");
        assertEquals(400, badRules.status());
        assertEquals(List.of("mentoringTextYears", "inactiveAccountYears"), badRules.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());

        try {
            // the platform administrator sets the rules, every wrong one refused beside its field
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/retention.xhtml?organisation=" + organisation);
            browser.waitForText("retentionOrganisation", orgName);
            browser.type("rulesForm:mentoringTextYears", "0");
            browser.type("rulesForm:inactiveAccountYears", "99");
            browser.click("rulesForm:saveRules");
            browser.waitForRefusals("rulesForm:mentoringTextYears", "rulesForm:mentoringTextYears", "rulesForm:inactiveAccountYears");
            browser.checkPage();
            browser.type("rulesForm:mentoringTextYears", "5");
            browser.type("rulesForm:inactiveAccountYears", "3");
            browser.click("rulesForm:saveRules");
            browser.waitForText("pageMessages", "have been saved");
            browser.click("reviewForm:review");
            browser.waitForText("latestStatus", "nothing has been removed yet");
            browser.waitForText("count-MENTORING_TEXT", "2");
            browser.checkPage();

            // the review lists exactly the old texts, the old sign-ins and the idle account, and removes nothing
            JsonObject run = Api.get("/api/v1/admin/organisations/" + organisation + "/retention-runs", admin).array().getJsonObject(0);
            long runId = run.getJsonNumber("id").longValue();
            Map<String, Set<Long>> listed = Api.get("/api/v1/admin/retention-runs/" + runId + "/items", admin).array().stream()
                    .map(JsonValue::asJsonObject).collect(Collectors.groupingBy(i -> i.getString("kind"),
                            Collectors.mapping(i -> i.getJsonNumber("refId").longValue(), Collectors.toCollection(TreeSet::new))));
            long idleId;
            try (Connection db = ServerUnderTest.database()) {
                idleId = Sql.single(db, "SELECT id FROM app_user WHERE username = '" + idle + "'");
                assertNotNull(text(db, oldWithTexts), "a review removes nothing");
                assertEquals(2, Sql.single(db, "SELECT COUNT(*) FROM person_data_key WHERE scope = 'relationship:" + oldPair + "'"),
                        "the mentee's and the supervisor's key of the old pair");
            }
            assertEquals(Map.of("MENTORING_TEXT", new TreeSet<>(List.of(oldWithTexts, oldWithTexts2)),
                    "SIGN_IN", new TreeSet<>(oldSignIns), "INACTIVE_ACCOUNT", new TreeSet<>(List.of(idleId))), listed);

            // applied after a confirmation, by the background job, to the end
            browser.click("applyForm:apply-ask");
            browser.click("applyForm:apply");
            browser.wait.until(d -> d.findElement(By.id("latestStatus")).getText().contains("Applied"));
            browser.checkPage();

            try (Connection db = ServerUnderTest.database()) {
                assertNull(text(db, oldWithTexts));
                assertNull(text(db, oldWithTexts2));
                assertNotNull(text(db, recent), "a pair that ended less than five years ago keeps its texts");
                assertEquals(0, Sql.single(db, "SELECT COUNT(*) FROM person_data_key WHERE scope = 'relationship:" + oldPair + "'"),
                        "the old pair's keys are shredded, so no copy of its texts opens");
                assertEquals(2, Sql.single(db, "SELECT COUNT(*) FROM person_data_key WHERE scope = 'relationship:" + recentPair + "'"));
                assertEquals(1, Sql.single(db, "SELECT COUNT(*) FROM supervision_session WHERE id = " + oldWithout), "sessions stay");
                assertEquals(0, Sql.single(db, "SELECT COUNT(*) FROM sign_in_event WHERE id IN ("
                        + oldSignIns.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"));
                assertTrue(Sql.single(db, "SELECT COUNT(*) FROM sign_in_event e JOIN app_user u ON u.id = e.user_id WHERE u.username = '"
                        + mentee + "'") > 0, "recent sign-ins stay");
                assertEquals(1, Sql.single(db, "SELECT COUNT(*) FROM app_user WHERE inactive_since IS NOT NULL AND organisation_id = " + organisation));
                assertEquals(1, Sql.single(db, "SELECT COUNT(*) FROM app_user WHERE inactive_since IS NOT NULL AND id = " + idleId));
            }
            assertTrue(Api.get("/api/v1/admin/users/" + idle, admin).json().containsKey("inactiveSince"), "the administrator sees the flag");
            Api.token(idle, PASSWORD);
            assertFalse(Api.get("/api/v1/admin/users/" + idle, admin).json().containsKey("inactiveSince"), "a sign-in clears it");
            JsonObject asMentee = Api.get("/api/v1/mentoring/sessions/" + oldWithTexts, menteeToken).json();
            assertTrue(!asMentee.containsKey("reflection") || asMentee.isNull("reflection"), asMentee.toString());
            assertEquals(60, asMentee.getInt("minutes"), "the hours stay for the log book");

            // a review superseded by a newer one is not applied
            long first = Api.post("/api/v1/admin/organisations/" + organisation + "/retention-runs", admin, "").json().getJsonNumber("id").longValue();
            Api.post("/api/v1/admin/organisations/" + organisation + "/retention-runs", admin, "");
            Api.Reply stale = Api.post("/api/v1/admin/retention-runs/" + first + "/application", admin, "");
            assertEquals(409, stale.status(), stale.body());

            List<String> actions = Api.get("/api/v1/audit/events?action=retention.&subject=retention:" + runId, admin).json()
                    .getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("action")).toList();
            assertEquals(List.of("retention.applied", "retention.approved", "retention.reviewed"), actions);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static long relationship(String trainer, String supervisor, String mentee) {
        Api.Reply r = Api.post("/api/v1/mentoring/relationships", trainer, Json.createObjectBuilder().add("supervisor", supervisor)
                .add("mentee", mentee).add("discipline", "psychology").add("startsOn", "2026-01-01")
                .add("requiredHours", Json.createObjectBuilder().add("TRAUMA_INFORMED_PRACTICE", 20)).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long session(String supervisor, String mentee, long relationship, Instant at, boolean texts) {
        String code = Api.post("/api/v1/mentoring/case-references", supervisor, "").json().getString("code");
        Api.Reply logged = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor, Json.createObjectBuilder()
                .add("startsAt", at.toString()).add("minutes", 60).add("modality", "individual_online")
                .add("competencies", Json.createArrayBuilder().add("trauma_informed_practice"))
                .add("caseReferences", Json.createArrayBuilder().add(code)).build().toString());
        assertEquals(201, logged.status(), logged.body());
        long id = logged.json().getJsonNumber("id").longValue();
        if (texts) {
            assertEquals(200, Api.put("/api/v1/mentoring/sessions/" + id + "/reflection", mentee, "{\"text\":\"What I learnt that day.\"}").status());
            assertEquals(200, Api.put("/api/v1/mentoring/sessions/" + id + "/notes", supervisor, "{\"text\":\"Steady work.\"}").status());
        }
        return id;
    }

    private static String text(Connection db, long session) throws Exception {
        try (PreparedStatement q = db.prepareStatement("SELECT COALESCE(reflection_sealed, notes_sealed) FROM supervision_session WHERE id = ?")) {
            q.setLong(1, session);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }
}

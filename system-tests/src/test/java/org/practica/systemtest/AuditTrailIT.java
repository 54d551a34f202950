package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail as administrators and auditors meet it: searched within reach, exported,
 * closed to changes by the database, and a change made behind its back found by the
 * verification command; then the same in a real Chromium, in English and Russian.
 */
class AuditTrailIT extends BrowserJourney {

    private static final String PASSWORD = "a ledger kept in ink";
    private static final String JOURNALISTS = "Demo Union of Journalists";

    private static List<JsonObject> lines(String query, String token) {
        Api.Reply reply = Api.get("/api/v1/audit/events" + query, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void administratorsReadTheirPartAuditorsTheWholeAndATamperedLineIsFound() throws Exception {
        String reporter = Api.newUser("audited-reporter", PASSWORD, "LEARNER", JOURNALISTS);
        String auditorName = Api.newUser("auditor", PASSWORD, "AUDITOR", "Practica Demo Resource Centre");
        String auditor = Api.token(auditorName, PASSWORD);
        String journalistsAdmin = Api.token("admin-journalists", Api.DEMO_PASSWORD);
        String centreLearner = Api.newLearner("audited-learner", PASSWORD);

        // the union's administrator sees its own person's account being made, not the centre's
        List<JsonObject> own = lines("?person=" + q(reporter), journalistsAdmin);
        assertEquals(1, own.size(), own.toString());
        assertEquals("user.created", own.get(0).getString("action"));
        assertEquals("user:" + reporter, own.get(0).getString("subject"), "shown by username, stored by account");
        assertEquals("user:admin", own.get(0).getString("actor"));
        assertEquals(List.of(), lines("?person=" + q(centreLearner), journalistsAdmin), "beyond the union's reach");
        // an auditor reads both
        assertEquals(1, lines("?person=" + q(centreLearner), auditor).size());
        assertEquals(1, lines("?subject=" + q("user:" + reporter) + "&action=user.", auditor).size());
        // only an administrator or an auditor reads at all, and only a platform administrator makes auditors
        assertEquals(403, Api.get("/api/v1/audit/events", Api.token(centreLearner, PASSWORD)).status());
        JsonObject now = Api.get("/api/v1/admin/users/" + reporter, journalistsAdmin).json();
        Api.Reply promote = Api.put("/api/v1/admin/users/" + reporter, journalistsAdmin, Json.createObjectBuilder()
                .add("displayName", now.getString("displayName")).add("organisationId", now.getJsonNumber("organisationId").longValue())
                .add("roles", Json.createArrayBuilder().add("LEARNER").add("AUDITOR")).add("language", now.getString("language"))
                .build().toString());
        assertEquals(400, promote.status(), promote.body());
        assertEquals("roles", promote.json().getString("field"));

        // every bad criterion is named at once
        Api.Reply bad = Api.get("/api/v1/audit/events?person=nobody-at-all&from=2026-13-01&to=soon", auditor);
        assertEquals(400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
        assertEquals(List.of("person", "from", "to"), bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());

        // the export has the search's lines, in the reader's words, and is itself noted
        Api.Reply csv = Api.get("/api/v1/audit/events.csv?person=" + q(reporter), auditor);
        assertEquals(200, csv.status(), csv.body());
        String[] rows = csv.body().split("\r\n");
        assertTrue(rows[0].contains("Place in chain") && rows[0].contains("When (UTC)"), rows[0]);
        assertEquals(2, rows.length, csv.body());
        assertTrue(rows[1].contains("user.created") && rows[1].contains("user:" + reporter), rows[1]);
        assertEquals(1, lines("?person=" + q(auditorName) + "&action=audit.exported", auditor).size());

        long seq = own.get(0).getJsonNumber("seq").longValue();
        try (Connection db = ServerUnderTest.database()) {
            // the application's own database account can neither change nor remove a line
            for (String change : List.of("UPDATE audit_event SET detail = 'nothing' WHERE seq = " + seq,
                    "DELETE FROM audit_event WHERE seq = " + seq)) {
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (Statement s = db.createStatement()) {
                        s.executeUpdate(change);
                    }
                });
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            String detail = detail(db, seq);
            assertEquals(0, verifyCommand(auditorName), "intact before");

            // someone with the database's owner rights lifts the guard and edits the line
            tamper(db, seq, "roles=[LEARNER] organisation=0");
            try {
                JsonObject report = Api.get("/api/v1/audit/verification", auditor).json();
                assertFalse(report.getBoolean("intact"), report.toString());
                assertEquals(seq, report.getJsonObject("firstBreak").getJsonNumber("seq").longValue());
                assertEquals("ALTERED", report.getJsonObject("firstBreak").getString("fault"));
                assertEquals(1, verifyCommand(auditorName), "the command says broken");
            } finally {
                tamper(db, seq, detail);
            }
            assertTrue(Api.get("/api/v1/audit/verification", auditor).json().getBoolean("intact"));
            assertEquals(0, verifyCommand(auditorName), "intact once restored");
        }
    }

    private static String detail(Connection db, long seq) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT detail FROM audit_event WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static void tamper(Connection db, long seq, String detail) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER audit_event_append_only_update");
            try (PreparedStatement u = db.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
                u.setString(1, detail);
                u.setLong(2, seq);
                assertEquals(1, u.executeUpdate());
            } finally {
                s.execute("CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only'");
            }
        }
    }

    /** Runs scripts/verify-audit-trail as an operator would, and gives its exit status. */
    private static int verifyCommand(String username) throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", Path.of("..", "scripts", "verify-audit-trail").toString(), Api.BASE)
                .redirectErrorStream(true);
        command.environment().put("PRACTICA_USER", username);
        command.environment().put("PRACTICA_PASSWORD", PASSWORD);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        assertTrue(output.contains("\"lastHash\""), output);
        return process.exitValue();
    }

    @Test
    void anAuditorSearchesExportsAndVerifiesInTheBrowserInEnglishAndRussian(TestInfo test) {
        String person = Api.newLearner("traced", PASSWORD);
        String auditorName = Api.newUser("auditor", PASSWORD, "AUDITOR", "Practica Demo Resource Centre");
        try {
            browser.signIn(auditorName, PASSWORD);
            browser.waitForText("auditorCard", "Audit");
            browser.click("openAudit");
            browser.waitForText(By.tagName("h1"), "Audit trail");
            browser.checkPage();

            // two bad criteria, each refused beside its field, the keyboard on the first
            browser.type("person", "nobody-at-all");
            browser.setValue("from", "2026-12-09");
            browser.setValue("to", "2026-12-01");
            browser.click("applySearch");
            browser.waitForRefusals("person", "person", "to");
            browser.checkPage();

            browser.type("person", person);
            browser.setValue("from", "");
            browser.setValue("to", "");
            browser.click("applySearch");
            browser.waitForText("lines", "Account created");
            assertEquals(1, browser.driver.findElements(By.cssSelector("#lines tr.line")).size());
            assertTrue(browser.driver.findElement(By.id("csv")).getAttribute("href").contains("person=" + person));

            browser.click("verifyForm:verify");
            browser.waitForText("reportVerdict", "Intact");
            browser.checkPage();

            browser.chooseLanguage("ru");
            browser.waitForText(By.tagName("h1"), "Журнал аудита");
            browser.open("/audit/trail.xhtml?person=" + person);
            browser.waitForText("lines", "Учётная запись создана");
            browser.checkPage();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }
}

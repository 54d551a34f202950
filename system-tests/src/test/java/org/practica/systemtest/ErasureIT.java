package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The right to erasure: a person with a session, a reflection, notes about them, an essay and a
 * certificate asks to be erased; a refusal needs a reason they then read; an approval leaves no
 * trace of their name or texts in any text column of any table, their mentoring texts unreadable
 * even with the installation's key, their certificate verifying as "holder withheld" with its
 * serial, and the counts (hours, attempts, enrolments) as they were.
 */
class ErasureIT extends BrowserJourney {

    private static final String PASSWORD = "forget me, please";

    @Test
    void anApprovedErasureLeavesNoTraceYetCertificatesStillVerifyAndCountsStay() throws Exception {
        String mark = Long.toString(System.nanoTime(), 36);
        String displayName = "Zarina Erasova " + mark;
        String person = Api.newUser("erasable", PASSWORD, "LEARNER", "Practica Demo Resource Centre", displayName);
        Api.acceptNotice(person, PASSWORD);
        String token = Api.token(person, PASSWORD);
        String reflection = "My own reflection " + mark + ": the first home visit frightened me.";
        String notes = "Supervisor’s notes on " + displayName + " " + mark + ": steady with the family.";
        String essay = "My essay " + mark + " about rest.";

        // supervised practice, signed off, with the person's reflection and notes naming them
        String supervisor = Api.token("supervisor", Api.DEMO_PASSWORD);
        Api.Reply arranged = Api.post("/api/v1/mentoring/relationships", Api.token("trainer", Api.DEMO_PASSWORD), Json.createObjectBuilder()
                .add("supervisor", "supervisor").add("mentee", person).add("discipline", "psychology").add("startsOn", "2026-01-01")
                .add("goals", "Goals agreed with " + displayName).build().toString());
        assertEquals(201, arranged.status(), arranged.body());
        String code = Api.post("/api/v1/mentoring/case-references", supervisor, "").json().getString("code");
        Api.Reply logged = Api.post("/api/v1/mentoring/relationships/" + arranged.json().getJsonNumber("id") + "/sessions", supervisor,
                Json.createObjectBuilder().add("startsAt", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString())
                        .add("minutes", 60).add("modality", "individual_online").add("competencies", Json.createArrayBuilder().add("RISK_ASSESSMENT"))
                        .add("caseReferences", Json.createArrayBuilder().add(code)).build().toString());
        assertEquals(201, logged.status(), logged.body());
        long sessionId = logged.json().getJsonNumber("id").longValue();
        String session = "/api/v1/mentoring/sessions/" + sessionId;
        assertEquals(200, Api.put(session + "/reflection", token, Json.createObjectBuilder().add("text", reflection).build().toString()).status());
        assertEquals(200, Api.put(session + "/notes", supervisor, Json.createObjectBuilder().add("text", notes).build().toString()).status());
        assertEquals(200, Api.post(session + "/confirm", token, "").status());
        assertEquals(200, Api.post(session + "/sign-off", supervisor, "").status());

        // a certificate for those hours
        String registrar = Api.token("registrar", Api.DEMO_PASSWORD);
        Api.Reply programme = Api.post("/api/v1/programmes", registrar, CertificatesIT.programme("AUTOMATIC", CertificatesIT.supervisedHours(1)));
        assertEquals(201, programme.status(), programme.body());
        long programmeId = programme.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + programmeId + "/activation", registrar, "").status());
        JsonObject certificate = Api.post("/api/v1/programmes/" + programmeId + "/claim", token, "").json().getJsonObject("certificate");
        String verification = certificate.getString("verificationCode");
        String serial = certificate.getString("serial");
        assertEquals(200, Api.put("/api/v1/certificates/" + certificate.getJsonNumber("id") + "/name-disclosure", token,
                "{\"nameDisclosure\":\"FULL_NAME\"}").status());
        assertEquals(displayName, Api.get("/api/v1/certificates/verify/" + verification, null).json().getString("holderName"));

        // an essay
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Erasure course"), "Reflections");
        long quiz = CourseFixtures.essayCheckIn(trainer, course);
        assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", token, "").status());
        Api.Reply attempt = Api.post("/api/v1/quizzes/" + quiz + "/attempts", token, "");
        assertEquals(201, attempt.status(), attempt.body());
        long attemptId = attempt.json().getJsonNumber("id").longValue();
        int slot = attempt.json().getJsonArray("questions").getJsonObject(0).getInt("slot");
        Api.Reply saved = Api.put("/api/v1/attempts/" + attemptId + "/answers/" + slot, token,
                Json.createObjectBuilder().add("text", essay).build().toString());
        assertTrue(saved.status() < 300, saved.body());

        // asking, refusing with a reason, asking again
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        Api.Reply asked = Api.post("/api/v1/me/erasure-request", token, "");
        assertEquals(201, asked.status(), asked.body());
        assertEquals(409, Api.post("/api/v1/me/erasure-request", token, "").status(), "one waiting request at a time");
        long requestId = waitingRequestOf(admin, person);
        Api.Reply noReason = Api.post("/api/v1/admin/erasure-requests/" + requestId + "/refusal", admin, "{\"reason\":\" \"}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getString("field"));
        assertTrue(noReason.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String why = "Supervision records are kept for five years by law.";
        assertEquals(200, Api.post("/api/v1/admin/erasure-requests/" + requestId + "/refusal", admin,
                Json.createObjectBuilder().add("reason", why).build().toString()).status());
        JsonObject refused = Api.get("/api/v1/me/erasure-request", token).json();
        assertEquals("REFUSED", refused.getString("status"));
        assertEquals(why, refused.getString("refusalReason"));
        assertEquals(409, Api.post("/api/v1/admin/erasure-requests/" + requestId + "/approval", admin, "").status(), "decided once");
        assertEquals(201, Api.post("/api/v1/me/erasure-request", token, "").status(), "asking again after a refusal");
        requestId = waitingRequestOf(admin, person);
        assertEquals(403, Api.post("/api/v1/admin/erasure-requests/" + requestId + "/approval", Api.token("learner", Api.DEMO_PASSWORD), "")
                .status(), "only an administrator decides");

        long accountId;
        Map<String, Long> before;
        String sealedReflection;
        String sealId;
        try (Connection db = ServerUnderTest.database()) {
            accountId = Sql.single(db, "SELECT id FROM app_user WHERE username = '" + person + "'");
            before = counts(db, person);
            sealedReflection = text(db, "SELECT reflection_sealed FROM supervision_session WHERE id = " + sessionId);
            sealId = text(db, "SELECT seal_id FROM supervision_session WHERE id = " + sessionId);
            assertTrue(sealedReflection.startsWith("pk1:"), "sealed with the person's data key: " + sealedReflection.substring(0, 4));
            assertEquals(reflection, openWithInstallationKeys(db, sealedReflection, sealId + "/reflection").orElseThrow(),
                    "before erasure, the installation's key opens the data key and the data key the text");
        }

        Api.Reply approved = Api.post("/api/v1/admin/erasure-requests/" + requestId + "/approval", admin, "");
        assertEquals(200, approved.status(), approved.body());
        String pseudonym = approved.json().getString("pseudonym");
        assertEquals("erased-" + accountId, pseudonym);

        try (Connection db = ServerUnderTest.database()) {
            List<String> traces = traces(db, List.of(person, displayName, mark));
            assertEquals(List.of(), traces, "no column of any table holds the person's name or texts");
            assertEquals(before, counts(db, pseudonym), "hours, attempts, enrolments and certificates still count");
            assertEquals(Optional.empty(), openWithInstallationKeys(db, sealedReflection, sealId + "/reflection"),
                    "a copy of the reflection taken before does not open, even with the installation's key");
            assertEquals(0, Sql.single(db, "SELECT COUNT(*) FROM person_data_key WHERE owner IN ('" + person + "', '" + pseudonym + "')"));
            assertEquals(0, Sql.single(db, "SELECT COUNT(*) FROM sign_in_event WHERE user_id = " + accountId));
            assertEquals(0, Sql.single(db, "SELECT COUNT(*) FROM app_user WHERE id = " + accountId + " AND enabled"));
        }
        JsonObject verified = Api.get("/api/v1/certificates/verify/" + verification, null).json();
        assertEquals("VALID", verified.getString("status"));
        assertEquals(serial, verified.getString("serial"), "the serial stays: no gap in the body's numbering");
        assertTrue(verified.getBoolean("holderWithheld"));
        assertFalse(verified.containsKey("holderName"));
        assertEquals(401, Api.post("/api/v1/auth/token", null, Api.credentials(person, PASSWORD)).status(), "the old name signs in no more");
        assertEquals(401, Api.get("/api/v1/me", token).status(), "nor does a token issued before");
        Api.Reply kept = Api.get(session, supervisor);
        assertEquals(200, kept.status(), "the supervisor still has the session, with its hours");
        assertFalse(kept.body().contains(mark), "but not its texts");
        assertTrue(kept.body().contains(pseudonym), kept.body());

        String auditor = Api.token("auditor", Api.DEMO_PASSWORD);
        List<String> actions = Api.get("/api/v1/audit/events?person=" + pseudonym, auditor).json().getJsonArray("lines").stream()
                .map(l -> l.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("erasure.requested", "erasure.refused", "account.erased")), actions.toString());
        assertTrue(Api.get("/api/v1/audit/verification", auditor).json().getBoolean("intact"), "the chain is whole after the erasure");
    }

    @Test
    void aPersonAsksInTheBrowserAndReadsTheAdministratorsReasonInRussian(TestInfo test) {
        String person = Api.newUser("leaving", PASSWORD, "LEARNER", "Practica Demo Resource Centre", "Leyla Leaving");
        try {
            browser.signIn(person, PASSWORD);
            browser.open("/my-data.xhtml");
            browser.click("erasureForm:requestErasure-ask");
            browser.click("erasureForm:requestErasure");
            browser.waitForText("erasureWaiting", "has not decided yet");
            browser.checkPage();
            browser.signOut();

            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.click("erasureRequests");
            browser.waitForText(By.id("erasureTable"), person);
            browser.checkPage();
            browser.driver.findElements(By.xpath("//tr[td[text()='" + person + "']]//a")).get(0).click();
            browser.waitForText(By.id("decision"), "Leyla Leaving");
            browser.click("refuseForm:refuse");
            browser.waitForRefusals("refuseForm:reason", "refuseForm:reason");
            browser.checkPage();
            browser.type("refuseForm:reason", "Записи супервизии хранятся пять лет по закону.");
            browser.click("refuseForm:refuse");
            browser.waitForText(By.tagName("body"), "refused");
            browser.signOut();

            browser.signIn(person, PASSWORD);
            browser.open("/my-data.xhtml");
            browser.chooseLanguage("ru");
            browser.waitForText("erasureRefused", "отклонил");
            browser.waitForText("refusalReason", "Записи супервизии хранятся пять лет по закону.");
            browser.checkPage();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static long waitingRequestOf(String admin, String person) {
        return Api.get("/api/v1/admin/erasure-requests", admin).array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("username").equals(person)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** What must still count after the erasure, under whichever name the records carry. */
    private static Map<String, Long> counts(Connection db, String name) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("minutes", Sql.single(db, "SELECT COALESCE(SUM(minutes), 0) FROM supervision_session WHERE mentee = '" + name + "' AND status = 'SIGNED_OFF'"));
        counts.put("attempts", Sql.single(db, "SELECT COUNT(*) FROM quiz_attempt WHERE learner = '" + name + "'"));
        counts.put("enrolments", Sql.single(db, "SELECT COUNT(*) FROM enrollment WHERE learner = '" + name + "'"));
        counts.put("certificates", Sql.single(db, "SELECT COUNT(*) FROM certificate WHERE holder = '" + name + "'"));
        return counts;
    }

    /** Every text column of every table, searched for each of the words: where any is found. */
    private static List<String> traces(Connection db, List<String> words) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        assertTrue(columns.size() > 100, "the scan reaches every table: " + columns.size() + " columns");
        List<String> found = new ArrayList<>();
        for (String[] c : columns) {
            for (String word : words) {
                try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM `" + c[0] + "` WHERE `" + c[1] + "` LIKE ?")) {
                    q.setString(1, "%" + word + "%");
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            found.add(c[0] + "." + c[1] + " holds '" + word + "'");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    /**
     * What someone holding the installation's notes keys and the database could read of a sealed
     * text: its data key unwrapped with an installation key, then the text with the data key.
     * Empty when the data key is gone; the text itself never opens with an installation key alone.
     */
    private static Optional<String> openWithInstallationKeys(Connection db, String sealed, String context) throws SQLException {
        String[] parts = sealed.split(":", 3);
        Map<String, byte[]> installation = installationKeys();
        for (byte[] key : installation.values()) {
            assertThrows(GeneralSecurityException.class, () -> decrypt(key, parts[2], context), "never sealed with the installation key");
        }
        String keyId = parts[1];
        try (PreparedStatement q = db.prepareStatement("SELECT wrapped FROM person_data_key WHERE id = ?")) {
            q.setString(1, keyId);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String[] wrapped = r.getString(1).split(":", 3);
                byte[] dataKey = Base64.getDecoder().decode(decrypt(installation.get(wrapped[1]), wrapped[2], "data-key/" + keyId));
                return Optional.of(decrypt(dataKey, parts[2], context));
            }
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String decrypt(byte[] key, String base64, String context) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(base64);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    }

    /** The notes keys the server under test was given: server.env when a test set them, else the generated file. */
    private static Map<String, byte[]> installationKeys() {
        try {
            Path env = ServerUnderTest.serverDir().resolve("server.env");
            String configured = Files.exists(env) ? Files.readAllLines(env, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("PRACTICA_NOTES_KEYS=")).map(l -> l.substring("PRACTICA_NOTES_KEYS=".length()))
                    .findFirst().orElse(null) : null;
            if (configured == null) {
                configured = Files.readString(ServerUnderTest.serverDir().resolve("data/notes-keys"), StandardCharsets.US_ASCII).strip();
            }
            Map<String, byte[]> keys = new LinkedHashMap<>();
            for (String entry : configured.split(",")) {
                String[] idAndKey = entry.strip().split(":", 2);
                keys.put(idAndKey[0], Base64.getDecoder().decode(idAndKey[1]));
            }
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

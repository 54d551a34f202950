package org.practica.systemtest;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rotating the installation's notes key: a new key is put in front of the old one in
 * PRACTICA_NOTES_KEYS and the server restarted. Notes written before still open, unchanged; the
 * people's data keys that seal them are now wrapped by the new key, and second-factor secrets are
 * sealed again with it; so the old key can then be dropped, and is (which is what makes erased
 * people's texts unreadable in backups taken before). The new key stays for the tests after.
 */
class NoteKeyRotationIT {

    private static final String PASSWORD = "rotate the keys";

    @Test
    void notesSealedWithTheOldKeyStillOpenAfterANewKeyTakesOver() throws Exception {
        String menteeName = Api.newLearner("rotation-mentee", PASSWORD);
        String supervisorName = Api.newUser("rotation-supervisor", PASSWORD, "SUPERVISOR", "Practica Demo Resource Centre");
        Api.Reply arranged = Api.post("/api/v1/mentoring/relationships", Api.token("trainer", Api.DEMO_PASSWORD),
                Json.createObjectBuilder().add("supervisor", supervisorName).add("mentee", menteeName).add("discipline", "social_work")
                        .add("startsOn", "2026-01-01").build().toString());
        assertEquals(201, arranged.status(), arranged.body());
        long relationship = arranged.json().getJsonNumber("id").longValue();
        String supervisor = Api.token(supervisorName, PASSWORD);
        long before = logWithNotes(supervisor, relationship, Instant.now().minus(2, ChronoUnit.DAYS), "Written under the old key.");
        String notesBefore = sealed(before);
        // a second factor, whose secret the installation key seals directly
        String staffName = Api.newUser("rotation-staff", PASSWORD, "TRAINER", "Practica Demo Resource Centre");
        String staff = Api.token(staffName, PASSWORD);
        String secret = Api.post("/api/v1/me/second-factor", staff, "").json().getString("secret");
        assertEquals(200, Api.post("/api/v1/me/second-factor/confirm", staff,
                Json.createObjectBuilder().add("code", Totp.code(secret, nextStep())).build().toString()).status());
        String oldKeyId = wrappingKeys(menteeName, supervisorName).get(0);

        Path env = ServerUnderTest.serverDir().resolve("server.env");
        List<String> lines = Files.exists(env) ? new ArrayList<>(Files.readAllLines(env, StandardCharsets.UTF_8)) : new ArrayList<>();
        String oldKeys = lines.stream().filter(l -> l.startsWith("PRACTICA_NOTES_KEYS=")).map(l -> l.substring("PRACTICA_NOTES_KEYS=".length()))
                .findFirst().orElseGet(() -> read(ServerUnderTest.serverDir().resolve("data/notes-keys")));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String newKeyId = "rot" + Instant.now().getEpochSecond();
        lines.removeIf(l -> l.startsWith("PRACTICA_NOTES_KEYS="));
        lines.add("PRACTICA_NOTES_KEYS=" + newKeyId + ":" + Base64.getEncoder().encodeToString(key) + "," + oldKeys);
        Files.write(env, lines, StandardCharsets.UTF_8);

        ServerUnderTest.restart();

        supervisor = Api.token(supervisorName, PASSWORD);
        assertEquals("Written under the old key.", Api.get("/api/v1/mentoring/sessions/" + before, supervisor).json().getString("supervisorNotes"));
        assertEquals(notesBefore, sealed(before), "notes are not rewritten: only the people's data keys are");
        assertEquals(List.of(newKeyId), wrappingKeys(menteeName, supervisorName),
                "every data key is wrapped by the new key, so the old one (" + oldKeyId + ") can be retired");
        long after = logWithNotes(supervisor, relationship, Instant.now().minus(1, ChronoUnit.DAYS), "Written under the new key.");
        assertTrue(sealed(after).startsWith("pk1:"), "sealed with the people's data keys");
        assertEquals("Written under the new key.", Api.get("/api/v1/mentoring/sessions/" + after, supervisor).json().getString("supervisorNotes"));

        // the old key retired: everything it sealed was sealed again or re-wrapped at the last start
        lines.removeIf(l -> l.startsWith("PRACTICA_NOTES_KEYS="));
        lines.add("PRACTICA_NOTES_KEYS=" + newKeyId + ":" + Base64.getEncoder().encodeToString(key));
        Files.write(env, lines, StandardCharsets.UTF_8);
        ServerUnderTest.restart();

        supervisor = Api.token(supervisorName, PASSWORD);
        assertEquals("Written under the old key.", Api.get("/api/v1/mentoring/sessions/" + before, supervisor).json().getString("supervisorNotes"));
        assertEquals("Written under the new key.", Api.get("/api/v1/mentoring/sessions/" + after, supervisor).json().getString("supervisorNotes"));
        Api.Reply withCode = Api.post("/api/v1/auth/token", null, Json.createObjectBuilder().add("username", staffName)
                .add("password", PASSWORD).add("otp", Totp.code(secret, nextStep())).build().toString());
        assertEquals(200, withCode.status(), "the second factor opens with the new key alone: " + withCode.body());
    }

    private static long lastStep;

    /** A time step for a code not used before: now, or just after the last one used. */
    private static long nextStep() {
        lastStep = Math.max(Totp.stepNow(), lastStep + 1);
        return lastStep;
    }

    private static long logWithNotes(String supervisor, long relationship, Instant startsAt, String notes) {
        String code = Api.post("/api/v1/mentoring/case-references", supervisor, "").json().getString("code");
        Api.Reply logged = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor,
                Json.createObjectBuilder().add("startsAt", startsAt.truncatedTo(ChronoUnit.MINUTES).toString()).add("minutes", 50)
                        .add("modality", "individual_in_person").add("competencies", Json.createArrayBuilder().add("RISK_ASSESSMENT"))
                        .add("caseReferences", Json.createArrayBuilder().add(code)).build().toString());
        assertEquals(201, logged.status(), logged.body());
        long id = logged.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.put("/api/v1/mentoring/sessions/" + id + "/notes", supervisor,
                Json.createObjectBuilder().add("text", notes).build().toString()).status());
        return id;
    }

    private static String sealed(long session) throws Exception {
        try (Connection db = ServerUnderTest.database();
             PreparedStatement q = db.prepareStatement("SELECT notes_sealed FROM supervision_session WHERE id = ?")) {
            q.setLong(1, session);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    /** The installation keys that wrap the two people's data keys, each once. */
    private static List<String> wrappingKeys(String mentee, String supervisor) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = ServerUnderTest.database();
             PreparedStatement q = db.prepareStatement("SELECT DISTINCT SUBSTRING_INDEX(SUBSTRING_INDEX(wrapped, ':', 2), ':', -1) "
                     + "FROM person_data_key WHERE owner IN (?, ?)")) {
            q.setString(1, mentee);
            q.setString(2, supervisor);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        assertEquals(1, ids.size(), ids.toString());
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

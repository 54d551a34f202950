package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mentoring through the API with real MariaDB: who may do and see what (the pair, another
 * supervisor, a registrar and an admin of the mentee's organisation, a trainer elsewhere), notes
 * stored as ciphertext, the session life cycle, and bad input refused with nothing stored.
 */
class MentoringIT {

    private static final String PASSWORD = "supervised practice";
    private static final String REFLECTION = "I kept calm when the boy talked about the camp.";
    private static final String NOTES = "Work on boundaries; check in about sleep next time.";

    private static String mentee;
    private static String supervisor;
    private static String otherSupervisor;
    private static String registrar;
    private static String admin;
    private static String outsider;
    private static long relationship;

    @BeforeAll
    static void pair() {
        String menteeName = Api.newLearner("mentee", PASSWORD);
        String supervisorName = Api.newUser("supervisor", PASSWORD, "SUPERVISOR", "Practica Demo Resource Centre");
        mentee = Api.token(menteeName, PASSWORD);
        supervisor = Api.token(supervisorName, PASSWORD);
        otherSupervisor = Api.token(Api.newUser("other-supervisor", PASSWORD, "SUPERVISOR", "Practica Demo Resource Centre"), PASSWORD);
        registrar = Api.token(Api.newUser("registrar", PASSWORD, "REGISTRAR", "Practica Demo Resource Centre"), PASSWORD);
        admin = Api.token(Api.newUser("admin", PASSWORD, "ADMIN", "Practica Demo Resource Centre"), PASSWORD);
        outsider = Api.token(Api.newUser("outside-trainer", PASSWORD, "TRAINER", "Demo Union of Journalists"), PASSWORD);
        String draft = Json.createObjectBuilder().add("supervisor", supervisorName).add("mentee", menteeName)
                .add("discipline", "psychology").add("startsOn", "2026-01-01")
                .add("requiredHours", Json.createObjectBuilder().add("TRAUMA_INFORMED_PRACTICE", 20)).build().toString();
        assertEquals(403, Api.post("/api/v1/mentoring/relationships", outsider, draft).status(), "a trainer of another organisation");
        Api.Reply arranged = Api.post("/api/v1/mentoring/relationships", Api.token("trainer", Api.DEMO_PASSWORD), draft);
        assertEquals(201, arranged.status(), arranged.body());
        assertEquals("ACTIVE", arranged.json().getString("status"));
        relationship = arranged.json().getJsonNumber("id").longValue();
    }

    private static String caseReference(String token) {
        return Api.post("/api/v1/mentoring/case-references", token, "").json().getString("code");
    }

    private static String session(Instant startsAt, int minutes, String caseReference) {
        return Json.createObjectBuilder().add("startsAt", startsAt.toString()).add("minutes", minutes).add("modality", "individual_online")
                .add("competencies", Json.createArrayBuilder().add("trauma_informed_practice"))
                .add("caseReferences", Json.createArrayBuilder().add(caseReference)).build().toString();
    }

    private static Api.Reply log(String token, Instant startsAt, int minutes, String caseReference) {
        return Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", token, session(startsAt, minutes, caseReference));
    }

    private static int sessionCount() {
        return Api.get("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor).array().size();
    }

    @Test
    void everyProblemOfASessionIsNamedInOneAnswerAndNothingIsStored() {
        int before = sessionCount();
        String wrong = Json.createObjectBuilder().add("minutes", 2).add("modality", "by pigeon")
                .add("competencies", Json.createArrayBuilder().add("NOT_A_COMPETENCY"))
                .add("caseReferences", Json.createArrayBuilder().add("Amina K.")).build().toString();
        Api.Reply r = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor, wrong);
        assertEquals(400, r.status(), r.body());
        assertEquals("application/problem+json", r.contentType());
        assertEquals(java.util.List.of("minutes", "modality", "caseReferences", "competencies", "startsAt"),
                r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList(), r.body());
        assertFalse(r.body().contains("Amina"), "what may name a person is never echoed");
        assertEquals(before, sessionCount());
    }

    @Test
    void eachPersonDoesAndSeesOnlyWhatTheirPartAllows() throws Exception {
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String code = caseReference(supervisor);
        assertEquals(404, log(otherSupervisor, start, 60, code).status(), "another supervisor cannot even see the pair");
        assertEquals(403, log(registrar, start, 60, code).status(), "a registrar reads hours, never logs them");
        Api.Reply logged = log(supervisor, start, 60, code);
        assertEquals(201, logged.status(), logged.body());
        long id = logged.json().getJsonNumber("id").longValue();
        String base = "/api/v1/mentoring/sessions/" + id;

        assertEquals(403, Api.put(base + "/reflection", supervisor, "{\"text\":\"x\"}").status(), "the reflection is the mentee's");
        assertEquals(200, Api.put(base + "/reflection", mentee, Json.createObjectBuilder().add("text", REFLECTION).build().toString()).status());
        assertEquals(403, Api.put(base + "/notes", mentee, "{\"text\":\"x\"}").status(), "the notes are the supervisor's");
        assertEquals(200, Api.put(base + "/notes", supervisor, Json.createObjectBuilder().add("text", NOTES).build().toString()).status());

        JsonObject asMentee = Api.get(base, mentee).json();
        assertEquals(REFLECTION, asMentee.getString("reflection"));
        assertEquals(NOTES, asMentee.getString("supervisorNotes"));
        assertEquals(NOTES, Api.get(base, supervisor).json().getString("supervisorNotes"));
        for (String reader : new String[]{registrar, admin}) {
            Api.Reply seen = Api.get(base, reader);
            assertEquals(200, seen.status(), seen.body());
            assertEquals(60, seen.json().getInt("minutes"));
            assertFalse(seen.json().containsKey("reflection") || seen.json().containsKey("supervisorNotes"), seen.body());
        }
        assertEquals(404, Api.get(base, otherSupervisor).status());
        assertEquals(404, Api.get(base, outsider).status());
        assertEquals(404, Api.get("/api/v1/mentoring/relationships/" + relationship, otherSupervisor).status());

        // in the database the texts are ciphertext, bound to this session
        try (Connection db = ServerUnderTest.database();
             PreparedStatement q = db.prepareStatement("SELECT reflection_sealed, notes_sealed FROM supervision_session WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                for (String column : new String[]{row.getString(1), row.getString(2)}) {
                    assertTrue(column.startsWith("pk1:"), "sealed with the people’s data keys: " + column);
                    assertFalse(column.contains("boundaries") || column.contains("camp"), column);
                }
            }
        }

        // the life cycle: the other of the pair confirms, the supervisor signs off, then only amendments
        assertEquals(403, Api.post(base + "/confirm", supervisor, "").status(), "not the one who logged it");
        assertEquals(200, Api.post(base + "/confirm", mentee, "").status());
        assertEquals(403, Api.post(base + "/sign-off", mentee, "").status());
        assertEquals(403, Api.post(base + "/sign-off", registrar, "").status());
        Api.Reply signed = Api.post(base + "/sign-off", supervisor, "");
        assertEquals(200, signed.status(), signed.body());
        assertEquals("SIGNED_OFF", signed.json().getString("status"));
        assertEquals(409, Api.put(base + "/reflection", mentee, "{\"text\":\"later\"}").status());
        assertEquals(409, Api.put(base, supervisor, session(start, 45, code)).status());
        String amendment = Json.createObjectBuilder().add("session", Json.createReader(new java.io.StringReader(session(start, 45, code))).readObject())
                .add("reason", "We stopped after 45 minutes.").build().toString();
        assertEquals(403, Api.post(base + "/amendments", mentee, amendment).status());
        JsonObject amended = Api.post(base + "/amendments", supervisor, amendment).json();
        assertEquals(45, amended.getInt("minutes"));
        assertEquals(60, amended.getJsonArray("amendments").getJsonObject(0).getInt("minutesBefore"));
        assertEquals(REFLECTION, amended.getString("reflection"), "an amendment keeps the texts");
        assertFalse(Api.get(base, registrar).json().getJsonArray("amendments").getJsonObject(0).containsKey("reason"),
                "the reason is free text: only the pair reads it");
        assertEquals("We stopped after 45 minutes.", amended.getJsonArray("amendments").getJsonObject(0).getString("reason"));
        // and like the notes it is sealed in the database
        try (Connection db = ServerUnderTest.database();
             PreparedStatement q = db.prepareStatement("SELECT amendments FROM supervision_session WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                assertFalse(row.getString(1).contains("45 minutes"), row.getString(1));
                assertTrue(row.getString(1).contains("\"reasonSealed\":\"pk1:"), row.getString(1));
            }
        }
    }

    @Test
    void badSessionsAreRefusedWithTheirFieldAndNothingIsStored() {
        int before = sessionCount();
        Instant start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String code = caseReference(mentee);
        Api.Reply name = log(mentee, start, 60, "Aisha K., born 2016");
        assertEquals(400, name.status());
        assertEquals("application/problem+json", name.contentType());
        assertEquals("caseReferences", name.json().getString("field"));
        assertFalse(name.body().contains("Aisha"), "the refused text is not echoed back");
        assertEquals("startsAt", log(mentee, Instant.now().plus(1, ChronoUnit.DAYS), 60, code).json().getString("field"));
        assertEquals("minutes", log(mentee, start, 4, code).json().getString("field"));
        assertEquals("minutes", log(mentee, start, 721, code).json().getString("field"));
        Api.Reply foreign = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", mentee,
                session(start, 60, code).replace("trauma_informed_practice", "ETHICAL_REPORTING"));
        assertEquals("competencies", foreign.json().getString("field"), "a journalism competency in a psychology relationship");
        assertEquals(before, sessionCount());

        assertEquals(201, log(mentee, start, 90, code).status());
        Api.Reply overlap = log(supervisor, start.plus(30, ChronoUnit.MINUTES), 60, code);
        assertEquals(409, overlap.status(), overlap.body());
        assertEquals(201, log(supervisor, start.plus(90, ChronoUnit.MINUTES), 30, code).status(), "touching is not overlapping");
        assertEquals(before + 2, sessionCount());
    }

    @Test
    void aMenteeAsksAndOnlyThatSupervisorAnswers() {
        String supervisorName = Api.get("/api/v1/me", supervisor).json().getString("username");
        String ask = Json.createObjectBuilder().add("supervisor", supervisorName).add("discipline", "teaching")
                .add("startsOn", "2026-02-01").build().toString();
        Api.Reply asked = Api.post("/api/v1/mentoring/relationships", mentee, ask);
        assertEquals(201, asked.status(), asked.body());
        assertEquals("REQUESTED", asked.json().getString("status"));
        long id = asked.json().getJsonNumber("id").longValue();
        assertEquals(404, Api.post("/api/v1/mentoring/relationships/" + id + "/accept", otherSupervisor, "").status());
        assertEquals(403, Api.post("/api/v1/mentoring/relationships/" + id + "/accept", mentee, "").status());
        assertEquals("ACTIVE", Api.post("/api/v1/mentoring/relationships/" + id + "/accept", supervisor, "").json().getString("status"));
        Api.Reply notASupervisor = Api.post("/api/v1/mentoring/relationships", mentee, ask.replace(supervisorName, "learner"));
        assertEquals(400, notASupervisor.status());
        assertEquals("supervisor", notASupervisor.json().getString("field"));
        Api.Reply nobody = Api.post("/api/v1/mentoring/relationships", mentee, ask.replace(supervisorName, Api.unique("nobody")));
        assertEquals(400, nobody.status());
        assertEquals(notASupervisor.json().getJsonArray("errors").getJsonObject(0).getString("message").replace("learner", "?"),
                nobody.json().getJsonArray("errors").getJsonObject(0).getString("message").replaceAll("nobody-[0-9a-f]{8}", "?"),
                "no account and no supervisor read the same");
    }

    @Test
    void theDemoLogBookAddsUpAndItsTotalsMoveWithASignOff() {
        String demoSupervisor = Api.token("supervisor", Api.DEMO_PASSWORD);
        String demoMentee = Api.token("learner", Api.DEMO_PASSWORD);
        JsonObject r = Api.get("/api/v1/mentoring/relationships", demoSupervisor).array().stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("mentee").equals("learner")).findFirst().orElseThrow();
        long id = r.getJsonNumber("id").longValue();
        var sessions = Api.get("/api/v1/mentoring/relationships/" + id + "/sessions", demoMentee).array();
        assertTrue(sessions.size() >= 12, "the demo's twelve sessions, and any added by earlier runs");
        JsonObject before = Api.get("/api/v1/mentoring/relationships/" + id + "/totals", demoMentee).json();
        double months = before.getJsonArray("months").stream().mapToDouble(m -> m.asJsonObject().getJsonNumber("hours").doubleValue()).sum();
        assertEquals(before.getJsonNumber("signedOffHours").doubleValue(), months, 0.001, "the months add up to the total");

        // a new short session after the latest one, logged by the supervisor and confirmed by the mentee
        Instant latestEnd = sessions.stream().map(v -> v.asJsonObject())
                .map(x -> Instant.parse(x.getString("startsAt")).plus(x.getInt("minutes"), ChronoUnit.MINUTES))
                .max(Instant::compareTo).orElseThrow();
        Instant start = latestEnd.isAfter(Instant.now().minus(1, ChronoUnit.DAYS)) ? latestEnd : Instant.now().minus(1, ChronoUnit.DAYS);
        Api.Reply logged = Api.post("/api/v1/mentoring/relationships/" + id + "/sessions", demoSupervisor,
                session(start.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES), 5, caseReference(demoSupervisor)));
        assertEquals(201, logged.status(), logged.body());
        JsonObject confirmed = Api.post("/api/v1/mentoring/sessions/" + logged.json().getJsonNumber("id") + "/confirm", demoMentee, "").json();
        JsonObject pending = Api.get("/api/v1/mentoring/relationships/" + id + "/totals", demoMentee).json();
        assertEquals(before.getJsonNumber("pendingHours").doubleValue() + 5.0 / 60, pending.getJsonNumber("pendingHours").doubleValue(), 0.01);
        before = pending;
        double minutes = confirmed.getInt("minutes");
        assertEquals(200, Api.post("/api/v1/mentoring/sessions/" + confirmed.getJsonNumber("id") + "/sign-off", demoSupervisor, "").status());
        JsonObject after = Api.get("/api/v1/mentoring/relationships/" + id + "/totals", demoMentee).json();
        assertEquals(before.getJsonNumber("signedOffHours").doubleValue() + minutes / 60, after.getJsonNumber("signedOffHours").doubleValue(), 0.01);
        assertEquals(before.getJsonNumber("pendingHours").doubleValue() - minutes / 60, after.getJsonNumber("pendingHours").doubleValue(), 0.01);
        assertEquals(404, Api.get("/api/v1/mentoring/relationships/" + id + "/totals", otherSupervisor).status());
        JsonObject line = Api.get("/api/v1/mentoring/dashboard", demoSupervisor).array().stream().map(v -> v.asJsonObject())
                .filter(x -> x.getJsonNumber("relationshipId").longValue() == id).findFirst().orElseThrow();
        assertEquals(after.getJsonNumber("signedOffHours").doubleValue(), line.getJsonNumber("signedOffHours").doubleValue(), 0.001);
        assertEquals(32, line.getJsonNumber("requiredHours").intValue());
        assertTrue(line.getInt("awaitingSupervisor") >= 1, "the session the demo learner logged waits for the supervisor: " + line);
        assertEquals(403, Api.get("/api/v1/mentoring/dashboard", demoMentee).status(), "a dashboard for supervisors");

        Api.Reply csv = Api.get("/api/v1/mentoring/relationships/" + id + "/logbook.csv", demoMentee);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].contains("Signed off by"), lines[0]);
        assertTrue(lines[1].matches("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},.*"), "a time a spreadsheet reads, in the reader's zone: " + lines[1]);
        assertEquals(sessions.size() + 2, lines.length, "a header and one line per session, the new one too");
        assertTrue(csv.body().contains("CASE-"));
        assertFalse(csv.body().contains("silence") || csv.body().contains("fatigue"), "reflections and notes are never exported");
        assertEquals(404, Api.get("/api/v1/mentoring/relationships/" + id + "/logbook.csv", otherSupervisor).status());
    }

    @Test
    void adminsKeepTheFrameworksAndRetiredCompetenciesAreOfferedNoMore() {
        String demoAdmin = Api.token("admin", Api.DEMO_PASSWORD);
        var psychology = Api.get("/api/v1/mentoring/competencies?discipline=psychology", mentee).array();
        assertTrue(psychology.stream().anyMatch(c -> c.asJsonObject().getString("code").equals("RISK_ASSESSMENT")), psychology.toString());
        String code = ("T" + Api.unique("x")).toUpperCase().replaceAll("[^A-Z0-9]", "_");
        String draft = Json.createObjectBuilder().add("discipline", "psychology").add("code", code)
                .add("nameEn", "Group facilitation").add("nameRu", "Ведение групп").build().toString();
        assertEquals(403, Api.post("/api/v1/mentoring/competencies", supervisor, draft).status());
        assertEquals(201, Api.post("/api/v1/mentoring/competencies", demoAdmin, draft).status());
        assertEquals(409, Api.post("/api/v1/mentoring/competencies", demoAdmin, draft).status());
        assertEquals("code", Api.post("/api/v1/mentoring/competencies", demoAdmin, draft.replace(code, "not a code!")).json().getString("field"));

        Instant start = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String session = session(start, 30, caseReference(supervisor)).replace("trauma_informed_practice", code);
        assertEquals(201, Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor, session).status());
        String retire = Json.createObjectBuilder().add("nameEn", "Group facilitation").add("nameRu", "Ведение групп")
                .add("retired", true).build().toString();
        assertEquals(true, Api.put("/api/v1/mentoring/competencies/psychology/" + code, demoAdmin, retire).json().getBoolean("retired"));
        Api.Reply refused = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor,
                session(start.plus(1, ChronoUnit.HOURS), 30, caseReference(supervisor)).replace("trauma_informed_practice", code));
        assertEquals(400, refused.status());
        assertEquals("competencies", refused.json().getString("field"));
    }

    @Test
    void thoseWhoLookAfterARelationshipReplanAndEndItAndItsLogBookPrints() throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String supervisorName = Api.get("/api/v1/me", supervisor).json().getString("username");
        String menteeName = Api.get("/api/v1/me", mentee).json().getString("username");
        Api.Reply arranged = Api.post("/api/v1/mentoring/relationships", trainer, Json.createObjectBuilder()
                .add("supervisor", supervisorName).add("mentee", menteeName).add("discipline", "social_work")
                .add("startsOn", "2026-03-01").add("goals", "First plan").build().toString());
        assertEquals(201, arranged.status(), arranged.body());
        long id = arranged.json().getJsonNumber("id").longValue();
        String base = "/api/v1/mentoring/relationships/" + id;
        Instant held = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String code = caseReference(mentee);
        String logged = Json.createObjectBuilder().add("startsAt", held.toString()).add("minutes", 75).add("modality", "group_online")
                .add("competencies", Json.createArrayBuilder().add("CASE_COORDINATION"))
                .add("caseReferences", Json.createArrayBuilder().add(code)).build().toString();
        Api.Reply session = Api.post(base + "/sessions", mentee, logged);
        assertEquals(201, session.status(), session.body());
        assertEquals(200, Api.put("/api/v1/mentoring/sessions/" + session.json().getJsonNumber("id") + "/reflection", mentee,
                Json.createObjectBuilder().add("text", REFLECTION).build().toString()).status());

        String plan = Json.createObjectBuilder().add("startsOn", "2026-03-01").add("endsOn", "2027-02-28").add("goals", "Second plan")
                .add("requiredHours", Json.createObjectBuilder().add("CASE_COORDINATION", 30)).build().toString();
        assertEquals(404, Api.put(base, otherSupervisor, plan).status(), "another supervisor cannot see it");
        assertEquals(404, Api.put(base, outsider, plan).status(), "nor a trainer of another organisation");
        assertEquals(403, Api.put(base, registrar, plan).status(), "a registrar reads, never plans");
        assertEquals(403, Api.put(base, mentee, plan).status(), "once agreed, the mentee does not change the plan alone");
        Api.Reply replanned = Api.put(base, supervisor, plan);
        assertEquals(200, replanned.status(), replanned.body());
        assertEquals("Second plan", replanned.json().getString("goals"));
        assertEquals(30, replanned.json().getJsonObject("requiredHours").getInt("CASE_COORDINATION"));
        assertEquals(200, Api.put(base, admin, plan.replace("Second plan", "Admin plan")).status(), "an admin of the organisation");

        String late = plan.replace("\"startsOn\":\"2026-03-01\"", "\"startsOn\":\"" + Instant.now().toString().substring(0, 10) + "\"");
        Api.Reply orphaned = Api.put(base, supervisor, late);
        assertEquals(400, orphaned.status(), orphaned.body());
        assertEquals("application/problem+json", orphaned.contentType());
        assertEquals("startsOn", orphaned.json().getString("field"), "a logged session would fall outside");
        Api.Reply foreign = Api.put(base, supervisor, plan.replace("CASE_COORDINATION", "ETHICAL_REPORTING"));
        assertEquals("requiredHours", foreign.json().getString("field"));
        assertEquals("Admin plan", Api.get(base, supervisor).json().getString("goals"), "refused plans change nothing");

        for (String reader : new String[]{mentee, supervisor, registrar, admin}) {
            byte[] pdf = Api.download(base + "/logbook.pdf", reader);
            String text;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
            assertTrue(text.contains(code) && text.contains("1.25 h not yet signed off") && text.contains("Admin plan"), text);
            assertFalse(text.contains("the boy talked about the camp"), "the reflection is never printed");
        }
        String day = held.toString().substring(0, 10);
        JsonObject thatDay = Api.get(base + "/totals?from=" + day + "&to=" + day, registrar).json();
        assertEquals(1.25, thatDay.getJsonNumber("pendingHours").doubleValue(), 0.001, thatDay.toString());
        JsonObject before = Api.get(base + "/totals?to=2026-03-31", registrar).json();
        assertEquals(0, before.getJsonNumber("pendingHours").doubleValue(), 0.001, "nothing was held in March: " + before);
        Api.Reply badDay = Api.get(base + "/totals?from=yesterday", registrar);
        assertEquals(400, badDay.status());
        assertEquals("from", badDay.json().getString("field"));
        assertEquals("to", Api.get(base + "/totals?from=2026-05-01&to=2026-04-01", registrar).json().getString("field"));
        assertEquals(404, Api.get(base + "/logbook.pdf", otherSupervisor).status());
        assertEquals(404, Api.get(base + "/logbook.pdf", outsider).status());

        assertEquals(403, Api.post(base + "/end", registrar, "{}").status());
        assertEquals(404, Api.post(base + "/end", otherSupervisor, "{}").status());
        assertEquals("endsOn", Api.post(base + "/end", mentee, "{\"on\":\"2026-02-01\"}").json().getString("field"), "before it started");
        Api.Reply ended = Api.post(base + "/end", mentee, "{}");
        assertEquals(200, ended.status(), ended.body());
        assertEquals("ENDED", ended.json().getString("status"));
        assertEquals(Instant.now().toString().substring(0, 10), ended.json().getString("endsOn"), "ends today when no day is given");
        assertEquals(409, Api.post(base + "/end", supervisor, "{}").status(), "it ends once");
        assertEquals(409, Api.put(base, supervisor, plan).status(), "an ended relationship keeps its plan");
        assertEquals(1, Api.get(base + "/sessions", supervisor).array().size(), "its sessions stay");

        var supervisors = Api.get("/api/v1/mentoring/supervisors", mentee).array();
        assertTrue(supervisors.stream().anyMatch(x -> x.asJsonObject().getString("username").equals(supervisorName)), supervisors.toString());
        assertFalse(supervisors.stream().anyMatch(x -> x.asJsonObject().getString("username").equals(menteeName)), "learners are not offered");
    }
}

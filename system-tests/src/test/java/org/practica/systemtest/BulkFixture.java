package org.practica.systemtest;

import jakarta.json.Json;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new professional body with its registrar and an open programme that asks for the demo trauma
 * course, and a cohort of that course whose people all completed it: written straight into the
 * database, since making ten thousand learners through the API would take longer than the test.
 */
record BulkFixture(String registrarName, String registrar, long body, long programme, long cohort) {

    static final String PASSWORD = "certifying a cohort";

    static BulkFixture cohortOf(int people) throws Exception {
        String registrarName = Api.newUser("bulk-registrar", PASSWORD, "REGISTRAR", "Demo Association of Psychologists");
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        StringBuilder code = new StringBuilder("B");
        Random random = new Random();
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        Api.Reply body = Api.post("/api/v1/bodies", admin, Json.createObjectBuilder().add("code", code.toString())
                .add("name", "Bulk Guild " + code).add("country", "KZ").add("discipline", "psychology")
                .add("registrars", Json.createArrayBuilder().add(registrarName)).build().toString());
        assertEquals(201, body.status(), body.body());
        String registrar = Api.token(registrarName, PASSWORD);
        Api.Reply programme = Api.post("/api/v1/programmes", registrar, CertificatesIT.programme("AUTOMATIC",
                Json.createObjectBuilder().add("kind", "COURSE").add("courseId", 1).build()));
        assertEquals(201, programme.status(), programme.body());
        long programmeId = programme.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + programmeId + "/activation", registrar, "").status());
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        Api.Reply cohort = Api.post("/api/v1/courses/1/cohorts", trainer, Json.createObjectBuilder().add("name", "Bulk " + code)
                .add("startsOn", "2026-01-01").add("endsOn", "2026-12-31").build().toString());
        assertEquals(201, cohort.status(), cohort.body());
        long cohortId = cohort.json().getJsonNumber("id").longValue();

        String prefix = "bulk-" + code.toString().toLowerCase() + "-";
        try (Connection db = ServerUnderTest.database(); Statement s = db.createStatement()) {
            long organisation;
            try (var r = s.executeQuery("SELECT id FROM organisation WHERE name = 'Practica Demo Resource Centre'")) {
                r.next();
                organisation = r.getLong(1);
            }
            int version;
            try (var r = s.executeQuery("SELECT MAX(number) FROM course_version WHERE course_id = 1 AND status = 'PUBLISHED'")) {
                r.next();
                version = r.getInt(1);
            }
            s.executeUpdate("INSERT INTO app_user (username, display_name, password_hash, organisation_id, language) "
                    + "SELECT CONCAT('" + prefix + "', LPAD(seq, 5, '0')), CONCAT('Bulk Learner ', seq), 'no sign-in', " + organisation
                    + ", 'en' FROM seq_1_to_" + people);
            s.executeUpdate("INSERT INTO user_role (user_id, role) SELECT id, 'LEARNER' FROM app_user WHERE username LIKE '" + prefix + "%'");
            s.executeUpdate("INSERT INTO enrollment (course_id, learner, version_number, cohort_id, status, enrolled_by, completed_at) "
                    + "SELECT 1, username, " + version + ", " + cohortId + ", 'COMPLETED', 'trainer', CURRENT_TIMESTAMP(3) "
                    + "FROM app_user WHERE username LIKE '" + prefix + "%'");
        }
        return new BulkFixture(registrarName, registrar, made(body), programmeId, cohortId);
    }

    private static long made(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }
}

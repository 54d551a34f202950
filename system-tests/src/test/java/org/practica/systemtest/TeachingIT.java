package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cohorts, enrolment by trainers, progress reports with CSV, and audience tracks, through the API. */
class TeachingIT {

    private static final String PASSWORD = "long enough password";
    private final String trainer = Api.token("trainer", Api.DEMO_PASSWORD);

    private long openCohort(long course, String name) {
        Api.Reply r = Api.post("/api/v1/courses/" + course + "/cohorts", trainer, Json.createObjectBuilder()
                .add("name", name).add("startsOn", "2026-09-01").add("endsOn", "2026-12-20").build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private Api.Reply enrol(long course, List<String> learners, Long cohort) {
        var body = Json.createObjectBuilder().add("learners", Json.createArrayBuilder(learners));
        if (cohort != null) {
            body.add("cohortId", cohort);
        }
        return Api.post("/api/v1/courses/" + course + "/learners", trainer, body.build().toString());
    }

    private JsonObject report(long course, Long cohort) {
        Api.Reply r = Api.get("/api/v1/courses/" + course + "/report" + (cohort == null ? "" : "?cohort=" + cohort), trainer);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void aTrainerEnrolsACohortAndFollowsItsProgress() {
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Cohort course"));
        long cohort = openCohort(course, "Osh, spring");
        String first = Api.newLearner("cohort-a", PASSWORD);
        String second = Api.newLearner("cohort-b", PASSWORD);
        String alone = Api.newLearner("single", PASSWORD);

        Api.Reply enrolled = enrol(course, List.of(first, second.toUpperCase()), cohort);
        assertEquals(200, enrolled.status(), enrolled.body());
        assertEquals(2, enrolled.json().getInt("enrolled"));
        assertEquals(200, enrol(course, List.of(alone), null).status());

        // the first learner reads the only lesson
        String token = Api.token(first, PASSWORD);
        String lesson = Api.get("/api/v1/courses/" + course, token).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done", token, "").status());

        JsonObject all = report(course, null);
        assertEquals(3, all.getInt("enrolled"));
        assertEquals(1, all.getInt("completed"));
        assertEquals(33, all.getInt("averagePercent"));
        JsonObject ofCohort = report(course, cohort);
        assertEquals(2, ofCohort.getJsonArray("learners").size());
        JsonObject row = ofCohort.getJsonArray("learners").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("learner").equals(first)).findFirst().orElseThrow();
        assertEquals(100, row.getInt("percent"));
        assertEquals("Osh, spring", row.getString("cohortName"));
        assertEquals("Test " + first, row.getString("displayName"));

        JsonObject cohortView = Api.get("/api/v1/courses/" + course + "/cohorts", trainer).array().getJsonObject(0);
        assertEquals(2, cohortView.getInt("learners"));
        assertEquals(1, cohortView.getInt("completed"));

        Api.Reply csv = Api.get("/api/v1/courses/" + course + "/report.csv?cohort=" + cohort, trainer);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(3, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("\uFEFFUsername,Name,Cohort"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(first + ",") && l.contains(",100,")), csv.body());

        JsonObject detail = Api.get("/api/v1/courses/" + course + "/learners/" + first, trainer).json();
        assertTrue(detail.getJsonArray("lessons").getJsonObject(0).containsKey("doneAt"));
        JsonObject untouched = Api.get("/api/v1/courses/" + course + "/learners/" + second, trainer).json();
        assertNull(untouched.getJsonArray("lessons").getJsonObject(0).get("doneAt"));
    }

    @Test
    void enrolmentIsAllOrNothingAndOnlyForTheCoursesTrainers() {
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Strict course"));
        String known = Api.newLearner("known", PASSWORD);

        Api.Reply unknown = enrol(course, List.of(known, "nobody-" + known), null);
        assertEquals(400, unknown.status());
        assertEquals("learners", unknown.json().getString("field"));
        assertTrue(unknown.json().getString("detail").contains("nobody-" + known), unknown.body());
        assertEquals(0, report(course, null).getInt("enrolled"), "nobody enrolled");

        Api.Reply wrongCohort = enrol(course, List.of(known), 999_999L);
        assertEquals(400, wrongCohort.status());
        assertEquals("cohortId", wrongCohort.json().getString("field"));

        Api.Reply badDates = Api.post("/api/v1/courses/" + course + "/cohorts", trainer, Json.createObjectBuilder()
                .add("name", "Backwards").add("startsOn", "2026-12-01").add("endsOn", "2026-11-01").build().toString());
        assertEquals(400, badDates.status());
        assertEquals("endsOn", badDates.json().getString("field"));
        openCohort(course, "Twice");
        Api.Reply twice = Api.post("/api/v1/courses/" + course + "/cohorts", trainer, Json.createObjectBuilder()
                .add("name", "twice").add("startsOn", "2026-12-01").add("endsOn", "2026-12-02").build().toString());
        assertEquals(409, twice.status(), twice.body());
        assertEquals(1, Api.get("/api/v1/courses/" + course + "/cohorts", trainer).array().size());

        long draft = CourseFixtures.newCourse(trainer, Api.unique("Unpublished"));
        Api.Reply intoDraft = enrol(draft, List.of(known), null);
        assertEquals(400, intoDraft.status());
        assertTrue(intoDraft.json().getString("detail").contains("not published"), intoDraft.body());

        String learner = Api.token(known, PASSWORD);
        assertEquals(403, Api.get("/api/v1/courses/" + course + "/report", learner).status());
        String outsider = Api.token(Api.newUser("outsider", PASSWORD, "TRAINER", "Demo Union of Journalists"), PASSWORD);
        int status = Api.get("/api/v1/courses/" + course + "/report", outsider).status();
        assertEquals(403, status, "another organisation's trainer sees no report");
    }

    @Test
    void administratorsAddAudienceTracks() {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String code = "probation-" + Api.unique("x").substring(2, 8);
        String body = Json.createObjectBuilder().add("code", code).add("nameEn", "Probation officers")
                .add("nameRu", "Сотрудники службы пробации").build().toString();
        assertEquals(403, Api.post("/api/v1/audience-tracks", trainer, body).status());
        assertEquals(201, Api.post("/api/v1/audience-tracks", admin, body).status());
        assertEquals(409, Api.post("/api/v1/audience-tracks", admin, body).status());
        Api.Reply badCode = Api.post("/api/v1/audience-tracks", admin, Json.createObjectBuilder().add("code", "Bad Code!")
                .add("nameEn", "x").add("nameRu", "x").build().toString());
        assertEquals(400, badCode.status());
        assertEquals("code", badCode.json().getString("field"));
        assertTrue(Api.get("/api/v1/audience-tracks", trainer).array().stream()
                .anyMatch(t -> t.asJsonObject().getString("code").equals(code)));
        // named in any content language, not only the two the first clients sent
        String uzbek = "uzbek-" + Api.unique("x").substring(2, 8);
        Api.Reply named = Api.post("/api/v1/audience-tracks", admin, Json.createObjectBuilder().add("code", uzbek)
                .add("names", Json.createObjectBuilder().add("uz", "Probatsiya xodimlari").add("ar", "موظفو المراقبة")).build().toString());
        assertEquals(201, named.status());
        assertEquals("موظفو المراقبة", named.json().getJsonObject("names").getString("ar"));
        assertTrue(!named.json().containsKey("nameEn") || named.json().isNull("nameEn"), "no English name was given");
        Api.Reply tooLong = Api.post("/api/v1/audience-tracks", admin, Json.createObjectBuilder().add("code", uzbek + "-2")
                .add("names", Json.createObjectBuilder().add("kk", "x".repeat(101))).build().toString());
        assertEquals("names.kk", tooLong.json().getString("field"));
        // a trainer can now write a course for it
        long course = CourseFixtures.newCourse(trainer, Api.unique("For probation"));
        assertEquals(204, Api.put("/api/v1/courses/" + course, trainer, Json.createObjectBuilder().add("language", "en")
                .add("audiences", Json.createArrayBuilder().add(code)).build().toString()).status());
    }
}

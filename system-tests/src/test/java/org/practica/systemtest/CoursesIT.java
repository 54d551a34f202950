package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authoring, publishing, enrolling and learning through the API, against the real server and database. */
class CoursesIT {

    private static final String PASSWORD = "long enough password";
    private final String trainer = Api.token("trainer", Api.DEMO_PASSWORD);

    private static List<String> lessonKeys(JsonObject outline) {
        return outline.getJsonArray("modules").stream()
                .flatMap(m -> m.asJsonObject().getJsonArray("lessons").stream())
                .map(l -> l.asJsonObject().getString("key")).toList();
    }

    private static boolean listed(JsonArray catalogue, long course) {
        return catalogue.stream().map(JsonValue::asJsonObject).anyMatch(c -> c.getJsonNumber("id").longValue() == course);
    }

    @Test
    void aTrainerPublishesACourseThatALearnerCompletes() {
        String learnerName = Api.newLearner("reader", PASSWORD);
        String learner = Api.token(learnerName, PASSWORD);
        long course = CourseFixtures.newCourse(trainer, Api.unique("Caring after trauma"));

        Api.Reply empty = Api.post("/api/v1/courses/" + course + "/publish", trainer, "");
        assertEquals(400, empty.status());
        assertEquals("modules", empty.json().getString("field"));

        String module = CourseFixtures.addModule(trainer, course, "Understanding trauma");
        String first = CourseFixtures.addLesson(trainer, course, module, "What trauma does",
                "<p onmouseover=\"steal()\">Sleep problems<script>alert(1)</script></p>");
        String second = CourseFixtures.addLesson(trainer, course, module, "Psychological first aid", "<p>Listen, protect, connect.</p>");

        JsonObject preview = Api.get("/api/v1/courses/" + course + "/lessons/" + first, trainer).json();
        assertEquals("<p>Sleep problems</p>", preview.getString("html"), "stored sanitised");

        assertEquals(404, Api.get("/api/v1/courses/" + course, learner).status(), "drafts are invisible to learners");
        assertEquals(404, Api.post("/api/v1/courses/" + course + "/enrolments", learner, "").status());
        assertFalse(listed(Api.get("/api/v1/courses", learner).array(), course));

        Api.Reply published = Api.post("/api/v1/courses/" + course + "/publish", trainer, "");
        assertEquals(1, published.json().getInt("version"), published.body());

        assertTrue(listed(Api.get("/api/v1/courses?audience=practitioner&language=en", learner).array(), course));
        assertFalse(listed(Api.get("/api/v1/courses?audience=journalist", learner).array(), course));

        Api.Reply enrolled = Api.post("/api/v1/courses/" + course + "/enrolments", learner, "");
        assertEquals(201, enrolled.status(), enrolled.body());
        assertEquals(first, enrolled.json().getString("resumeLessonKey"));

        JsonObject lesson = Api.get("/api/v1/courses/" + course + "/lessons/" + first, learner).json();
        assertEquals(second, lesson.getString("nextKey"));
        JsonObject half = Api.post("/api/v1/courses/" + course + "/lessons/" + first + "/done", learner, "").json();
        assertEquals(50, half.getInt("percent"));
        assertEquals("ACTIVE", half.getString("status"));

        Api.get("/api/v1/courses/" + course + "/lessons/" + second, learner);
        JsonObject mine = Api.get("/api/v1/enrolments", learner).array().getJsonObject(0);
        assertEquals(second, mine.getString("resumeLessonKey"), "resumes at the last lesson opened");

        JsonObject done = Api.post("/api/v1/courses/" + course + "/lessons/" + second + "/done", learner, "").json();
        assertEquals("COMPLETED", done.getString("status"));
        assertNotNull(done.getString("completedAt"));
    }

    @Test
    void learnersKeepTheVersionTheyStartedWhenTheCourseIsRevised() {
        String learner = Api.token(Api.newLearner("steady", PASSWORD), PASSWORD);
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Reporting on children"));
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learner, "").status());
        String lessonKey = lessonKeys(Api.get("/api/v1/courses/" + course, learner).json()).get(0);

        assertEquals(204, Api.put("/api/v1/courses/" + course + "/lessons/" + lessonKey, trainer,
                Json.createObjectBuilder().add("language", "en").add("title", "Only lesson")
                        .add("body", "<p>Second edition</p>").build().toString()).status());
        assertEquals(2, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").json().getInt("version"));

        JsonObject seen = Api.get("/api/v1/courses/" + course + "/lessons/" + lessonKey, learner).json();
        assertEquals("<p>Read me</p>", seen.getString("html"));
        String newcomer = Api.token(Api.newLearner("newcomer", PASSWORD), PASSWORD);
        Api.post("/api/v1/courses/" + course + "/enrolments", newcomer, "");
        assertEquals("<p>Second edition</p>",
                Api.get("/api/v1/courses/" + course + "/lessons/" + lessonKey, newcomer).json().getString("html"));
    }

    @Test
    void prerequisitesMustBeCompletedBeforeEnrolling() {
        String learner = Api.token(Api.newLearner("eager", PASSWORD), PASSWORD);
        long basics = CourseFixtures.publishedCourse(trainer, Api.unique("Basics"));
        long advanced = CourseFixtures.publishedCourse(trainer, Api.unique("Advanced"));
        assertEquals(204, Api.put("/api/v1/courses/" + advanced + "/prerequisites", trainer,
                "{\"courseIds\":[" + basics + "]}").status());
        assertEquals(400, Api.put("/api/v1/courses/" + basics + "/prerequisites", trainer,
                "{\"courseIds\":[" + advanced + "]}").status(), "no cycles");

        Api.Reply refused = Api.post("/api/v1/courses/" + advanced + "/enrolments", learner, "");
        assertEquals(400, refused.status());
        assertEquals("prerequisites", refused.json().getString("field"));
        assertTrue(Api.get("/api/v1/enrolments", learner).array().isEmpty(), "nothing stored");

        Api.post("/api/v1/courses/" + basics + "/enrolments", learner, "");
        String lesson = lessonKeys(Api.get("/api/v1/courses/" + basics, learner).json()).get(0);
        Api.post("/api/v1/courses/" + basics + "/lessons/" + lesson + "/done", learner, "");
        assertEquals(201, Api.post("/api/v1/courses/" + advanced + "/enrolments", learner, "").status());
    }

    @Test
    void onlyTheOwningOrganisationsTrainersAuthor() {
        String learner = Api.token("learner", Api.DEMO_PASSWORD);
        String outsider = Api.token(Api.newUser("outsider", PASSWORD, "TRAINER", "Demo Union of Journalists"), PASSWORD);
        long draft = CourseFixtures.newCourse(trainer, Api.unique("Draft only"));

        Api.Reply byLearner = Api.post("/api/v1/courses", learner, "{\"language\":\"en\",\"title\":\"x\"}");
        assertEquals(403, byLearner.status());
        assertTrue(byLearner.contentType().startsWith("application/problem+json"));

        assertEquals(404, Api.get("/api/v1/courses/" + draft, outsider).status(), "another organisation's draft is not seen");
        long published = CourseFixtures.publishedCourse(trainer, Api.unique("Shared course"));
        Api.Reply edit = Api.put("/api/v1/courses/" + published, outsider,
                "{\"language\":\"en\",\"title\":\"Taken over\"}");
        assertEquals(403, edit.status(), edit.body());
        assertFalse(Api.get("/api/v1/courses/" + published, learner).json().getJsonObject("course")
                .getString("title").contains("Taken over"));
        assertEquals(403, Api.post("/api/v1/courses/" + published + "/enrolments", trainer, "").status(),
                "trainers do not enrol themselves");
    }

    @Test
    void badLessonsAndSettingsAreRefusedAndNothingIsStored() {
        long course = CourseFixtures.newCourse(trainer, Api.unique("Careful input"));
        String module = CourseFixtures.addModule(trainer, course, "Module");
        String[][] cases = {
                {"videoUrl", "{\"language\":\"en\",\"title\":\"V\",\"body\":\"<p>x</p>\",\"videoUrl\":\"javascript:alert(1)\"}"},
                {"body", "{\"language\":\"en\",\"title\":\"S\",\"body\":\"<script>alert(1)</script>\"}"},
                {"title", "{\"language\":\"en\",\"title\":\"" + "t".repeat(201) + "\",\"body\":\"<p>x</p>\"}"},
                {"language", "{\"language\":\"zz\",\"title\":\"L\",\"body\":\"<p>x</p>\"}"},
        };
        for (String[] c : cases) {
            Api.Reply r = Api.post("/api/v1/courses/" + course + "/modules/" + module + "/lessons", trainer, c[1]);
            assertEquals(400, r.status(), r.body());
            assertEquals(c[0], r.json().getString("field"), r.body());
        }
        assertTrue(lessonKeys(Api.get("/api/v1/courses/" + course, trainer).json()).isEmpty());

        Api.Reply badSettings = Api.put("/api/v1/courses/" + course, trainer, "{\"cpdHours\":-2}");
        assertEquals("cpdHours", badSettings.json().getString("field"));
        Api.Reply badTrack = Api.put("/api/v1/courses/" + course, trainer, "{\"audiences\":[\"astronauts\"]}");
        assertEquals("audiences", badTrack.json().getString("field"));
        assertEquals(List.of("practitioner"), Api.get("/api/v1/courses/" + course, trainer).json()
                .getJsonObject("course").getJsonArray("audiences").getValuesAs(jakarta.json.JsonString::getString));
    }
}

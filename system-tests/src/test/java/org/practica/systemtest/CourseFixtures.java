package org.practica.systemtest;

import jakarta.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Courses built through the API for tests, as a trainer would build them. */
final class CourseFixtures {

    private CourseFixtures() {
    }

    static long newCourse(String token, String title) {
        Api.Reply r = Api.post("/api/v1/courses", token, Json.createObjectBuilder()
                .add("language", "en").add("title", title).add("summary", "A test course")
                .add("audiences", Json.createArrayBuilder().add("practitioner"))
                .add("themes", Json.createArrayBuilder().add("integration-" + title.hashCode()))
                .add("estimatedMinutes", 40).add("cpdHours", 1.5).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    static String addModule(String token, long course, String title) {
        Api.Reply r = Api.post("/api/v1/courses/" + course + "/modules", token,
                Json.createObjectBuilder().add("language", "en").add("title", title).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("key");
    }

    static String addLesson(String token, long course, String module, String title, String body) {
        Api.Reply r = Api.post("/api/v1/courses/" + course + "/modules/" + module + "/lessons", token,
                Json.createObjectBuilder().add("language", "en").add("title", title).add("body", body).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("key");
    }

    static long publishedCourse(String token, String title) {
        long course = newCourse(token, title);
        String module = addModule(token, course, "Only module");
        addLesson(token, course, module, "Only lesson", "<p>Read me</p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", token, "").status());
        return course;
    }

    /** A published course, its one module, and a question bank of the course, for quiz journeys. */
    record WithBank(long course, String module, long bank) {
    }

    static WithBank publishedCourseWithBank(String token, String courseTitle, String bankName) {
        long course = publishedCourse(token, courseTitle);
        String module = Api.get("/api/v1/courses/" + course, token).json().getJsonArray("modules").getJsonObject(0).getString("key");
        return new WithBank(course, module, QuestionBanksIT.openBank(token, course, bankName));
    }

    /** A quiz in the module, drawn from the bank; {@code quiz} gives the title, slots and settings. */
    static long quiz(String token, long course, String module, long bank, jakarta.json.JsonObjectBuilder quiz) {
        jakarta.json.JsonObject body = jakarta.json.Json.createObjectBuilder().add("courseId", course)
                .add("quiz", quiz.add("moduleKey", module).add("bankId", bank)).build();
        Api.Reply created = Api.post("/api/v1/quizzes", token, body.toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** An essay question "Rest" in the course's bank and an optional quiz "Check-in" of just it; the quiz's id. */
    static long essayCheckIn(String trainer, WithBank course) {
        Api.Reply question = Api.post("/api/v1/question-banks/" + course.bank() + "/questions", trainer, Json.createObjectBuilder()
                .add("name", "Rest").add("type", "ESSAY").add("text", "What helps you rest?").build().toString());
        assertEquals(201, question.status(), question.body());
        return quiz(trainer, course.course(), course.module(), course.bank(), Json.createObjectBuilder()
                .add("title", "Check-in").add("required", false).add("slots", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("questionId", question.json().getJsonNumber("id").longValue()))));
    }
}

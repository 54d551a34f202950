package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The server is killed with SIGKILL in the middle of an attempt, as a power cut or the kernel's
 * out-of-memory killer would; started again, every answer saved before is there and the attempt
 * can be finished.
 */
class CrashRecoveryIT {

    private static final String PASSWORD = "the lights went out";

    @Test
    void answersSavedBeforeTheServerIsKilledAreThereAfterItRestarts() throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Crash course"));
        String module = Api.get("/api/v1/courses/" + course, trainer).json().getJsonArray("modules").getJsonObject(0).getString("key");
        long bank = QuestionBanksIT.openBank(trainer, course, Api.unique("Crash bank"));
        String gift = Files.readString(Path.of("src/test/resources/quiz/short-quiz.gift"), StandardCharsets.UTF_8);
        assertEquals(201, QuestionBanksIT.importFile(trainer, bank, "gift", "all", gift).status());
        var slots = Json.createArrayBuilder();
        Api.get("/api/v1/question-banks/" + bank + "/questions", trainer).array()
                .forEach(q -> slots.add(Json.createObjectBuilder().add("questionId", q.asJsonObject().getJsonNumber("id").longValue())));
        long quizId = CourseFixtures.quiz(trainer, course, module, bank, Json.createObjectBuilder().add("title", "Crash quiz")
                .add("required", false).add("timeLimitMinutes", 60).add("slots", slots));

        String username = Api.newLearner("crash", PASSWORD);
        String learner = Api.token(username, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learner, "").status());
        JsonObject attempt = Api.post("/api/v1/quizzes/" + quizId + "/attempts", learner, "").json();
        long id = attempt.getJsonNumber("id").longValue();
        for (JsonValue v : attempt.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            String body = switch (q.getString("type")) {
                case "SINGLE_CHOICE" -> "{\"choice\":" + q.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                        .filter(c -> c.getString("text").equals("Safety")).findFirst().orElseThrow().getInt("index") + "}";
                case "SHORT_ANSWER" -> "{\"text\":\"resilience\"}";
                case "NUMERICAL" -> "{\"text\":\"7\"}";
                default -> "{\"text\":\"Written just before the power went.\"}";
            };
            assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + q.getInt("slot"), learner, body).status());
        }

        ServerUnderTest.killAndRestart();

        String again = Api.token(username, PASSWORD);   // signing keys survive a restart, tokens too; a fresh one is simplest
        JsonObject reopened = Api.get("/api/v1/attempts/" + id, again).json();
        assertEquals("IN_PROGRESS", reopened.getString("status"));
        assertEquals(4, reopened.getJsonObject("responses").size(), reopened.toString());
        assertEquals("Written just before the power went.", reopened.getJsonObject("responses").getJsonObject(String.valueOf(
                reopened.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                        .filter(q -> q.getString("type").equals("ESSAY")).findFirst().orElseThrow().getInt("slot"))).getString("text"));
        JsonObject result = Api.post("/api/v1/attempts/" + id + "/submit", again, "").json();
        assertEquals("NEEDS_GRADING", result.getString("status"));
        assertEquals(3.0, result.getJsonNumber("score").doubleValue());
    }
}

package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quiz attempts through the API against a real server and database: the life cycle, answers that
 * survive leaving and coming back, essays graded by the trainer, the server's deadline, tampered
 * ids and answers, and a passed required quiz completing the course.
 */
class AttemptsIT {

    private static final String PASSWORD = "a quiet place to think";
    private static String trainer;
    private static long course;
    private static String module;
    private static long bank;
    private static final Map<String, Long> QUESTION = new HashMap<>();

    @BeforeAll
    static void courseWithBank() throws IOException {
        trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        course = CourseFixtures.newCourse(trainer, Api.unique("Quiz life"));
        module = CourseFixtures.addModule(trainer, course, "Checks");
        CourseFixtures.addLesson(trainer, course, module, "Before the quiz", "<p>Read this first.</p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        bank = QuestionBanksIT.openBank(trainer, course, Api.unique("Checks"));
        String gift = Files.readString(Path.of("src/test/resources/quiz/short-quiz.gift"), StandardCharsets.UTF_8);
        assertEquals(201, QuestionBanksIT.importFile(trainer, bank, "gift", "all", gift).status());
        for (JsonValue v : Api.get("/api/v1/question-banks/" + bank + "/questions", trainer).array()) {
            QUESTION.put(v.asJsonObject().getString("name"), v.asJsonObject().getJsonNumber("id").longValue());
        }
    }

    /** A quiz that the course does not require, unless the settings say so. */
    private static long quiz(String title, JsonObjectBuilder settings, String... names) {
        var slots = Json.createArrayBuilder();
        for (String n : names) {
            slots.add(Json.createObjectBuilder().add("questionId", QUESTION.get(n)));
        }
        JsonObject given = settings.build();
        JsonObjectBuilder withDefaults = Json.createObjectBuilder(given);
        if (!given.containsKey("required")) {
            withDefaults.add("required", false);
        }
        JsonObject quiz = withDefaults.add("moduleKey", module).add("bankId", bank).add("title", title).add("slots", slots).build();
        Api.Reply r = Api.post("/api/v1/quizzes", trainer, Json.createObjectBuilder().add("courseId", course).add("quiz", quiz).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static String enrolledLearner() {
        String username = Api.newLearner("quizzer", PASSWORD);
        String token = Api.token(username, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
        return token;
    }

    private static JsonObject start(String learner, long quiz) {
        Api.Reply r = Api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, "");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static Api.Reply save(String learner, long attempt, int slot, String response) {
        return Api.put("/api/v1/attempts/" + attempt + "/answers/" + slot, learner, response);
    }

    private static int slotOf(JsonObject attempt, String type) {
        return attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("type").equals(type)).findFirst().orElseThrow().getInt("slot");
    }

    /** The index (in the question) of the choice with this text, whatever order the attempt shows. */
    private static int choice(JsonObject attempt, int slot, String text) {
        JsonObject q = attempt.getJsonArray("questions").getJsonObject(slot - 1);
        return q.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("text").equals(text)).findFirst().orElseThrow().getInt("index");
    }

    @Test
    void anAttemptFromStartToGradedEssayWithAnswersKeptAcrossVisits() {
        long quiz = quiz("Full check", Json.createObjectBuilder().add("timeLimitMinutes", 30).add("passPercent", 60),
                "Choice", "Word", "Number", "Essay");
        String learner = enrolledLearner();
        JsonObject attempt = start(learner, quiz);
        long id = attempt.getJsonNumber("id").longValue();
        assertFalse(attempt.toString().contains("fraction") || attempt.toString().contains("credit"), "no answer key is sent");
        Instant deadline = Instant.parse(attempt.getString("deadline"));
        Instant started = Instant.parse(attempt.getString("startedAt"));
        assertEquals(30 * 60, deadline.getEpochSecond() - started.getEpochSecond(), "the server sets the deadline");

        int choiceSlot = slotOf(attempt, "SINGLE_CHOICE");
        assertEquals(200, save(learner, id, choiceSlot, "{\"choice\":" + choice(attempt, choiceSlot, "Speed") + "}").status());
        assertEquals(200, save(learner, id, choiceSlot, "{\"choice\":" + choice(attempt, choiceSlot, "Safety") + "}").status());
        assertEquals(200, save(learner, id, slotOf(attempt, "SHORT_ANSWER"), "{\"text\":\"Resilience\"}").status());
        assertEquals(200, save(learner, id, slotOf(attempt, "NUMERICAL"), "{\"text\":\"7\"}").status());
        assertEquals(200, save(learner, id, slotOf(attempt, "ESSAY"), "{\"text\":\"Neighbours can find the family.\"}").status());

        // leaving and coming back: starting again resumes the same attempt with every answer
        JsonObject again = start(learner, quiz);
        assertEquals(id, again.getJsonNumber("id").longValue());
        JsonObject responses = again.getJsonObject("responses");
        assertEquals(4, responses.size());
        assertEquals(choice(attempt, choiceSlot, "Safety"), responses.getJsonObject(String.valueOf(choiceSlot)).getInt("choice"));

        Api.Reply submitted = Api.post("/api/v1/attempts/" + id + "/submit", learner, "");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("NEEDS_GRADING", submitted.json().getString("status"));
        assertEquals(3.0, submitted.json().getJsonNumber("score").doubleValue());
        Api.Reply twice = Api.post("/api/v1/attempts/" + id + "/submit", learner, "");
        assertEquals(submitted.json().getString("submittedAt"), twice.json().getString("submittedAt"), "submitting twice is harmless");
        Api.Reply late = save(learner, id, choiceSlot, "{\"choice\":0}");
        assertEquals(409, late.status());
        assertTrue(late.contentType().startsWith("application/problem+json"));

        int essay = slotOf(attempt, "ESSAY");
        assertEquals(403, Api.put("/api/v1/attempts/" + id + "/answers/" + essay + "/grade", learner, "{\"score\":1}").status());
        Api.Reply tooMuch = Api.put("/api/v1/attempts/" + id + "/answers/" + essay + "/grade", trainer, "{\"score\":5}");
        assertEquals(400, tooMuch.status());
        assertEquals("score", tooMuch.json().getString("field"));
        Api.Reply graded = Api.put("/api/v1/attempts/" + id + "/answers/" + essay + "/grade", trainer,
                "{\"score\":0.5,\"comment\":\"Name the harm to the child as well.\"}");
        assertEquals(200, graded.status(), graded.body());

        JsonObject result = Api.get("/api/v1/attempts/" + id + "/result", learner).json();
        assertEquals("GRADED", result.getString("status"));
        assertEquals(87.5, result.getJsonNumber("percent").doubleValue());
        assertTrue(result.getBoolean("passed"));
        String comments = result.getJsonArray("questions").toString();
        assertTrue(comments.contains("Name the harm to the child as well."), comments);

        // the gradebook shows the grade by the quiz's method; its CSV opens in spreadsheets
        JsonObject book = Api.get("/api/v1/quizzes/gradebook?course=" + course, trainer).json();
        int column = 0;
        for (; column < book.getJsonArray("quizzes").size(); column++) {
            if (book.getJsonArray("quizzes").getJsonObject(column).getJsonNumber("quizId").longValue() == quiz) {
                break;
            }
        }
        String me = Api.get("/api/v1/me", learner).json().getString("username");
        final int c = column;
        JsonObject row = book.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("learner").equals(me)).findFirst().orElseThrow();
        assertEquals(87.5, row.getJsonArray("grades").getJsonObject(c).getJsonNumber("percent").doubleValue());
        Api.Reply csv = Api.get("/api/v1/quizzes/gradebook.csv?course=" + course, trainer);
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\uFEFF") && csv.body().contains("Full check (%)") && csv.body().contains(me), csv.body());
        assertEquals(403, Api.get("/api/v1/quizzes/gradebook?course=" + course, learner).status());
        assertEquals(0, Api.get("/api/v1/quizzes/essays?course=" + course, trainer).array().stream()
                .filter(e -> e.asJsonObject().getJsonNumber("attemptId").longValue() == id).count(), "graded essays leave the list");
    }

    @Test
    void answersOutsideTheAttemptOrItsRangeAndOtherPeoplesAttemptsAreRefused() {
        long quiz = quiz("Tamper check", Json.createObjectBuilder(), "Choice", "Word");
        String learner = enrolledLearner();
        JsonObject attempt = start(learner, quiz);
        long id = attempt.getJsonNumber("id").longValue();

        Api.Reply noSuchSlot = save(learner, id, 99, "{\"choice\":0}");
        assertEquals(400, noSuchSlot.status());
        assertEquals("slot", noSuchSlot.json().getString("field"));
        Api.Reply outOfRange = save(learner, id, slotOf(attempt, "SINGLE_CHOICE"), "{\"choice\":7}");
        assertEquals(400, outOfRange.status());
        assertEquals("response", outOfRange.json().getString("field"));
        Api.Reply wrongShape = save(learner, id, slotOf(attempt, "SHORT_ANSWER"), "{\"choice\":0}");
        assertEquals(400, wrongShape.status());

        String other = enrolledLearner();
        assertEquals(404, Api.get("/api/v1/attempts/" + id, other).status(), "someone else's attempt does not exist for them");
        assertEquals(404, save(other, id, 1, "{\"choice\":0}").status());
        assertEquals(404, Api.post("/api/v1/attempts/" + id + "/submit", other, "").status());
        assertEquals(404, Api.get("/api/v1/attempts/999999999", learner).status());
        assertEquals(0, Api.get("/api/v1/attempts/" + id, learner).json().getJsonObject("responses").size(), "nothing was stored");

        String outsider = Api.newLearner("not-enrolled", PASSWORD);
        assertEquals(403, Api.post("/api/v1/quizzes/" + quiz + "/attempts", Api.token(outsider, PASSWORD), "").status());
    }

    @Test
    void theServersDeadlineClosesTheAttemptTakingAnswersHeldBackByADropAndRefusingLateOnes() throws InterruptedException {
        Instant closes = Instant.now().plusSeconds(4);
        long quiz = quiz("Closing soon", Json.createObjectBuilder().add("closesAt", closes.toString()), "Choice", "Number", "Word");
        String learner = enrolledLearner();
        JsonObject attempt = start(learner, quiz);
        long id = attempt.getJsonNumber("id").longValue();
        Instant deadline = Instant.parse(attempt.getString("deadline"));
        int choiceSlot = slotOf(attempt, "SINGLE_CHOICE");
        assertEquals(200, save(learner, id, choiceSlot, "{\"choice\":" + choice(attempt, choiceSlot, "Safety") + "}").status());
        Instant givenDuringADrop = Instant.now();

        Thread.sleep(7_000);   // past the deadline and its two seconds of grace
        Api.Reply late = save(learner, id, slotOf(attempt, "NUMERICAL"), "{\"text\":\"7\"}");
        assertEquals(409, late.status(), late.body());

        // the line dropped: an answer given in time arrives after the deadline, and still counts
        Api.Reply heldBack = Api.put("/api/v1/attempts/" + id + "/answers/" + slotOf(attempt, "NUMERICAL") + "?answeredAt=" + givenDuringADrop,
                learner, "{\"text\":\"7\"}");
        assertEquals(200, heldBack.status(), heldBack.body());
        // an answer the device itself stamped after the deadline does not
        Api.Reply stampedLate = Api.put("/api/v1/attempts/" + id + "/answers/" + slotOf(attempt, "SHORT_ANSWER") + "?answeredAt="
                + deadline.plusSeconds(3), learner, "{\"text\":\"resilience\"}");
        assertEquals(409, stampedLate.status(), stampedLate.body());
        assertEquals("answeredAt", stampedLate.json().getString("field"));
        assertEquals("This answer was given after the time was up, so it was not saved.", stampedLate.json().getString("detail"));

        JsonObject result = null;
        // the server waits a minute past the deadline for answers held back, then closes it (its sweep runs every five seconds)
        for (int i = 0; i < 90; i++) {
            result = Api.get("/api/v1/attempts/" + id + "/result", learner).json();
            if (!result.getString("status").equals("IN_PROGRESS")) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertEquals("GRADED", result.getString("status"));
        assertEquals(2.0, result.getJsonNumber("score").doubleValue(), "the answers given in time count; the late ones do not");
        assertEquals(Instant.parse(attempt.getString("deadline")), Instant.parse(result.getString("submittedAt")));
    }

    @Test
    void anAttemptPreparedForOfflineIsBegunAnsweredAndSubmittedAtTheTimesTheDevicesKept() throws Exception {
        long quiz = quiz("Offline check", Json.createObjectBuilder().add("passPercent", 50), "Choice", "Number");
        long timed = quiz("Timed check", Json.createObjectBuilder().add("timeLimitMinutes", 10), "Choice");
        String learner = enrolledLearner();
        Api.Reply timedRefused = Api.post("/api/v1/quizzes/" + timed + "/offline-attempt", learner, "");
        assertEquals(409, timedRefused.status(), timedRefused.body());
        assertEquals("A quiz with a time limit needs a connection to start; it cannot be taken offline.", timedRefused.json().getString("detail"));

        JsonObject prepared = Api.post("/api/v1/quizzes/" + quiz + "/offline-attempt", learner, "").json();
        long id = prepared.getJsonNumber("id").longValue();
        assertEquals("PREPARED", prepared.getString("status"));
        assertEquals(id, Api.post("/api/v1/quizzes/" + quiz + "/offline-attempt", learner, "").json().getJsonNumber("id").longValue(),
                "preparing again gives the same attempt");
        int choiceSlot = slotOf(prepared, "SINGLE_CHOICE");
        Api.Reply notBegun = save(learner, id, choiceSlot, "{\"choice\":0}");
        assertEquals(409, notBegun.status(), notBegun.body());

        Instant preparedAt = Instant.parse(prepared.getString("startedAt"));
        Thread.sleep(3_000);   // what follows happened offline, between then and now
        Instant begun = preparedAt.plusMillis(1000), onTheTablet = preparedAt.plusMillis(1500), onThePhone = preparedAt.plusMillis(1800),
                submitted = preparedAt.plusMillis(2500);
        JsonObject started = Api.post("/api/v1/attempts/" + id + "/begin?startedAt=" + begun, learner, "").json();
        assertEquals("IN_PROGRESS", started.getString("status"));
        assertEquals(begun, Instant.parse(started.getString("startedAt")), "begun when the learner began it, offline");

        // the same question answered on two devices: the answer given last wins, whichever arrives last
        String speed = "{\"choice\":" + choice(prepared, choiceSlot, "Speed") + "}";
        String safety = "{\"choice\":" + choice(prepared, choiceSlot, "Safety") + "}";
        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + choiceSlot + "?answeredAt=" + onThePhone, learner, safety).status());
        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + choiceSlot + "?answeredAt=" + onTheTablet, learner, speed).status());
        assertEquals(choice(prepared, choiceSlot, "Safety"), Api.get("/api/v1/attempts/" + id, learner).json()
                .getJsonObject("responses").getJsonObject(String.valueOf(choiceSlot)).getInt("choice"));

        Api.Reply submit = Api.send(Api.request("/api/v1/attempts/" + id + "/submit?submittedAt=" + submitted, learner)
                .header("Idempotency-Key", "submit-" + id + "-offline").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, submit.status(), submit.body());
        assertEquals("GRADED", submit.json().getString("status"));
        assertEquals(submitted, Instant.parse(submit.json().getString("submittedAt")), "submitted when the learner did, not when the line came back");
        assertTrue(submit.json().getBoolean("passed"));
        Api.Reply sentAgain = Api.send(Api.request("/api/v1/attempts/" + id + "/submit?submittedAt=" + submitted, learner)
                .header("Idempotency-Key", "submit-" + id + "-offline").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(submit.body(), sentAgain.body());
        assertEquals("true", sentAgain.headers().firstValue("Idempotent-Replayed").orElse(""));

        // the other device, still offline until now, learns that the attempt was submitted
        Api.Reply afterwards = Api.put("/api/v1/attempts/" + id + "/answers/" + slotOf(prepared, "NUMERICAL") + "?answeredAt=" + onTheTablet,
                learner, "{\"text\":\"7\"}");
        assertEquals(409, afterwards.status(), afterwards.body());
        try (java.sql.Connection db = ServerUnderTest.database()) {
            assertEquals(1, Sql.single(db, "SELECT COUNT(*) FROM quiz_attempt WHERE quiz_id = " + quiz), "one attempt, prepared, begun and submitted");
        }
    }

    @Test
    void theTrainerMovesAQuizsDatesAndStartingFollowsThem() {
        long quiz = quiz("Moved", Json.createObjectBuilder(), "Choice");
        JsonObject view = Api.get("/api/v1/quizzes/" + quiz, trainer).json();
        String learner = enrolledLearner();
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        JsonObject later = Json.createObjectBuilder().add("moduleKey", view.getString("moduleKey")).add("bankId", bank)
                .add("title", "Moved").add("opensAt", tomorrow.toString()).build();
        Api.Reply moved = Api.put("/api/v1/quizzes/" + quiz, trainer, later.toString());
        assertEquals(200, moved.status(), moved.body());
        assertEquals(1, moved.json().getJsonArray("slots").size(), "no slots given: the questions stay");
        Api.Reply early = Api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, "");
        assertEquals(403, early.status(), early.body());

        Api.Reply backwards = Api.put("/api/v1/quizzes/" + quiz, trainer, Json.createObjectBuilder(later)
                .add("closesAt", tomorrow.minusSeconds(60).toString()).build().toString());
        assertEquals(400, backwards.status());
        assertEquals("closesAt", backwards.json().getString("field"));
        assertEquals(403, Api.put("/api/v1/quizzes/" + quiz, learner, later.toString()).status());

        Api.Reply open = Api.put("/api/v1/quizzes/" + quiz, trainer, Json.createObjectBuilder(later).remove("opensAt").build().toString());
        assertEquals(200, open.status(), open.body());
        assertEquals(201, Api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, "").status());
    }

    @Test
    void passingARequiredQuizCompletesTheCourse() {
        long quiz = quiz("Required check", Json.createObjectBuilder().add("passPercent", 50).add("required", true), "Choice");
        String learner = enrolledLearner();
        JsonObject outline = Api.get("/api/v1/courses/" + course, learner).json();
        String lesson = outline.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("key");
        Api.Reply done = Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done", learner, "");
        assertEquals(200, done.status(), done.body());
        assertTrue(!done.json().containsKey("completedAt") || done.json().isNull("completedAt"),
                "all lessons read, but the required quiz is not passed yet: " + done.body());

        JsonObject attempt = start(learner, quiz);
        long id = attempt.getJsonNumber("id").longValue();
        int slot = slotOf(attempt, "SINGLE_CHOICE");
        save(learner, id, slot, "{\"choice\":" + choice(attempt, slot, "Safety") + "}");
        assertTrue(Api.post("/api/v1/attempts/" + id + "/submit", learner, "").json().getBoolean("passed"));

        JsonObject after = Api.get("/api/v1/courses/" + course, learner).json().getJsonObject("enrollment");
        assertTrue(after.containsKey("completedAt") && after.get("completedAt") != JsonValue.NULL, after.toString());
        assertEquals("COMPLETED", after.getString("status"));
    }

    @Test
    void randomQuestionsAreDrawnFromACategoryWithoutRepeatsAndAnImpossibleDrawIsRefused() {
        String gift = "$CATEGORY: $course$/top/Pool\n\n" + java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> "::Pool " + i + "::Is " + i + " a number?{T}\n").collect(java.util.stream.Collectors.joining("\n"));
        long poolBank = QuestionBanksIT.openBank(trainer, course, Api.unique("Pool"));
        assertEquals(201, QuestionBanksIT.importFile(trainer, poolBank, "gift", "all", gift).status());
        JsonObject draw = Json.createObjectBuilder().add("moduleKey", module).add("bankId", poolBank).add("title", "Random check")
                .add("required", false).add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "Pool").add("count", 4)))
                .build();
        Api.Reply created = Api.post("/api/v1/quizzes", trainer, Json.createObjectBuilder().add("courseId", course).add("quiz", draw).build().toString());
        assertEquals(201, created.status(), created.body());
        long quiz = created.json().getJsonNumber("id").longValue();

        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            JsonObject attempt = start(enrolledLearner(), quiz);
            java.util.List<String> texts = attempt.getJsonArray("questions").stream()
                    .map(q -> q.asJsonObject().getString("text")).toList();
            assertEquals(4, texts.size());
            assertEquals(4, new java.util.HashSet<>(texts).size(), "no question twice in one attempt");
            seen.addAll(texts);
        }
        assertTrue(seen.size() >= 4, "questions come from the pool: " + seen);

        JsonObject tooMany = Json.createObjectBuilder(draw).add("title", "Too many")
                .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "Pool").add("count", 7))).build();
        Api.Reply refused = Api.post("/api/v1/quizzes", trainer, Json.createObjectBuilder().add("courseId", course).add("quiz", tooMany).build().toString());
        assertEquals(400, refused.status());
        assertEquals("slots", refused.json().getString("field"));
        assertTrue(refused.json().getString("detail").contains("holds 6"), refused.body());

        // a draw too big, no title, a pass mark over 100 and a quiz that closes before it opens: one answer
        JsonObject wrong = Json.createObjectBuilder(tooMany).add("title", " ").add("passPercent", 150)
                .add("opensAt", "2030-01-02T00:00:00Z").add("closesAt", "2030-01-01T00:00:00Z").build();
        Api.Reply all = Api.post("/api/v1/quizzes", trainer, Json.createObjectBuilder().add("courseId", course).add("quiz", wrong).build().toString());
        assertEquals(400, all.status(), all.body());
        assertEquals(java.util.List.of("title", "passPercent", "closesAt", "slots"),
                all.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList(), all.body());
    }

    @Test
    void aLearnerReadingRussianSitsTheTranslatedQuestionAndIsGradedInRussian() {
        String body = Json.createObjectBuilder()
                .add("text", Json.createObjectBuilder().add("text", "Одно слово о восстановлении после трудностей?").add("format", "MOODLE"))
                .add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "устойчивость")))
                .build().toString();
        long word = QUESTION.get("Word");
        Api.Reply translated = Api.put("/api/v1/question-banks/" + bank + "/questions/" + word + "/translations/ru", trainer, body);
        assertEquals(200, translated.status(), translated.body());
        assertEquals("ru", translated.json().getJsonArray("translations").getString(0));
        Api.Reply wrongShape = Api.put("/api/v1/question-banks/" + bank + "/questions/" + word + "/translations/kk", trainer,
                Json.createObjectBuilder().add("text", Json.createObjectBuilder().add("text", "Бір сөз?")).build().toString());
        assertEquals(400, wrongShape.status());
        assertEquals("answers", wrongShape.json().getString("field"));

        long quiz = quiz("In Russian", Json.createObjectBuilder(), "Word");
        String learner = enrolledLearner();
        assertEquals(204, Api.put("/api/v1/me/language", learner, "{\"language\":\"ru\"}").status());
        JsonObject attempt = start(learner, quiz);
        assertEquals("Одно слово о восстановлении после трудностей?", attempt.getJsonArray("questions").getJsonObject(0).getString("text"));
        long id = attempt.getJsonNumber("id").longValue();
        assertEquals(200, save(learner, id, 1, "{\"text\":\"Устойчивость\"}").status());
        assertEquals(1.0, Api.post("/api/v1/attempts/" + id + "/submit", learner, "").json().getJsonNumber("score").doubleValue());
    }
}

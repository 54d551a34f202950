package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Question banks through the API: import with preview, all-or-nothing, export and back, limits and access. */
class QuestionBanksIT {

    private static final Path FIXTURES = Path.of("../assessments/src/test/resources/exchange");
    private static String trainer;
    private static long course;

    @BeforeAll
    static void course() {
        trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        course = CourseFixtures.newCourse(trainer, Api.unique("Quiz course"));
    }

    private static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long openBank(String token, long courseId, String name) {
        Api.Reply r = Api.post("/api/v1/question-banks", token,
                Json.createObjectBuilder().add("courseId", courseId).add("name", name).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    static Api.Reply importFile(String token, long bank, String format, String mode, String content) {
        return Api.send(Api.request("/api/v1/question-banks/" + bank + "/imports?format=" + format + "&mode=" + mode, token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
    }

    private static JsonArray questions(long bank) {
        Api.Reply r = Api.get("/api/v1/question-banks/" + bank + "/questions", trainer);
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    /** What makes two questions the same, leaving out the ids they were given. */
    private static List<String> comparable(JsonArray questions) {
        return questions.stream().map(JsonValue::asJsonObject)
                .map(q -> Json.createObjectBuilder(q).remove("id").build().toString()).toList();
    }

    @Test
    void previewThenImportThenExportAndBackGivesTheSameQuestions() {
        long bank = openBank(trainer, course, Api.unique("Trauma basics"));
        String gift = fixture("all-types.gift");

        Api.Reply preview = importFile(trainer, bank, "gift", "preview", gift);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(0, preview.json().getInt("imported"));
        assertEquals(22, preview.json().getInt("valid"));
        assertEquals(22, preview.json().getJsonArray("questions").size());
        assertEquals(0, questions(bank).size(), "a preview stores nothing");

        Api.Reply imported = importFile(trainer, bank, "gift", "all", gift);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(22, imported.json().getInt("imported"));
        assertEquals(0, imported.json().getJsonArray("errors").size());

        JsonArray stored = questions(bank);
        assertEquals(22, stored.size());
        JsonObject signs = stored.stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("name").equals("Signs of stress")).findFirst().orElseThrow();
        assertEquals("MULTIPLE_RESPONSE", signs.getString("type"));
        assertEquals("Trauma-informed care/Basics", signs.getString("category"));
        JsonArray answers = signs.getJsonArray("answers");
        assertEquals(0.5, answers.getJsonObject(0).getJsonNumber("fraction").doubleValue());
        assertEquals(-1.0, answers.getJsonObject(2).getJsonNumber("fraction").doubleValue());
        assertEquals("No: that is not a sign of stress.", answers.getJsonObject(2).getString("feedback"));

        for (String format : List.of("gift", "moodlexml")) {
            Api.Reply exported = Api.get("/api/v1/question-banks/" + bank + "/export?format=" + format, trainer);
            assertEquals(200, exported.status(), exported.body());
            assertTrue(exported.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            long copy = openBank(trainer, course, Api.unique("Copy via " + format));
            assertEquals(201, importFile(trainer, copy, format, "all", exported.body()).status());
            assertEquals(comparable(stored), comparable(questions(copy)), "export then import through " + format);
        }
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessTheTrainerAsksForTheValidOnes() {
        long bank = openBank(trainer, course, Api.unique("Malformed"));
        String file = fixture("malformed.gift");

        Api.Reply refused = importFile(trainer, bank, "gift", "all", file);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonObject problem = refused.json();
        assertEquals(0, problem.getInt("imported"));
        assertEquals(2, problem.getInt("valid"));
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(10, errors.size());
        assertEquals(5, errors.getJsonObject(0).getInt("line"));
        assertTrue(errors.getJsonObject(2).getString("message").contains("%abc%"), errors.toString());
        assertEquals(0, questions(bank).size(), "nothing half-stored");

        Api.Reply valid = importFile(trainer, bank, "gift", "valid", file);
        assertEquals(201, valid.status(), valid.body());
        assertEquals(2, valid.json().getInt("imported"));
        assertEquals(10, valid.json().getJsonArray("errors").size());
        assertEquals(2, questions(bank).size());
    }

    @Test
    void brokenXmlUnknownTypesAndHugeFilesAreRefusedClearly() {
        long bank = openBank(trainer, course, Api.unique("Refusals"));
        Api.Reply broken = importFile(trainer, bank, "moodlexml", "all", fixture("broken.xml"));
        assertEquals(422, broken.status());
        assertEquals(8, broken.json().getJsonArray("errors").getJsonObject(0).getInt("line"));

        Api.Reply unknown = importFile(trainer, bank, "moodlexml", "preview", fixture("unknown-types.xml"));
        assertEquals(200, unknown.status());
        assertTrue(unknown.json().getJsonArray("errors").getJsonObject(1).getString("message").contains("banana"));

        Api.Reply entity = importFile(trainer, bank, "moodlexml", "all", fixture("entity.xml"));
        assertEquals(422, entity.status());
        assertTrue(!entity.body().contains("root:"), "no file of the server is read");

        char[] fifty = new char[50 * 1024 * 1024];
        Arrays.fill(fifty, 'x');
        Api.Reply huge = importFile(trainer, bank, "gift", "all", new String(fifty));
        assertEquals(413, huge.status());
        assertTrue(huge.contentType().startsWith("application/problem+json"));

        Api.Reply badFormat = importFile(trainer, bank, "docx", "all", "x");
        assertEquals(400, badFormat.status());
        assertEquals("format", badFormat.json().getString("field"));

        byte[] latin1 = "// saved by an old editor\n::Q1:: Caf\u00e9 ? {T}\n".getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply notUtf8 = Api.send(Api.request("/api/v1/question-banks/" + bank + "/imports?format=gift&mode=all", trainer)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertEquals(400, notUtf8.status(), notUtf8.body());
        assertEquals("file", notUtf8.json().getString("field"));
        assertTrue(notUtf8.json().getString("detail").contains("line 2"), notUtf8.body());

        for (String mode : List.of("all", "valid")) {
            Api.Reply nothing = importFile(trainer, bank, "gift", mode, "// only a comment\n$CATEGORY: $course$/Week 1\n\n");
            assertEquals(422, nothing.status(), "no questions is not a success: " + nothing.body());
            assertTrue(nothing.json().getJsonArray("errors").getJsonObject(0).getString("message").startsWith("No questions were found"));
        }
        assertEquals(0, questions(bank).size());
    }

    @Test
    void aBankIsRenamedAndDeletedWithItsQuestionsOnlyWhenNoQuizDrawsFromIt() {
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Bank keeping"), "Week 1");
        long other = openBank(trainer, course.course(), "Week 2");
        Api.Reply taken = Api.put("/api/v1/question-banks/" + other, trainer, "{\"name\":\"week 1\"}");
        assertEquals(409, taken.status());
        assertEquals("name", taken.json().getString("field"));
        assertEquals("Week 2 (revised)", Api.put("/api/v1/question-banks/" + other, trainer, "{\"name\":\"Week 2 (revised)\"}")
                .json().getString("name"));
        int learner = Api.put("/api/v1/question-banks/" + other, Api.token("learner", Api.DEMO_PASSWORD), "{\"name\":\"x\"}").status();
        assertTrue(learner == 403 || learner == 404, "a learner renames nothing: " + learner);

        CourseFixtures.essayCheckIn(trainer, course);
        Api.Reply inUse = Api.delete("/api/v1/question-banks/" + course.bank(), trainer);
        assertEquals(409, inUse.status());
        assertTrue(inUse.json().getString("detail").contains("«Check-in»"), inUse.body());
        assertEquals(1, questions(course.bank()).size(), "nothing deleted");

        assertEquals(201, Api.post("/api/v1/question-banks/" + other + "/questions", trainer, Json.createObjectBuilder()
                .add("name", "Sleep").add("type", "ESSAY").add("text", "And sleep?").build().toString()).status());
        assertEquals(204, Api.delete("/api/v1/question-banks/" + other, trainer).status());
        assertEquals(404, Api.get("/api/v1/question-banks/" + other, trainer).status());
    }

    @Test
    void bankNamesAreUniquePerCourse() {
        String name = Api.unique("Twice");
        openBank(trainer, course, name);
        Api.Reply again = Api.post("/api/v1/question-banks", trainer,
                Json.createObjectBuilder().add("courseId", course).add("name", name.toUpperCase()).build().toString());
        assertEquals(409, again.status(), again.body());
        assertTrue(Api.get("/api/v1/question-banks?course=" + course, trainer).array().size() >= 1);
    }

    @Test
    void onlyTheCoursesTrainersSeeOrChangeItsBanks() {
        long bank = openBank(trainer, course, Api.unique("Private"));
        String learner = Api.token("learner", Api.DEMO_PASSWORD);
        assertEquals(403, Api.get("/api/v1/question-banks/" + bank + "/questions", learner).status());
        assertEquals(403, importFile(learner, bank, "gift", "all", "::Q::Yes?{T}").status());

        String outsider = Api.token(Api.newUser("bank-outsider", "correct horse battery", "TRAINER", "Demo Union of Journalists"),
                "correct horse battery");
        int status = Api.get("/api/v1/question-banks/" + bank + "/questions", outsider).status();
        assertTrue(status == 403 || status == 404, "another organisation's trainer: " + status);
        assertTrue(List.of(403, 404).contains(importFile(outsider, bank, "gift", "all", "::Q::Yes?{T}").status()));
        assertTrue(List.of(403, 404).contains(Api.get("/api/v1/question-banks/" + bank + "/export?format=gift", outsider).status()));
        assertEquals(0, questions(bank).size());
    }

    @Test
    void questionsAreWrittenReadAndRevisedInTheShapeTheyAreReadIn() {
        long bank = openBank(trainer, course, Api.unique("Written"));
        String base = "/api/v1/question-banks/" + bank + "/questions";
        String draft = """
                {"name":"First steps","category":"Safety/Basics","type":"multiple_response","text":"Which come first?","format":"plain",
                 "answers":[{"text":"Safety","fraction":0.5},{"text":"Trust","fraction":0.5},{"text":"Speed","fraction":-1,"feedback":"Not yet."}]}""";
        Api.Reply written = Api.post(base, trainer, draft);
        assertEquals(201, written.status(), written.body());
        long id = written.json().getJsonNumber("id").longValue();
        assertTrue(written.headers().firstValue("Location").orElseThrow().endsWith(base + "/" + id));

        JsonObject read = Api.get(base + "/" + id, trainer).json();
        assertEquals("MULTIPLE_RESPONSE", read.getString("type"));
        assertEquals("Safety/Basics", read.getString("category"));
        assertEquals(-1, read.getJsonArray("answers").getJsonObject(2).getJsonNumber("fraction").intValue());

        Api.Reply translated = Api.put(base + "/" + id + "/translations/ru", trainer,
                "{\"text\":{\"text\":\"Что сначала?\",\"format\":\"PLAIN\"},\"answers\":[{\"text\":\"Безопасность\"},{\"text\":\"Доверие\"},{\"text\":\"Скорость\"}]}");
        assertEquals(200, translated.status(), translated.body());
        assertEquals("Что сначала?", Api.get(base + "/" + id + "/translations/ru", trainer).json()
                .getJsonObject("text").getString("text"));

        // the same words in a new order keep the translation; a fourth answer no longer fits it
        Api.Reply same = Api.put(base + "/" + id, trainer, draft.replace("Which come first?", "What comes first?"));
        assertEquals(200, same.status(), same.body());
        assertEquals(0, same.json().getJsonArray("translationsDropped").size());
        Api.Reply longer = Api.put(base + "/" + id, trainer,
                draft.replace("\"fraction\":-1,\"feedback\":\"Not yet.\"}", "\"fraction\":-1},{\"text\":\"Paperwork\",\"fraction\":0}"));
        assertEquals(200, longer.status(), longer.body());
        assertEquals("ru", longer.json().getJsonArray("translationsDropped").getString(0));
        assertEquals(4, longer.json().getJsonObject("question").getJsonArray("answers").size());
        assertEquals(404, Api.get(base + "/" + id + "/translations/ru", trainer).status());

        // mistakes name their field and store nothing
        int before = questions(bank).size();
        Api.Reply badCredit = Api.post(base, trainer, draft.replace("\"fraction\":0.5}", "\"fraction\":2}"));
        assertEquals(400, badCredit.status(), badCredit.body());
        assertEquals("application/problem+json", badCredit.contentType());
        assertEquals("answers[0].fraction", badCredit.json().getString("field"));
        Api.Reply badType = Api.post(base, trainer, draft.replace("multiple_response", "riddle"));
        assertEquals("type", badType.json().getString("field"));
        // a grade Moodle does not offer is refused beside its answer, as Moodle refuses it
        Api.Reply offList = Api.post(base, trainer, draft.replace("\"Trust\",\"fraction\":0.5", "\"Trust\",\"fraction\":0.33"));
        assertEquals(400, offList.status(), offList.body());
        assertEquals("answers[1].fraction", offList.json().getString("field"), offList.body());
        assertTrue(offList.json().getString("detail").contains("33 %"), offList.body());
        assertEquals(before, questions(bank).size());
        // credits that do not add up are Moodle's business too: stored, with a caution in the preview
        Api.Reply noSum = Api.post(base, trainer, draft.replace("\"Trust\",\"fraction\":0.5", "\"Trust\",\"fraction\":0.2"));
        assertEquals(201, noSum.status(), noSum.body());
        assertEquals("question.caution.sum", noSum.json().getJsonObject("preview").getJsonArray("cautions").getJsonObject(0).getString("messageKey"));

        // another course's trainer cannot read or change it; a learner cannot either
        String other = Api.token(Api.newUser("other-trainer", "correct horse battery", "TRAINER", "Demo Union of Journalists"),
                "correct horse battery");
        assertTrue(List.of(403, 404).contains(Api.put(base + "/" + id, other, draft).status()));
        assertTrue(List.of(403, 404).contains(Api.get(base + "/" + id, other).status()));
        assertEquals(403, Api.post(base, Api.token("learner", Api.DEMO_PASSWORD), draft).status());
        assertEquals("First steps", Api.get(base + "/" + id, trainer).json().getString("name"));
    }
}

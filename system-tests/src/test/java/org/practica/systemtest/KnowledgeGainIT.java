package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer pairs a pre-test with a post-test; six practitioners of a fresh organisation sit both,
 * each getting chosen questions right; their programme manager reads the knowledge gain (means,
 * gain with its 95 % interval, share improved, per question) and the pass rate, as this test
 * computes them from what it had each person answer.
 */
class KnowledgeGainIT extends BrowserJourney {

    private static final String PASSWORD = "before and after";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Who got which question right: {days, months} on the pre-test, then on the post-test. */
    private static final boolean[][][] RIGHT = {
            {{false, false}, {true, true}},
            {{true, false}, {true, true}},
            {{false, false}, {true, false}},
            {{false, true}, {true, true}},
            {{true, true}, {true, true}},
            {{false, false}, {false, true}}};
    /** The t distribution's 97.5 % point for 5 degrees of freedom, from a printed table. */
    private static final double T5 = 2.570582;

    private static String trainer;
    private static String manager;
    private static long organisation;
    private static long course;
    private static long before;
    private static long after;
    private static long shortQuiz;
    private static long other;

    @BeforeAll
    static void sixPeopleSitAPairedPreTestAndPostTest() {
        trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank withBank = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Measured course"), Api.unique("Facts"));
        course = withBank.course();
        assertEquals(201, QuestionBanksIT.importFile(trainer, withBank.bank(), "gift", "all",
                "::Days::How many days in a week?{#7}\n\n::Months::How many months in a year?{#12}\n").status());
        Map<String, Long> question = new HashMap<>();
        for (JsonValue v : Api.get("/api/v1/question-banks/" + withBank.bank() + "/questions", trainer).array()) {
            question.put(v.asJsonObject().getString("name"), v.asJsonObject().getJsonNumber("id").longValue());
        }
        before = quiz(withBank, "Before", question.get("Days"), question.get("Months"));
        after = quiz(withBank, "After", question.get("Days"), question.get("Months"));
        shortQuiz = quiz(withBank, "Short", question.get("Days"));
        other = quiz(withBank, "Other", question.get("Months"), question.get("Days"));
        Api.Reply paired = Api.put("/api/v1/quizzes/" + before + "/pretest-of", trainer, "{\"postTestId\":" + after + "}");
        assertEquals(200, paired.status(), paired.body());
        assertEquals(after, paired.json().getJsonNumber("pretestOf").longValue());

        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String name = Api.unique("Measured centre");
        organisation = Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + name + "\",\"country\":\"uz\",\"kind\":\"NGO\"}")
                .json().getJsonNumber("id").longValue();
        manager = Api.newUser("gainmanager", PASSWORD, "PROGRAMME_MANAGER", name);
        for (boolean[][] person : RIGHT) {
            String learner = Api.token(Api.newUser("measured", PASSWORD, "LEARNER", name), PASSWORD);
            assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learner, "").status());
            sit(learner, before, person[0]);
            sit(learner, after, person[1]);
        }
    }

    private static long quiz(CourseFixtures.WithBank c, String title, long... questions) {
        JsonArrayBuilder slots = Json.createArrayBuilder();
        for (long q : questions) {
            slots.add(Json.createObjectBuilder().add("questionId", q));
        }
        return CourseFixtures.quiz(trainer, c.course(), c.module(), c.bank(), Json.createObjectBuilder().add("title", title)
                .add("required", false).add("passPercent", 50).add("slots", slots));
    }

    private static void sit(String learner, long quiz, boolean[] right) {
        Api.Reply started = Api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, "");
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        String[] answers = {"7", "12"};
        for (int slot = 1; slot <= 2; slot++) {
            String text = right[slot - 1] ? answers[slot - 1] : "1";
            assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + slot, learner, "{\"text\":\"" + text + "\"}").status());
        }
        Api.Reply submitted = Api.post("/api/v1/attempts/" + id + "/submit", learner, "");
        assertEquals("GRADED", submitted.json().getString("status"), submitted.body());
    }

    private static double percent(boolean[] right) {
        return (right[0] ? 50 : 0) + (right[1] ? 50 : 0);
    }

    private static String period() {
        return "from=" + TODAY.minusDays(7) + "&to=" + TODAY;
    }

    private static boolean small(long people) {
        return people > 0 && people < 5;
    }

    private static BigDecimal tenth(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    @Test
    void theManagerReadsTheGainAsTheTestCountsIt() throws java.io.IOException {
        String token = Api.token(manager, PASSWORD);
        Api.Reply reply = Api.get("/api/v1/monitoring/knowledge-gain?" + period(), token);
        assertEquals(200, reply.status(), reply.body());
        JsonObject pair = reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("postTest").longValue() == after).findFirst().orElseThrow(() -> new AssertionError(reply.body()));
        assertEquals("After", pair.getString("postTestTitle"));
        assertEquals("Before", pair.getString("preTestTitle"));

        // the test's own calculation: means, the paired t interval, the share who improved
        int n = RIGHT.length;
        double[] gains = new double[n];
        double sumBefore = 0;
        double sumAfter = 0;
        int improved = 0;
        for (int i = 0; i < n; i++) {
            sumBefore += percent(RIGHT[i][0]);
            sumAfter += percent(RIGHT[i][1]);
            gains[i] = percent(RIGHT[i][1]) - percent(RIGHT[i][0]);
            improved += gains[i] > 0 ? 1 : 0;
        }
        double mean = (sumAfter - sumBefore) / n;
        double squares = 0;
        for (double g : gains) {
            squares += (g - mean) * (g - mean);
        }
        double half = T5 * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        JsonObject overall = pair.getJsonObject("overall");
        assertEquals(false, overall.getBoolean("suppressed"));
        assertEquals(n, overall.getInt("pairs"));
        assertEquals(tenth(sumBefore / n), overall.getJsonNumber("meanBefore").bigDecimalValue());
        assertEquals(tenth(sumAfter / n), overall.getJsonNumber("meanAfter").bigDecimalValue());
        assertEquals(tenth(mean), overall.getJsonNumber("meanGain").bigDecimalValue());
        assertEquals(tenth(mean - half), overall.getJsonNumber("low").bigDecimalValue());
        assertEquals(tenth(mean + half), overall.getJsonNumber("high").bigDecimalValue());
        // five of six improved: the one who did not would be told apart, so the share is not given
        boolean shareHidden = small(improved) || small(n - improved);
        assertEquals(shareHidden, !overall.containsKey("improvedPercent") || overall.isNull("improvedPercent"), overall.toString());
        if (!shareHidden) {
            assertEquals(0, BigDecimal.valueOf(100.0 * improved / n).setScale(1, RoundingMode.HALF_UP)
                    .compareTo(overall.getJsonNumber("improvedPercent").bigDecimalValue()));
        }
        for (int q = 0; q < 2; q++) {
            double qBefore = 0;
            double qAfter = 0;
            for (boolean[][] person : RIGHT) {
                qBefore += person[0][q] ? 100 : 0;
                qAfter += person[1][q] ? 100 : 0;
            }
            JsonObject perQuestion = pair.getJsonArray("perQuestion").getJsonObject(q);
            assertEquals(tenth(qBefore / n), perQuestion.getJsonNumber("meanBefore").bigDecimalValue(), "question " + (q + 1));
            assertEquals(tenth(qAfter / n), perQuestion.getJsonNumber("meanAfter").bigDecimalValue(), "question " + (q + 1));
        }

        // the pass rate: everyone sat a quiz, and passed one if either attempt reached half the marks
        long passed = java.util.Arrays.stream(RIGHT).filter(p -> percent(p[0]) >= 50 || percent(p[1]) >= 50).count();
        JsonObject d = Api.get("/api/v1/monitoring/indicators?" + period(), token).json();
        if (small(passed) || small(n - passed)) {
            assertTrue(d.getJsonObject("passPercent").getBoolean("suppressed"), d.toString());
        } else {
            assertEquals(0, BigDecimal.valueOf(100.0 * passed / n).setScale(1, RoundingMode.HALF_UP)
                    .compareTo(d.getJsonObject("passPercent").getJsonNumber("value").bigDecimalValue()), d.toString());
        }

        // as an indicator with a target: the same mean gain, in points, from every pair of the period
        Api.Reply target = Api.post("/api/v1/monitoring/targets", token, jakarta.json.Json.createObjectBuilder().add("indicator", "KNOWLEDGE_GAIN")
                .add("organisationId", organisation).add("from", TODAY.minusDays(30).toString()).add("to", TODAY.toString()).add("target", 40)
                .build().toString());
        assertEquals(201, target.status(), target.body());
        assertEquals(0, tenth(mean).compareTo(target.json().getJsonNumber("reached").bigDecimalValue()), target.body());
        assertEquals(204, Api.delete("/api/v1/monitoring/targets/" + target.json().getJsonNumber("id").longValue(), token).status());
        // and in the workbook, a row per pair: its people, the means and the gain
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(Api.download("/api/v1/monitoring/indicators.xlsx?" + period(), token)))) {
            org.apache.poi.ss.usermodel.Sheet gain = book.getSheet("Knowledge gain");
            org.apache.poi.ss.usermodel.Row row = gain.getRow(1);
            assertEquals((double) n, row.getCell(2).getNumericCellValue(), "people");
            assertEquals(tenth(mean).doubleValue(), row.getCell(5).getNumericCellValue(), 1e-9, "gain");
            assertEquals(tenth(mean - half).doubleValue(), row.getCell(6).getNumericCellValue(), 1e-9, "interval from");
        }

        // fewer than five people: nothing but "suppressed" travels
        Api.Reply few = Api.get("/api/v1/monitoring/knowledge-gain?" + period() + "&sex=MALE", token);
        assertTrue(few.array().stream().map(JsonValue::asJsonObject).noneMatch(p -> p.getJsonNumber("postTest").longValue() == after
                && !p.getJsonObject("overall").getBoolean("suppressed")), few.body());
        assertEquals(403, Api.get("/api/v1/monitoring/knowledge-gain?" + period(), trainer).status());
    }

    @Test
    void aPairingThatCannotBeComparedIsRefusedAtItsField() {
        assertEquals("A quiz cannot be its own pre-test.", refusal(after, after));
        assertEquals("A quiz is either a pre-test or a post-test, not both.", refusal(after, before));
        assertEquals("That quiz already has a pre-test.", refusal(shortQuiz, after));
        assertTrue(refusal(shortQuiz, other).startsWith("Questions in this quiz: 1; in the post-test: 2."));
        assertEquals(403, Api.put("/api/v1/quizzes/" + shortQuiz + "/pretest-of", Api.token(manager, PASSWORD),
                "{\"postTestId\":" + other + "}").status());
    }

    @Test
    void theCoursesTrainerReadsTheSameGainAndNobodyElseDoes() {
        String managerToken = Api.token(manager, PASSWORD);
        JsonObject managers = Api.get("/api/v1/monitoring/knowledge-gain?" + period(), managerToken).array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("postTest").longValue() == after).findFirst().orElseThrow();
        Api.Reply own = Api.get("/api/v1/monitoring/courses/" + course + "/knowledge-gain?" + period(), trainer);
        assertEquals(200, own.status(), own.body());
        JsonObject trainers = own.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("postTest").longValue() == after).findFirst().orElseThrow(() -> new AssertionError(own.body()));
        // the six are the course's only learners, so the trainer's course-wide view and the manager's organisation agree
        assertEquals(managers.getJsonObject("overall").toString(), trainers.getJsonObject("overall").toString());
        assertEquals(403, Api.get("/api/v1/monitoring/courses/" + course + "/knowledge-gain", managerToken).status(), "a manager is not its trainer");
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String elsewhere = Api.unique("Other trainers");
        Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + elsewhere + "\",\"country\":\"kz\",\"kind\":\"NGO\"}");
        String stranger = Api.token(Api.newUser("othertrainer", PASSWORD, "TRAINER", elsewhere), PASSWORD);
        int refused = Api.get("/api/v1/monitoring/courses/" + course + "/knowledge-gain", stranger).status();
        assertTrue(refused == 403 || refused == 404, "another organisation's trainer reads nothing: " + refused);
    }

    private static String refusal(long pre, long post) {
        Api.Reply r = Api.put("/api/v1/quizzes/" + pre + "/pretest-of", trainer, "{\"postTestId\":" + post + "}");
        assertEquals(400, r.status(), r.body());
        assertEquals("pretestOf", r.json().getString("field"));
        return r.json().getString("detail");
    }

    @Test
    void theTrainerPairsInTheBrowserAndTheManagerReadsTheGainThere() {
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/quizzes.xhtml?id=" + course);
            assertEquals(String.valueOf(after), new Select(browser.driver.findElement(By.id("pretestOf-" + before)))
                    .getFirstSelectedOption().getAttribute("value"));
            new Select(browser.driver.findElement(By.id("pretestOf-" + shortQuiz))).selectByValue(String.valueOf(other));
            browser.driver.findElement(By.xpath("//select[@id='pretestOf-" + shortQuiz + "']/ancestor::form//input[contains(@id,'pair')]")).click();
            browser.waitForText(By.id("error-pretestOf-" + shortQuiz), "post-test");
            browser.open("/author/course-gain.xhtml?course=" + course);
            String own = browser.driver.findElement(By.id("gain-" + after)).getText();
            assertTrue(own.contains("Question 2") && own.contains(String.valueOf(RIGHT.length)), own);
            browser.open("/index.xhtml");
            browser.signOut();

            browser.signIn(manager, PASSWORD);
            browser.open("/monitoring/index.xhtml?" + period());
            String table = browser.driver.findElement(By.id("gain-" + after)).getText();
            assertTrue(table.contains("Question 2") && table.contains(String.valueOf(RIGHT.length)), table);
            browser.chooseLanguage("ar");
            browser.open("/monitoring/index.xhtml?" + period());
            assertTrue(browser.driver.findElement(By.id("knowledgeGain")).getText().contains("مكسب المعرفة"));
            browser.chooseLanguage("en");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("knowledge-gain");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }
}

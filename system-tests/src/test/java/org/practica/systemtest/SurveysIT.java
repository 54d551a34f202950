package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer writes an anonymous course evaluation and a confidential follow-up; ten practitioners
 * of a fresh organisation complete the course; nine answer through the API with answers this test
 * chooses, the tenth in the browser; the trainer reads what they add up to and the programme
 * manager reads the response rate and the practice change, both checked against this test's own
 * count. Nobody answers twice, nobody outside the course is asked, and a refused answer keeps
 * nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveysIT extends BrowserJourney {

    private static final String PASSWORD = "asked and answered";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** The nine API answers: scale point, rating (-1 left out), applied option (0 or 1 mean applied, -1 left out), words. */
    private static final int[] SCALE = {4, 3, 4, 2, 3, 4, 4, 1, 3};
    private static final int[] RATING = {9, 7, 10, -1, 8, 6, 10, 3, 9};
    private static final int[] APPLIED = {0, 2, 1, 2, 0, -1, 1, 2, 0};
    private static final String[] WORDS = {"More role play", null, "Shorter lessons", null, null, "A session on children", null, null, null};

    private static String trainer;
    private static String manager;
    private static long course;
    private static long evaluation;
    private static long followUp;
    private static final List<String> learners = new ArrayList<>();
    private static String browserLearner;
    private static String outsider;

    @BeforeAll
    static void tenPractitionersCompleteACourseWithAnOpenEvaluation() {
        trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        course = CourseFixtures.publishedCourse(trainer, Api.unique("Evaluated course"));
        evaluation = created(survey("End of course", "END_OF_COURSE", null, "ANONYMOUS", questions(true)));
        followUp = created(survey("Twelve weeks on", "FOLLOW_UP", 12, "CONFIDENTIAL", questions(false)));
        for (long survey : new long[]{evaluation, followUp}) {
            Api.Reply opened = Api.post("/api/v1/surveys/" + survey + "/open", trainer, "");
            assertEquals(200, opened.status(), opened.body());
            assertEquals("OPEN", opened.json().getString("status"));
        }
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String name = Api.unique("Surveyed centre");
        Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + name + "\",\"country\":\"kg\",\"kind\":\"NGO\"}");
        manager = Api.newUser("surveymanager", PASSWORD, "PROGRAMME_MANAGER", name);
        String lesson = Api.get("/api/v1/courses/" + course, trainer).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");
        for (int n = 0; n < 10; n++) {
            String username = Api.newUser("surveyed", PASSWORD, "LEARNER", name);
            String token = Api.token(username, PASSWORD);
            assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
            Api.Reply done = Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done", token, "");
            assertEquals(200, done.status(), done.body());
            if (n < 9) {
                learners.add(token);
            } else {
                browserLearner = username;
            }
        }
        outsider = Api.token(Api.newUser("notasked", PASSWORD, "LEARNER", name), PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", outsider, "").status());
    }

    /** A scale, a rating, a choice whose first two options mean "applied", and (anonymous only) words. */
    private static JsonArrayBuilder questions(boolean words) {
        JsonArrayBuilder questions = Json.createArrayBuilder()
                .add(question("LIKERT", "The course was useful", List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"), List.of()))
                .add(question("RATING", "Would you recommend it?", List.of("Never", "Certainly"), List.of()))
                .add(question("CHOICE", "Have you used the steps with a family?", List.of("Yes, often", "Yes, once", "Not yet"), List.of(0, 1)));
        if (words) {
            questions.add(question("FREE_TEXT", "What would you change?", List.of(), List.of()));
        }
        return questions;
    }

    private static JsonObject question(String kind, String text, List<String> options, List<Integer> applied) {
        JsonArrayBuilder o = Json.createArrayBuilder();
        options.forEach(o::add);
        JsonArrayBuilder a = Json.createArrayBuilder();
        applied.forEach(a::add);
        return Json.createObjectBuilder().add("kind", kind).add("text", text).add("options", o).add("applied", a).build();
    }

    private static String survey(String title, String kind, Integer weeks, String anonymity, JsonArrayBuilder questions) {
        var survey = Json.createObjectBuilder().add("title", title).add("kind", kind).add("anonymity", anonymity).add("questions", questions);
        if (weeks != null) {
            survey.add("weeksAfter", weeks);
        }
        return Json.createObjectBuilder().add("courseId", course).add("survey", survey).build().toString();
    }

    private static long created(String body) {
        Api.Reply r = Api.post("/api/v1/surveys", trainer, body);
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static String answers(int n) {
        JsonArrayBuilder a = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("picks", Json.createArrayBuilder().add(SCALE[n])))
                .add(RATING[n] < 0 ? Json.createObjectBuilder() : Json.createObjectBuilder().add("rating", RATING[n]))
                .add(APPLIED[n] < 0 ? Json.createObjectBuilder() : Json.createObjectBuilder().add("picks", Json.createArrayBuilder().add(APPLIED[n])))
                .add(WORDS[n] == null ? Json.createObjectBuilder() : Json.createObjectBuilder().add("text", WORDS[n]));
        return Json.createObjectBuilder().add("answers", a).build().toString();
    }

    @Test
    @Order(1)
    void aTrainersRefusedDesignIsNamedFieldByFieldAndNothingIsKept() {
        int before = Api.get("/api/v1/surveys?course=" + course, trainer).array().size();
        Api.Reply refused = Api.post("/api/v1/surveys", trainer, survey(" ", "FOLLOW_UP", 0, "CONFIDENTIAL", questions(true)));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        TreeSet<String> fields = new TreeSet<>();
        refused.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(new TreeSet<>(List.of("title", "weeksAfter", "questions[3].kind")), fields, refused.body());
        assertEquals(before, Api.get("/api/v1/surveys?course=" + course, trainer).array().size(), "nothing half-written");
        Api.Reply fixed = Api.put("/api/v1/surveys/" + evaluation, trainer, survey("Changed", "END_OF_COURSE", null, "CONFIDENTIAL", questions(false)));
        assertEquals(400, fixed.status(), "an open survey is fixed: " + fixed.body());
        assertEquals("ANONYMOUS", Api.get("/api/v1/surveys/" + evaluation, trainer).json().getString("anonymity"));
        assertEquals(403, Api.get("/api/v1/surveys/" + evaluation + "/results", learners.get(0)).status());
        assertEquals(403, Api.get("/api/v1/surveys/" + evaluation + "/results", Api.token(manager, PASSWORD)).status());
    }

    @Test
    @Order(2)
    void answersAreCheckedKeptOnceAndAddedUpAsTheTestCountsThem() {
        assertEquals(404, Api.get("/api/v1/surveys/" + evaluation + "/paper", outsider).status(), "not completed: not asked");
        assertEquals(404, Api.get("/api/v1/surveys/" + followUp + "/paper", learners.get(0)).status(), "twelve weeks have not passed");
        JsonValue waiting = Api.get("/api/v1/surveys/waiting", learners.get(0)).array().stream()
                .filter(s -> s.asJsonObject().getJsonNumber("id").longValue() == evaluation).findFirst().orElseThrow();
        assertEquals("ANONYMOUS", waiting.asJsonObject().getString("anonymity"));

        Api.Reply misfit = Api.post("/api/v1/surveys/" + evaluation + "/responses", learners.get(0),
                "{\"answers\":[{\"picks\":[0,1]},{\"rating\":11},{\"picks\":[7]},{}]}");
        assertEquals(400, misfit.status(), misfit.body());
        TreeSet<String> fields = new TreeSet<>();
        misfit.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(new TreeSet<>(List.of("answers[0]", "answers[1]", "answers[2]")), fields);
        assertEquals(0, Api.get("/api/v1/surveys/" + evaluation, trainer).json().getInt("answered"), "a refused answer keeps nothing");

        for (int n = 0; n < 9; n++) {
            Api.Reply sent = Api.post("/api/v1/surveys/" + evaluation + "/responses", learners.get(n), answers(n));
            assertEquals(201, sent.status(), sent.body());
            if (n == 3) {
                Api.Reply early = Api.get("/api/v1/surveys/" + evaluation + "/results", trainer);
                assertFalse(early.json().getBoolean("shown"), "four answers show nothing but the rate: " + early.body());
            }
        }
        Api.Reply again = Api.post("/api/v1/surveys/" + evaluation + "/responses", learners.get(0), answers(0));
        assertEquals(409, again.status(), again.body());
        assertTrue(Api.get("/api/v1/surveys/waiting", learners.get(0)).array().stream()
                .noneMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == evaluation));

        JsonObject results = Api.get("/api/v1/surveys/" + evaluation + "/results", trainer).json();
        assertTrue(results.getBoolean("shown"));
        assertEquals(9, results.getJsonObject("survey").getInt("answered"));
        int invited = results.getJsonObject("survey").getInt("invited");
        // the tenth is asked too once a scheduled reminder round has run meanwhile
        assertTrue(invited == 9 || invited == 10, results.toString());
        var questions = results.getJsonObject("tally").getJsonArray("questions");
        long[] scaleCounts = new long[5];
        double scaleSum = 0;
        for (int s : SCALE) {
            scaleCounts[s]++;
            scaleSum += s + 1;
        }
        assertEquals(counts(scaleCounts), questions.getJsonObject(0).getJsonArray("counts").toString());
        assertEquals(String.format("%.1f", scaleSum / SCALE.length), questions.getJsonObject(0).getJsonNumber("mean").bigDecimalValue().toPlainString());
        long rated = java.util.Arrays.stream(RATING).filter(r -> r >= 0).count();
        double ratingSum = java.util.Arrays.stream(RATING).filter(r -> r >= 0).sum();
        assertEquals(rated, questions.getJsonObject(1).getInt("answered"));
        assertEquals(new java.math.BigDecimal(ratingSum / rated).setScale(1, java.math.RoundingMode.HALF_UP),
                questions.getJsonObject(1).getJsonNumber("mean").bigDecimalValue());
        long told = java.util.Arrays.stream(APPLIED).filter(a -> a >= 0).count();
        long applied = java.util.Arrays.stream(APPLIED).filter(a -> a == 0 || a == 1).count();
        assertEquals(told, results.getJsonObject("tally").getInt("practiceAnswered"));
        assertEquals(applied, results.getJsonObject("tally").getInt("practiceChanged"));
        assertEquals(Math.round(100.0 * applied / told), results.getInt("practicePercent"));
        List<String> words = questions.getJsonObject(3).getJsonArray("words").getValuesAs(jakarta.json.JsonString::getString);
        assertEquals(java.util.Arrays.stream(WORDS).filter(w -> w != null).sorted().toList(), words, "alphabetical, not as they came");
    }

    private static boolean small(long people) {
        return people > 0 && people < 5;
    }

    private static String counts(long[] counts) {
        return java.util.Arrays.stream(counts).mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Test
    @Order(3)
    void theTenthIsAskedByTheReminderRoundAndAnswersInTheBrowserInRussian() {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        Api.Reply round = Api.post("/api/v1/admin/mail/reminder-rounds", admin, "");
        assertEquals(200, round.status(), round.body());
        assertTrue(round.json().getJsonObject("told").containsKey("surveys"), round.body());
        String token = Api.token(browserLearner, PASSWORD);
        assertTrue(Api.get("/api/v1/me/notifications", token).body().contains("SURVEY_WAITING"));
        try {
            browser.signIn(browserLearner, PASSWORD);
            browser.open("/index.xhtml");
            browser.driver.findElement(By.cssSelector("#surveysWaiting a")).click();
            browser.checkPage();
            assertTrue(browser.driver.findElement(By.id("promise")).getText().contains("anonymous"));
            browser.click("surveyForm:send");
            browser.waitForText(By.id("pageMessages"), "at least one question");
            // nothing was kept: the form still asks, every choice empty
            assertTrue(browser.driver.findElements(By.cssSelector("#surveyForm input:checked")).isEmpty());
            browser.chooseLanguage("ru");
            browser.open("/courses/survey.xhtml?id=" + evaluation);
            assertTrue(browser.driver.findElement(By.id("promise")).getText().contains("анонимный"));
            browser.driver.findElement(By.id("q0-o3")).click();
            browser.driver.findElement(By.id("q1-r8")).click();
            browser.driver.findElement(By.id("q2-o0")).click();
            browser.type("text3", "Более короткие уроки");
            browser.click("surveyForm:send");
            browser.waitForText("answeredNote", "Спасибо");
            browser.chooseLanguage("en");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("surveys");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
        JsonObject reach = Api.get("/api/v1/surveys/" + evaluation, trainer).json();
        assertEquals(10, reach.getInt("invited"));
        assertEquals(10, reach.getInt("answered"));
        assertEquals(100, reach.getInt("responsePercent"));
    }

    @Test
    @Order(4)
    void theTrainerWritesADraftInTheBrowserAndReadsTheResults() {
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/surveys.xhtml?id=" + course);
            assertTrue(browser.driver.findElement(By.id("reach-" + evaluation)).getText().contains("10 of 10"));
            browser.type("title", "Drafted in the browser");
            browser.driver.findElement(By.id("confidential")).click();
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("kind-0"))).selectByValue("FREE_TEXT");
            browser.type("text-0", "Anything else?");
            browser.click("surveyForm:save");
            browser.waitForText(By.id("error-kind-0"), "anonymous");
            assertEquals("Drafted in the browser", browser.driver.findElement(By.id("title")).getAttribute("value"), "the refused form stays as sent");
            assertEquals("Anything else?", browser.driver.findElement(By.id("text-0")).getAttribute("value"), "the refused row stays as sent");
            browser.driver.findElement(By.id("anonymous")).click();
            browser.click("surveyForm:save");
            browser.waitForText(By.id("surveyList"), "Drafted in the browser");
            browser.open("/author/survey-results.xhtml?id=" + evaluation);
            assertTrue(browser.driver.findElement(By.id("reach")).getText().contains("10 of 10"));
            assertTrue(browser.driver.findElement(By.id("words-3")).getText().contains("Более короткие уроки"));
            assertTrue(browser.driver.findElement(By.id("result-0")).getText().contains("Strongly agree"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("survey-author");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }

    @Test
    @Order(5)
    void theManagerReadsResponseRateAndPracticeChangeWithoutAnyNamesOrWords() {
        String token = Api.token(manager, PASSWORD);
        Api.Reply reply = Api.get("/api/v1/monitoring/indicators?from=" + TODAY.minusDays(3) + "&to=" + TODAY, token);
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.body().contains("More role play"), "no words reach a manager");
        JsonObject row = reply.json().getJsonArray("surveys").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == evaluation).findFirst().orElseThrow(() -> new AssertionError(reply.body()));
        // all ten were asked (nine as they answered, the tenth by the reminder round) and all ten answered
        assertEquals(10, row.getJsonObject("asked").getInt("value"), row.toString());
        assertEquals(10, row.getJsonObject("answered").getInt("value"), row.toString());
        assertEquals(100.0, row.getJsonObject("responsePercent").getJsonNumber("value").doubleValue(), row.toString());
        // of the nine API answers eight said something of practice, five of them "applied"; the browser's said "applied" too
        long told = java.util.Arrays.stream(APPLIED).filter(a -> a >= 0).count() + 1;
        long applied = java.util.Arrays.stream(APPLIED).filter(a -> a == 0 || a == 1).count() + 1;
        boolean hidden = told < 5 || small(applied) || small(told - applied);
        assertEquals(hidden, row.getJsonObject("practiceChangePercent").getBoolean("suppressed"), row.toString());
        if (!hidden) {
            assertEquals(Math.round(1000.0 * applied / told) / 10.0, row.getJsonObject("practiceChangePercent").getJsonNumber("value").doubleValue());
        }
        try {
            browser.signIn(manager, PASSWORD);
            browser.open("/monitoring/index.xhtml?from=" + TODAY.minusDays(3) + "&to=" + TODAY);
            String shown = browser.driver.findElement(By.id("survey-" + evaluation)).getText();
            assertTrue(shown.contains("End of course") && shown.contains("100"), shown);
            assertFalse(browser.driver.findElement(By.id("surveys")).getText().contains("role play"), "no words on the dashboard");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("survey-manager");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
        assertEquals(403, Api.get("/api/v1/surveys/" + evaluation + "/paper", token).status(), "a manager answers nothing and reads no paper");
        assertEquals(403, Api.get("/api/v1/surveys/" + evaluation + "/results", token).status());
    }
}

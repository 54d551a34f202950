package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real Chromium: the trainer, whose time zone is Asia/Almaty (UTC+5, chosen on the account
 * page), sets a quiz's opening and closing dates on the quizzes page in that zone (a closing date
 * before the opening one is refused beside the field, and nothing changes); the learner sees when
 * the quiz closes in their own zone, written as their language writes it; the gradebook shows one
 * cohort at a time.
 */
class QuizScheduleJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "dates and cohorts";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void trainerSchedulesAQuizAndReadsTheGradebookCohortByCohort(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank setup = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Scheduled quiz"), Api.unique("Schedule bank"));
        long course = setup.course();
        String module = setup.module();
        long bank = setup.bank();
        String gift = Files.readString(Path.of("src/test/resources/quiz/short-quiz.gift"), StandardCharsets.UTF_8);
        assertEquals(201, QuestionBanksIT.importFile(trainer, bank, "gift", "all", gift).status());
        long question = Api.get("/api/v1/question-banks/" + bank + "/questions", trainer).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject draft = Json.createObjectBuilder().add("moduleKey", module).add("bankId", bank).add("title", "Dated check")
                .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", question))).build();
        Api.Reply created = Api.post("/api/v1/quizzes", trainer,
                Json.createObjectBuilder().add("courseId", course).add("quiz", draft).build().toString());
        assertEquals(201, created.status(), created.body());
        long quiz = created.json().getJsonNumber("id").longValue();

        long cohort = Api.post("/api/v1/courses/" + course + "/cohorts", trainer, Json.createObjectBuilder().add("name", "Spring group")
                .add("startsOn", "2026-03-01").add("endsOn", "2026-06-30").build().toString()).json().getJsonNumber("id").longValue();
        String inCohort = Api.newLearner("in-cohort", PASSWORD);
        String outside = Api.newLearner("no-cohort", PASSWORD);
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/learners", trainer, Json.createObjectBuilder()
                .add("learners", Json.createArrayBuilder().add(inCohort)).add("cohortId", cohort).build().toString()).status());
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/learners", trainer, Json.createObjectBuilder()
                .add("learners", Json.createArrayBuilder().add(outside)).build().toString()).status());

        LocalDateTime opens = LocalDateTime.ofInstant(Instant.now().minus(1, ChronoUnit.DAYS), ALMATY).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime closes = opens.plusDays(8);
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/account.xhtml");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("zoneForm:timeZone"))).selectByValue("Asia/Almaty");
            browser.click("zoneForm:saveZone");
            browser.waitForText("pageMessages", "Your time zone is now Asia/Almaty.");
            browser.open("/author/quizzes.xhtml?id=" + course);
            setDate("opensAt-" + quiz, opens);
            setDate("closesAt-" + quiz, opens.minusHours(1));
            save(quiz);
            browser.waitForText("error-closesAt-" + quiz, "The quiz must close after it opens.");
            JsonObject unchanged = Api.get("/api/v1/quizzes/" + quiz, trainer).json().getJsonObject("settings");
            assertFalse(unchanged.containsKey("closesAt") || unchanged.containsKey("opensAt"), "a refused change changes nothing: " + unchanged);

            browser.open("/author/quizzes.xhtml?id=" + course);
            setDate("opensAt-" + quiz, opens);
            setDate("closesAt-" + quiz, closes);
            save(quiz);
            JsonObject settings = null;
            for (int i = 0; i < 40; i++) {
                settings = Api.get("/api/v1/quizzes/" + quiz, trainer).json().getJsonObject("settings");
                if (settings.containsKey("closesAt")) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals(closes.atZone(ALMATY).toInstant(), Instant.parse(settings.getString("closesAt")), settings.toString());
            browser.waitForText("pageMessages", "New dates for Dated check saved.");
            assertEquals(opens.toString(), browser.driver.findElement(By.id("opensAt-" + quiz)).getAttribute("value"));

            browser.open("/author/grading.xhtml?id=" + course);
            String everyone = browser.driver.findElement(By.id("grades")).getText();
            assertTrue(everyone.contains(inCohort) && everyone.contains(outside), everyone);
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("cohortFilter"))).selectByVisibleText("Spring group");
            browser.click("applyCohort");
            browser.waitForText(By.cssSelector("#cohortFilter option[selected]"), "Spring group");
            String oneCohort = browser.driver.findElement(By.id("grades")).getText();
            assertTrue(oneCohort.contains(inCohort), oneCohort);
            assertFalse(oneCohort.contains(outside), oneCohort);
            assertTrue(browser.driver.findElement(By.id("gradebookCsv")).getAttribute("href").endsWith("&cohort=" + cohort));
            browser.signOut();

            browser.signIn(inCohort, PASSWORD);
            browser.open("/courses/quiz.xhtml?id=" + quiz);
            String learnersZone = Api.get("/api/v1/me", Api.token(inCohort, PASSWORD)).json().getString("timeZone", "UTC");
            String closing = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Locale.ENGLISH).withZone(ZoneId.of(learnersZone)).format(closes.atZone(ALMATY));
            browser.waitForText("closes", closing);
            // the learner's dashboard lists the quiz among what is due soon, with when it closes
            browser.open("/index.xhtml");
            browser.waitForText("due", "closes " + closing);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        } finally {
            Api.put("/api/v1/me/time-zone", trainer, "{\"timeZone\":\"UTC\"}");   // the demo trainer of the other journeys
        }
    }

    /** Types a date into a datetime-local field the way the browser would have it. */
    private static void setDate(String id, LocalDateTime value) {
        browser.setValue(id, value.toString());
    }

    private static void save(long quiz) {
        List<WebElement> buttons = browser.driver.findElement(By.id("opensAt-" + quiz))
                .findElements(By.xpath("ancestor::form//input[@type='submit']"));
        buttons.get(0).click();
    }
}

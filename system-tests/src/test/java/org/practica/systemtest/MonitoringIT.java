package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A programme manager reads the indicators of their organisation: ten people of a fresh
 * organisation enrol in a course and five complete it; the manager's figures, the per-organisation
 * breakdown and the CSV say so, a small group of another organisation shows as "<5" to a national
 * manager, and the manager opens nobody's named data. The dashboard page passes the usual checks.
 */
class MonitoringIT extends BrowserJourney {

    private static final String PASSWORD = "counting people not names";
    private static long organisation;
    private static long smallOrganisation;
    private static String manager;
    private static long course;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void tenPeopleEnrolAndFiveComplete() {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String name = Api.unique("Counted centre");
        String small = Api.unique("Small centre");
        organisation = Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + name + "\",\"country\":\"kz\",\"kind\":\"NGO\"}")
                .json().getJsonNumber("id").longValue();
        smallOrganisation = Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + small + "\",\"country\":\"kg\",\"kind\":\"NGO\"}")
                .json().getJsonNumber("id").longValue();
        manager = Api.newUser("manager", PASSWORD, "PROGRAMME_MANAGER", name);
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        course = CourseFixtures.publishedCourse(trainer, Api.unique("Counted course"));
        String lesson = Api.get("/api/v1/courses/" + course, trainer).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            learners.add(Api.newUser("counted", PASSWORD, "LEARNER", name));
        }
        for (int i = 0; i < learners.size(); i++) {
            String token = Api.token(learners.get(i), PASSWORD);
            assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
            if (i % 2 == 0) {
                assertEquals(200, Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done", token, "").status());
            }
        }
        for (int i = 0; i < 3; i++) {
            String few = Api.newUser("few", PASSWORD, "LEARNER", small);
            assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", Api.token(few, PASSWORD), "").status());
        }
    }

    private static String period() {
        return "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
    }

    @Test
    void aManagerReadsTheirOrganisationsFiguresAndNothingElse() {
        String token = Api.token(manager, PASSWORD);
        Api.Reply reply = Api.get("/api/v1/monitoring/indicators?" + period(), token);
        assertEquals(200, reply.status(), reply.body());
        JsonObject d = reply.json();
        assertEquals(10, d.getJsonObject("trained").getInt("value"), reply.body());
        assertEquals(5, d.getJsonObject("completed").getInt("value"));
        assertEquals("50.0", d.getJsonObject("completion").getJsonNumber("percent").bigDecimalValue().toPlainString());
        assertEquals(0, d.getJsonObject("certified").getInt("value"));
        // the breakdown holds their own organisation only
        JsonObject cells = d.getJsonObject("byOrganisation").getJsonObject("cells");
        assertEquals(List.of(String.valueOf(organisation)), List.copyOf(cells.keySet()));
        assertEquals(10, cells.getJsonObject(String.valueOf(organisation)).getInt("value"));
        JsonObject month = d.getJsonArray("months").getJsonObject(d.getJsonArray("months").size() - 1);
        assertTrue(month.getJsonObject("trained").getInt("value") <= 10);

        Api.Reply outside = Api.get("/api/v1/monitoring/indicators?" + period() + "&organisation=" + smallOrganisation, token);
        assertEquals(400, outside.status(), outside.body());
        assertEquals("organisation", outside.json().getString("field"));
        assertEquals("from", Api.get("/api/v1/monitoring/indicators?from=yesterday&to=" + TODAY, token).json().getString("field"));

        Api.Reply csv = Api.get("/api/v1/monitoring/indicators.csv?" + period(), token);
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("Total,10,5,0,0"), csv.body());

        // named data stays out of reach: a registrar's list, a trainer's report, the audit trail
        assertEquals(403, Api.get("/api/v1/certificates", token).status());
        assertEquals(403, Api.get("/api/v1/courses/" + course + "/report", token).status());
        assertEquals(403, Api.get("/api/v1/audit", token).status());
        assertEquals(403, Api.get("/api/v1/monitoring/indicators?" + period(), Api.token("learner", Api.DEMO_PASSWORD)).status());
        String audit = Api.get("/api/v1/audit?action=monitoring.exported", Api.token("auditor", Api.DEMO_PASSWORD)).body();
        assertTrue(audit.contains(manager), "the export is in the audit trail: " + audit);
    }

    @Test
    void aNationalManagerSeesEveryOrganisationWithSmallGroupsHidden() {
        Api.Reply reply = Api.get("/api/v1/monitoring/indicators?" + period() + "&course=" + course, Api.token("manager", Api.DEMO_PASSWORD));
        assertEquals(200, reply.status(), reply.body());
        JsonObject cells = reply.json().getJsonObject("byOrganisation").getJsonObject("cells");
        JsonObject few = cells.getJsonObject(String.valueOf(smallOrganisation));
        assertTrue(few.getBoolean("suppressed"), cells.toString());
        assertTrue(few.isNull("value"), "no number travels for a hidden count: " + few);
        // ten and three: the ten is hidden too, or the three would be the total minus ten
        assertTrue(cells.getJsonObject(String.valueOf(organisation)).getBoolean("suppressed"), cells.toString());
        assertEquals(13, reply.json().getJsonObject("byOrganisation").getJsonObject("total").getInt("value"));
    }

    @Test
    void aManagerOpensNoPageOfAnotherRoleAndOnlyManagersOpenTheDashboard() throws Exception {
        WebSession session = WebSession.signedIn(manager, PASSWORD);
        for (String page : List.of("/registry/index.xhtml", "/author/course.xhtml", "/admin/users.xhtml", "/audit/trail.xhtml")) {
            assertEquals(403, session.get(page).statusCode(), page);
        }
        assertEquals(200, session.get("/monitoring/index.xhtml").statusCode());
        assertEquals(403, WebSession.signedIn("learner", Api.DEMO_PASSWORD).get("/monitoring/index.xhtml").statusCode());
    }

    @Test
    void theDashboardPageShowsTheFiguresAChartAndTheTables() {
        try {
            browser.signIn(manager, PASSWORD);
            browser.open("/monitoring/index.xhtml?" + period());
            browser.waitForText("figure-trained", "10");
            assertTrue(browser.driver.findElement(By.id("figure-completion")).getText().contains("50"));
            assertTrue(browser.driver.findElements(By.cssSelector("#trainedChart rect")).size() >= 1, "a bar for the month");
            assertTrue(browser.driver.findElement(By.id("byOrganisation")).getText().contains("10"));
            assertTrue(browser.driver.findElement(By.id("exportCsv")).getAttribute("href").contains("/api/v1/monitoring/indicators.csv?from="));
            browser.chooseLanguage("ru");
            browser.open("/monitoring/index.xhtml?" + period());
            browser.waitForText("figure-trained", "Обучено");
            browser.chooseLanguage("en");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("monitoring");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }
}

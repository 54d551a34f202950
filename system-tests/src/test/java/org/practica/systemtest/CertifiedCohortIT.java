package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cohort certified by a body, as a programme manager reads it: a trainer enrols six people of a
 * new organisation into a cohort of a new course, five of them (and one learner outside the
 * cohort) complete it and claim the certificate a new body's programme gives for it, a registrar
 * revokes two. The dashboard, CSV, workbook and a target count the people holding a valid
 * certificate, and narrow by the cohort and by the body, against the test's own counts.
 */
class CertifiedCohortIT extends BrowserJourney {

    private static final String PASSWORD = "holding a certificate";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String PERIOD = "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
    private static String managerName;
    private static String manager;
    private static long organisation;
    private static long course;
    private static long cohort;
    private static long body;
    private static String registrar;
    private static final List<Long> certificates = new ArrayList<>();

    @BeforeAll
    static void aCohortIsTrainedAndCertified() {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String name = Api.unique("Certifying centre");
        organisation = Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + name + "\",\"country\":\"kz\",\"kind\":\"NGO\"}")
                .json().getJsonNumber("id").longValue();
        managerName = Api.newUser("held-manager", PASSWORD, "PROGRAMME_MANAGER", name);
        manager = Api.token(managerName, PASSWORD);
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        course = CourseFixtures.publishedCourse(trainer, Api.unique("Certified course"));
        String lesson = Api.get("/api/v1/courses/" + course, trainer).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");
        Api.Reply opened = Api.post("/api/v1/courses/" + course + "/cohorts", trainer, Json.createObjectBuilder().add("name", Api.unique("Spring"))
                .add("startsOn", TODAY.minusDays(10).toString()).add("endsOn", TODAY.plusDays(60).toString()).build().toString());
        assertEquals(201, opened.status(), opened.body());
        cohort = opened.json().getJsonNumber("id").longValue();

        StringBuilder code = new StringBuilder("H");
        Random random = new Random();
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        String registrarName = Api.newUser("held-registrar", PASSWORD, "REGISTRAR", "Demo Association of Psychologists");
        Api.Reply made = Api.post("/api/v1/bodies", admin, Json.createObjectBuilder().add("code", code.toString())
                .add("name", "Holding Guild " + code).add("country", "KZ").add("discipline", "psychology")
                .add("registrars", Json.createArrayBuilder().add(registrarName)).build().toString());
        assertEquals(201, made.status(), made.body());
        body = made.json().getJsonNumber("id").longValue();
        registrar = Api.token(registrarName, PASSWORD);
        Api.Reply programme = Api.post("/api/v1/programmes", registrar, CertificatesIT.programme("AUTOMATIC",
                Json.createObjectBuilder().add("kind", "COURSE").add("courseId", course).build()));
        assertEquals(201, programme.status(), programme.body());
        long programmeId = programme.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + programmeId + "/activation", registrar, "").status());

        // six in the cohort, five of whom complete; one more learns on their own and completes
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            people.add(Api.newUser("holder", PASSWORD, "LEARNER", name));
        }
        Api.Reply enrolled = Api.post("/api/v1/courses/" + course + "/learners", trainer, Json.createObjectBuilder()
                .add("learners", Json.createArrayBuilder(people.subList(0, 6))).add("cohortId", cohort).build().toString());
        assertEquals(200, enrolled.status(), enrolled.body());
        for (int i = 0; i < people.size(); i++) {
            String token = Api.token(people.get(i), PASSWORD);
            if (i == 6) {
                assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
            }
            if (i == 5) {
                continue;
            }
            assertEquals(200, Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done", token, "").status());
            JsonObject claimed = Api.post("/api/v1/programmes/" + programmeId + "/claim", token, "").json();
            assertEquals("VALID", claimed.getJsonObject("certificate").getString("status"), claimed.toString());
            certificates.add(claimed.getJsonObject("certificate").getJsonNumber("id").longValue());
        }
    }

    private static JsonObject dashboard(String narrowed) {
        Api.Reply reply = Api.get("/api/v1/monitoring/indicators?" + PERIOD + narrowed, manager);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Long value(JsonObject figure) {
        return figure.getBoolean("suppressed") ? null : figure.getJsonNumber("value").longValue();
    }

    @Test
    void theManagerCountsPeopleHoldingAValidCertificateNarrowedByCohortAndBody() throws Exception {
        JsonObject d = dashboard("");
        assertEquals(7L, value(d.getJsonObject("trained")), d.toString());
        assertEquals(6L, value(d.getJsonObject("certified")));
        assertEquals(6L, value(d.getJsonObject("holding")));
        var months = d.getJsonArray("months");
        assertEquals(6L, value(months.getJsonObject(months.size() - 1).getJsonObject("holding")), "held today, in this month");
        JsonObject before = Api.get("/api/v1/monitoring/indicators?from=" + TODAY.minusMonths(14) + "&to=" + TODAY.minusMonths(13), manager).json();
        assertEquals(0L, value(before.getJsonObject("holding")), "no one held one then");

        // the cohort: its six people, five completed and certified; the learner outside it is not counted
        JsonObject inCohort = dashboard("&cohort=" + cohort);
        assertEquals(6L, value(inCohort.getJsonObject("trained")), inCohort.toString());
        assertEquals(5L, value(inCohort.getJsonObject("completed")));
        assertEquals(5L, value(inCohort.getJsonObject("certified")));
        assertEquals(5L, value(inCohort.getJsonObject("holding")));
        // the body: the course its programme asks for, and its own certificates
        JsonObject ofBody = dashboard("&body=" + body);
        assertEquals(7L, value(ofBody.getJsonObject("trained")), ofBody.toString());
        assertEquals(6L, value(ofBody.getJsonObject("certified")));
        assertEquals(6L, value(ofBody.getJsonObject("holding")));
        JsonObject demoBody = Api.get("/api/v1/monitoring/indicators?" + PERIOD + "&body=" + body + "&course=1", manager).json();
        assertEquals(0L, value(demoBody.getJsonObject("trained")), "the body does not ask for the demo course: " + demoBody);
        Api.Reply unknown = Api.get("/api/v1/monitoring/indicators?" + PERIOD + "&body=999999", manager);
        assertEquals(400, unknown.status());
        assertEquals("body", unknown.json().getString("field"));
        Api.Reply otherCourse = Api.get("/api/v1/monitoring/indicators?" + PERIOD + "&cohort=" + cohort + "&course=1", manager);
        assertEquals(400, otherCourse.status());
        assertEquals("cohort", otherCourse.json().getString("field"));

        Api.Reply target = Api.post("/api/v1/monitoring/targets", manager, Json.createObjectBuilder().add("indicator", "CERTIFICATES_HELD")
                .add("organisationId", organisation).add("from", TODAY.minusDays(30).toString()).add("to", TODAY.toString()).add("target", 12)
                .build().toString());
        assertEquals(201, target.status(), target.body());
        assertEquals(6, target.json().getJsonNumber("reached").intValue(), target.body());
        assertEquals(50, target.json().getJsonNumber("percentOfTarget").intValue());
        assertEquals(204, Api.delete("/api/v1/monitoring/targets/" + target.json().getJsonNumber("id").longValue(), manager).status());

        // two revoked: four hold one now, too few to show; the six certified in the period stay six
        for (long id : certificates.subList(0, 2)) {
            Api.Reply revoked = Api.post("/api/v1/certificates/" + id + "/revocation", registrar, "{\"reason\":\"Issued in error\"}");
            assertEquals(200, revoked.status(), revoked.body());
        }
        d = dashboard("");
        assertTrue(d.getJsonObject("holding").getBoolean("suppressed"), d.toString());
        assertNull(d.getJsonObject("holding").get("value"), "no number of fewer than five travels");
        assertEquals(6L, value(d.getJsonObject("certified")));
        String csv = Api.get("/api/v1/monitoring/indicators.csv?" + PERIOD, manager).body();
        assertTrue(csv.lines().findFirst().orElseThrow().contains("Holding a valid certificate"), csv);
        assertTrue(csv.lines().reduce((a, b) -> b).orElseThrow().contains(",6,<5,"), "the totals: " + csv);
        byte[] xlsx = Api.download("/api/v1/monitoring/indicators.xlsx?" + PERIOD + "&cohort=" + cohort, manager);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet held = book.getSheet("Holding a valid certificate");
            assertEquals("<5", held.getRow(held.getLastRowNum()).getCell(1).getStringCellValue(), "this month, by sheet");
            org.apache.poi.ss.usermodel.Sheet summary = book.getSheetAt(0);
            assertEquals("Holding a valid certificate", summary.getRow(8).getCell(0).getStringCellValue());
            assertEquals("<5", summary.getRow(8).getCell(1).getStringCellValue());
        }
        String audit = Api.get("/api/v1/audit/events?action=monitoring.exported", Api.token("auditor", Api.DEMO_PASSWORD)).body();
        assertTrue(audit.contains("cohort:" + cohort), "the export's cohort is in the audit trail");
    }

    @Test
    void theDashboardNarrowsByCohortAndBodyInTheBrowser() {
        try {
            browser.signIn(managerName, PASSWORD);
            browser.open("/monitoring/index.xhtml?" + PERIOD);
            browser.waitForText("figure-trained", "7");
            browser.driver.findElement(By.cssSelector("#definitions summary")).click();
            assertTrue(browser.driver.findElement(By.id("definitions")).getText().contains("neither expired nor revoked"),
                    "each indicator says what it counts");
            new Select(browser.driver.findElement(By.id("cohort"))).selectByValue(String.valueOf(cohort));
            browser.click("show");
            browser.waitForText("figure-trained", "6");
            assertEquals(String.valueOf(cohort), new Select(browser.driver.findElement(By.id("cohort"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.driver.findElement(By.id("exportXlsx")).getAttribute("href").contains("cohort=" + cohort));
            browser.open("/monitoring/index.xhtml?" + PERIOD);
            new Select(browser.driver.findElement(By.id("body"))).selectByValue(String.valueOf(body));
            browser.click("show");
            browser.waitForText("figure-certified", "6");
            assertTrue(browser.driver.findElement(By.id("exportCsv")).getAttribute("href").contains("body=" + body));
            browser.chooseLanguage("ru");
            browser.waitForText("figure-holding", "сертификат");
            browser.chooseLanguage("en");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("certified-cohort");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }
}

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
            Person p = Person.number(i);
            PEOPLE.add(p);
            Api.Reply stated = Api.put("/api/v1/me/profile-facts", token, Json.createObjectBuilder()
                    .add("sex", p.sex() == null ? "" : p.sex()).add("region", p.region()).add("consent", true).build().toString());
            assertEquals(200, stated.status(), stated.body());
        }
        for (int i = 0; i < 3; i++) {
            String few = Api.newUser("few", PASSWORD, "LEARNER", small);
            assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", Api.token(few, PASSWORD), "").status());
        }
    }

    /**
     * What the test knows of each of the ten: the facts they gave and whether they completed. Seven
     * women (the first seven), two men, one who gave no sex; eight in Almaty, two in Astana; every
     * second one completed.
     */
    record Person(String sex, String region, boolean completed) {
        static Person number(int i) {
            return new Person(i < 7 ? "FEMALE" : i < 9 ? "MALE" : null, i < 8 ? "KZ-75" : "KZ-71", i % 2 == 0);
        }
    }

    private static final List<Person> PEOPLE = new ArrayList<>();

    /** The test's own count: those matching, or null where fewer than five would be shown. */
    private static Long expected(java.util.function.Predicate<Person> who) {
        long n = PEOPLE.stream().filter(who).count();
        return n > 0 && n < 5 ? null : n;
    }

    private static Long value(JsonObject figure) {
        return figure.getBoolean("suppressed") ? null : figure.getJsonNumber("value").longValue();
    }

    private static String period() {
        return "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
    }

    @Test
    void aManagerReadsTheirOrganisationsFiguresAndNothingElse() throws java.io.IOException {
        String token = Api.token(manager, PASSWORD);
        Api.Reply reply = Api.get("/api/v1/monitoring/indicators?" + period(), token);
        assertEquals(200, reply.status(), reply.body());
        JsonObject d = reply.json();
        assertEquals(10, d.getJsonObject("trained").getInt("value"), reply.body());
        assertEquals(5, d.getJsonObject("completed").getInt("value"));
        assertEquals("50.0", d.getJsonObject("completionPercent").getJsonNumber("value").bigDecimalValue().toPlainString());
        assertEquals(0, d.getJsonObject("certified").getInt("value"));
        // the breakdown holds their own organisation only
        jakarta.json.JsonArray rows = d.getJsonArray("byOrganisation");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(organisation, rows.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(10, rows.getJsonObject(0).getJsonObject("trained").getInt("value"));
        // counted from the people tallies, and for the one course from the events themselves: the same people
        JsonObject byCourse = Api.get("/api/v1/monitoring/indicators?" + period() + "&course=" + course, token).json();
        assertEquals(10, byCourse.getJsonObject("trained").getInt("value"), byCourse.toString());
        assertEquals(5, byCourse.getJsonObject("completed").getInt("value"));
        JsonObject month = d.getJsonArray("months").getJsonObject(d.getJsonArray("months").size() - 1);
        assertTrue(month.getJsonObject("trained").getInt("value") <= 10);

        Api.Reply outside = Api.get("/api/v1/monitoring/indicators?" + period() + "&organisation=" + smallOrganisation, token);
        assertEquals(400, outside.status(), outside.body());
        assertEquals("organisation", outside.json().getString("field"));
        assertEquals("from", Api.get("/api/v1/monitoring/indicators?from=yesterday&to=" + TODAY, token).json().getString("field"));

        Api.Reply csv = Api.get("/api/v1/monitoring/indicators.csv?" + period(), token);
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains(",10,5,0,0"), "the period's totals: " + csv.body());

        byte[] xlsx = Api.download("/api/v1/monitoring/indicators.xlsx?" + period(), token);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals(16, book.getNumberOfSheets(), "a summary, seven indicators by month, the organisations, five facts, the surveys and the knowledge gain");
            org.apache.poi.ss.usermodel.Sheet summary = book.getSheetAt(0);
            assertEquals(10.0, summary.getRow(1).getCell(1).getNumericCellValue(), "people trained");
            assertEquals(5.0, summary.getRow(2).getCell(1).getNumericCellValue(), "completed");
            assertEquals(50.0, summary.getRow(3).getCell(1).getNumericCellValue(), "completion rate");
            org.apache.poi.ss.usermodel.Sheet trainedByMonth = book.getSheetAt(1);
            double sum = 0;
            for (int r = 1; r <= trainedByMonth.getLastRowNum(); r++) {
                sum += trainedByMonth.getRow(r).getCell(1).getNumericCellValue();
            }
            assertEquals(10.0, sum, "everyone enrolled in the period's months");
            org.apache.poi.ss.usermodel.Sheet completionByMonth = book.getSheet("Completion rate (%)");
            assertEquals(50.0, completionByMonth.getRow(completionByMonth.getLastRowNum()).getCell(1).getNumericCellValue(),
                    "this month's ten enrolments, five completed");
            org.apache.poi.ss.usermodel.Sheet organisations = book.getSheetAt(8);
            assertEquals(10.0, organisations.getRow(1).getCell(1).getNumericCellValue());
        }

        // named data stays out of reach: a registrar's list, a trainer's report, the audit trail
        assertEquals(403, Api.get("/api/v1/certificates", token).status());
        assertEquals(403, Api.get("/api/v1/courses/" + course + "/report", token).status());
        assertEquals(403, Api.get("/api/v1/audit/events", token).status());
        assertEquals(403, Api.get("/api/v1/monitoring/indicators?" + period(), Api.token("learner", Api.DEMO_PASSWORD)).status());
        String audit = Api.get("/api/v1/audit/events?action=monitoring.exported", Api.token("auditor", Api.DEMO_PASSWORD)).body();
        assertTrue(audit.contains(manager), "the export is in the audit trail: " + audit);
    }

    @Test
    void theFiguresSplitAndNarrowByTheFactsPeopleGaveAsTheTestCountsThem() throws java.io.IOException {
        String token = Api.token(manager, PASSWORD);
        JsonObject all = Api.get("/api/v1/monitoring/indicators?" + period(), token).json();
        java.util.Map<String, Long> bySex = new java.util.HashMap<>();
        all.getJsonObject("byProfile").getJsonArray("sex").forEach(v -> bySex.put(v.asJsonObject().getString("value"),
                value(v.asJsonObject().getJsonObject("trained"))));
        assertEquals(expected(p -> "FEMALE".equals(p.sex())), bySex.get("FEMALE"), bySex.toString());
        assertEquals(expected(p -> "MALE".equals(p.sex())), bySex.get("MALE"));
        assertEquals(expected(p -> p.sex() == null), bySex.get("NOT_GIVEN"));
        assertEquals(expected(p -> true), bySex.get("TOTAL"));
        // eight and two: a lone hidden two would be the total minus eight, so the eight is hidden too
        java.util.Map<String, Long> byRegion = new java.util.HashMap<>();
        all.getJsonObject("byProfile").getJsonArray("region").forEach(v -> byRegion.put(v.asJsonObject().getString("value"),
                value(v.asJsonObject().getJsonObject("trained"))));
        assertEquals(null, byRegion.get("KZ-71"), byRegion.toString());
        assertEquals(null, byRegion.get("KZ-75"), byRegion.toString());
        assertEquals(10L, byRegion.get("TOTAL"));

        String women = "&sex=FEMALE&region=KZ-75";
        JsonObject narrowed = Api.get("/api/v1/monitoring/indicators?" + period() + women, token).json();
        java.util.function.Predicate<Person> them = p -> "FEMALE".equals(p.sex()) && "KZ-75".equals(p.region());
        assertEquals(expected(them), value(narrowed.getJsonObject("trained")), narrowed.toString());
        assertEquals(expected(them.and(Person::completed)), value(narrowed.getJsonObject("completed")));
        assertEquals(400, Api.get("/api/v1/monitoring/indicators?" + period() + "&region=KZ-99", token).status());
        assertEquals("region", Api.get("/api/v1/monitoring/indicators?" + period() + "&region=KZ-99", token).json().getString("field"));

        byte[] xlsx = Api.download("/api/v1/monitoring/indicators.xlsx?" + period() + women, token);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals(expected(them).doubleValue(), book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue(), "people trained");
            org.apache.poi.ss.usermodel.Sheet sex = book.getSheetAt(9);
            assertEquals("Female", sex.getRow(1).getCell(0).getStringCellValue());
            assertEquals(expected(them).doubleValue(), sex.getRow(1).getCell(1).getNumericCellValue());
        }
        String audit = Api.get("/api/v1/audit/events?action=monitoring.exported", Api.token("auditor", Api.DEMO_PASSWORD)).body();
        assertTrue(audit.contains("sex:FEMALE region:KZ-75"), "the export's filters are in the audit trail: " + audit);
    }

    @Test
    void aManagerSetsATargetWithinTheirReachAndReadsItAgainstItsPeriod() {
        String token = Api.token(manager, PASSWORD);
        String draft = Json.createObjectBuilder().add("indicator", "PEOPLE_TRAINED").add("organisationId", organisation)
                .add("from", TODAY.minusDays(30).toString()).add("to", TODAY.toString()).add("target", 20).build().toString();
        Api.Reply set = Api.post("/api/v1/monitoring/targets", token, draft);
        assertEquals(201, set.status(), set.body());
        assertEquals(10, set.json().getJsonNumber("reached").intValue(), set.body());
        assertEquals(50, set.json().getJsonNumber("percentOfTarget").intValue());
        long id = set.json().getJsonNumber("id").longValue();
        // over time: each month of the period so far, reached from its start to the month's end
        Api.Reply history = Api.get("/api/v1/monitoring/targets/" + id + "/history", token);
        assertEquals(200, history.status(), history.body());
        var months = history.json().getJsonArray("months");
        assertEquals(java.time.YearMonth.from(TODAY.minusDays(30)).toString(), months.getJsonObject(0).getString("month"), history.body());
        assertEquals(java.time.YearMonth.from(TODAY).toString(), months.getJsonObject(months.size() - 1).getString("month"));
        assertEquals(10, months.getJsonObject(months.size() - 1).getJsonNumber("reached").intValue(), "all ten were trained this month");
        assertEquals(403, Api.get("/api/v1/monitoring/targets/" + id + "/history", Api.token("learner", Api.DEMO_PASSWORD)).status());
        // the whole programme is a national manager's to promise; a bad draft is refused field by field
        Api.Reply whole = Api.post("/api/v1/monitoring/targets", token, draft.replace(",\"organisationId\":" + organisation, ""));
        assertEquals(400, whole.status(), whole.body());
        assertEquals("organisation", whole.json().getString("field"));
        Api.Reply bad = Api.post("/api/v1/monitoring/targets", token, "{\"indicator\":\"HAPPINESS\",\"organisationId\":" + organisation
                + ",\"from\":\"" + TODAY + "\",\"to\":\"" + TODAY.minusDays(1) + "\",\"target\":-1}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("indicator") && bad.body().contains("target") && bad.body().contains("\"to\""), bad.body());
        assertTrue(Api.get("/api/v1/monitoring/targets", token).body().contains("\"id\":" + id));
        assertEquals(403, Api.delete("/api/v1/monitoring/targets/" + id, Api.token("learner", Api.DEMO_PASSWORD)).status());
        assertEquals(204, Api.delete("/api/v1/monitoring/targets/" + id, token).status());
        assertTrue(!Api.get("/api/v1/monitoring/targets", token).body().contains("\"id\":" + id + ","));
        assertEquals(404, Api.delete("/api/v1/monitoring/targets/" + id, token).status());
    }

    @Test
    void aNationalManagerSeesEveryOrganisationWithSmallGroupsHidden() {
        Api.Reply reply = Api.get("/api/v1/monitoring/indicators?" + period() + "&course=" + course, Api.token("manager", Api.DEMO_PASSWORD));
        assertEquals(200, reply.status(), reply.body());
        java.util.Map<Long, JsonObject> rows = new java.util.HashMap<>();
        reply.json().getJsonArray("byOrganisation").forEach(v -> rows.put(v.asJsonObject().getJsonNumber("id").longValue(),
                v.asJsonObject().getJsonObject("trained")));
        JsonObject few = rows.get(smallOrganisation);
        assertTrue(few.getBoolean("suppressed"), rows.toString());
        assertTrue(!few.containsKey("value") || few.isNull("value"), "no number travels for a hidden count: " + few);
        // ten and three: the ten is hidden too, or the three would be the total minus ten
        assertTrue(rows.get(organisation).getBoolean("suppressed"), rows.toString());
        assertEquals(13, reply.json().getJsonObject("organisationsTotal").getInt("value"));
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
    void theDashboardPageShowsTheFiguresAChartAndTheTables() throws Exception {
        try {
            browser.signIn(manager, PASSWORD);
            browser.open("/monitoring/index.xhtml?" + period());
            browser.waitForText("figure-trained", "10");
            assertTrue(browser.driver.findElement(By.id("figure-completion")).getText().contains("50"));
            assertTrue(browser.driver.findElement(By.id("figure-holding")).getText().startsWith("0"), "no one of theirs holds a certificate");
            assertTrue(browser.driver.findElements(By.cssSelector("#trainedChart rect")).size() >= 1, "a bar for the month");
            assertTrue(browser.driver.findElement(By.id("byOrganisation")).getText().contains("10"));
            assertTrue(browser.driver.findElement(By.id("exportCsv")).getAttribute("href").contains("/api/v1/monitoring/indicators.csv?from="));
            // narrowed to the women of Almaty: the figure, the split and the workbook's address follow the filter
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("sex"))).selectByValue("FEMALE");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("region"))).selectByValue("KZ-75");
            browser.click("show");
            browser.waitForText("figure-trained", String.valueOf(expected(p -> "FEMALE".equals(p.sex()) && "KZ-75".equals(p.region()))));
            assertEquals("FEMALE", new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("sex"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.driver.findElement(By.cssSelector("#split-sex tr[data-value='FEMALE']")).getText().contains("7"));
            assertTrue(browser.driver.findElements(By.cssSelector("#split-sex svg.bar rect")).size() >= 1, "a bar beside the count");
            assertTrue(browser.driver.findElement(By.id("exportXlsx")).getAttribute("href").contains("sex=FEMALE&region=KZ-75"));
            // the workbook the link downloads, with the browser's own session: the narrowed figure in its summary
            String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(browser.driver.findElement(By.id("exportXlsx")).getAttribute("href"))).header("Cookie", cookies).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
                assertEquals(expected(p -> "FEMALE".equals(p.sex()) && "KZ-75".equals(p.region())).doubleValue(),
                        book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue(), "the downloaded workbook follows the filter");
            }
            browser.open("/monitoring/index.xhtml?" + period());
            // one course: its people, and the workbook's address follows
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("course"))).selectByValue(String.valueOf(course));
            browser.click("show");
            browser.waitForText("figure-trained", "10");
            assertTrue(browser.driver.findElement(By.id("exportXlsx")).getAttribute("href").contains("course=" + course));
            browser.open("/monitoring/index.xhtml?" + period());
            // a target: refused beside its fields when empty, then set, read against its period, and removed after asking
            browser.click("targetForm:setTarget");
            browser.waitForRefusals("targetForm:indicator", "targetForm:indicator", "targetForm:from", "targetForm:to", "targetForm:target");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("targetForm:indicator"))).selectByValue("PEOPLE_COMPLETED");
            assertEquals(1, new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("targetForm:organisation"))).getOptions().size(),
                    "a manager of one organisation promises for it alone");
            browser.setValue("targetForm:from", TODAY.minusDays(30).toString());
            browser.setValue("targetForm:to", TODAY.toString());
            browser.type("targetForm:target", "10");
            browser.click("targetForm:setTarget");
            browser.waitForText("pageMessages", "The target has been set.");
            org.openqa.selenium.WebElement row = browser.driver.findElement(By.cssSelector("#targetList tbody tr"));
            assertTrue(row.getText().contains("50"), "half the target reached: " + row.getText());
            row.findElement(By.cssSelector("a")).click();
            browser.checkPage();
            assertTrue(browser.driver.findElement(By.id("historyChart")).findElements(By.cssSelector("line[stroke-dasharray]")).size() == 1,
                    "the target is drawn across the chart");
            String months = browser.driver.findElement(By.id("historyTable")).getText();
            assertTrue(months.contains("5"), "half of the ten completed this month: " + months);
            browser.driver.findElement(By.cssSelector(".lead a")).click();
            row = browser.driver.findElement(By.cssSelector("#targetList tbody tr"));
            row.findElement(By.cssSelector("summary")).click();
            row.findElement(By.cssSelector("input.danger")).click();
            browser.waitForText("pageMessages", "The target has been removed.");
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

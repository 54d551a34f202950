package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "certificates held" indicator end to end: people of a new organisation complete a course,
 * claim the certificate a new body's programme gives for it, a registrar revokes some, and the
 * manager's dashboard, CSV, workbook and target count the people holding a valid one, against the
 * test's own count.
 */
class HeldCertificatesIT {

    private static final String PASSWORD = "holding a certificate";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int PEOPLE = 6;

    @Test
    void theManagerCountsPeopleHoldingAValidCertificateAndARevocationEndsIt() throws Exception {
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String name = Api.unique("Certifying centre");
        long organisation = Api.post("/api/v1/admin/organisations", admin, "{\"name\":\"" + name + "\",\"country\":\"kz\",\"kind\":\"NGO\"}")
                .json().getJsonNumber("id").longValue();
        String manager = Api.token(Api.newUser("held-manager", PASSWORD, "PROGRAMME_MANAGER", name), PASSWORD);
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Certified course"));
        String lesson = Api.get("/api/v1/courses/" + course, trainer).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");

        StringBuilder code = new StringBuilder("H");
        Random random = new Random();
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        String registrarName = Api.newUser("held-registrar", PASSWORD, "REGISTRAR", "Demo Association of Psychologists");
        Api.Reply body = Api.post("/api/v1/bodies", admin, Json.createObjectBuilder().add("code", code.toString())
                .add("name", "Holding Guild " + code).add("country", "KZ").add("discipline", "psychology")
                .add("registrars", Json.createArrayBuilder().add(registrarName)).build().toString());
        assertEquals(201, body.status(), body.body());
        String registrar = Api.token(registrarName, PASSWORD);
        Api.Reply programme = Api.post("/api/v1/programmes", registrar, CertificatesIT.programme("AUTOMATIC",
                Json.createObjectBuilder().add("kind", "COURSE").add("courseId", course).build()));
        assertEquals(201, programme.status(), programme.body());
        long programmeId = programme.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + programmeId + "/activation", registrar, "").status());

        List<Long> certificates = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String token = Api.token(Api.newUser("holder", PASSWORD, "LEARNER", name), PASSWORD);
            assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", token, "").status());
            assertEquals(200, Api.post("/api/v1/courses/" + course + "/lessons/" + lesson + "/done", token, "").status());
            JsonObject claimed = Api.post("/api/v1/programmes/" + programmeId + "/claim", token, "").json();
            assertEquals("VALID", claimed.getJsonObject("certificate").getString("status"), claimed.toString());
            certificates.add(claimed.getJsonObject("certificate").getJsonNumber("id").longValue());
        }

        String period = "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
        JsonObject d = Api.get("/api/v1/monitoring/indicators?" + period, manager).json();
        assertEquals(PEOPLE, d.getJsonObject("certified").getInt("value"), d.toString());
        assertEquals(PEOPLE, d.getJsonObject("holding").getInt("value"), d.toString());
        var months = d.getJsonArray("months");
        assertEquals(PEOPLE, months.getJsonObject(months.size() - 1).getJsonObject("holding").getInt("value"), "held today, in this month");
        // a period that ended before anyone was certified counts no one as holding
        JsonObject before = Api.get("/api/v1/monitoring/indicators?from=" + TODAY.minusMonths(14) + "&to=" + TODAY.minusMonths(13), manager).json();
        assertEquals(0, before.getJsonObject("holding").getInt("value"), before.toString());

        Api.Reply target = Api.post("/api/v1/monitoring/targets", manager, Json.createObjectBuilder().add("indicator", "CERTIFICATES_HELD")
                .add("organisationId", organisation).add("from", TODAY.minusDays(30).toString()).add("to", TODAY.toString()).add("target", 12)
                .build().toString());
        assertEquals(201, target.status(), target.body());
        assertEquals(PEOPLE, target.json().getJsonNumber("reached").intValue(), target.body());
        assertEquals(50, target.json().getJsonNumber("percentOfTarget").intValue());

        // two revoked: four hold one now, too few to show; the six certified in the period stay six
        for (long id : certificates.subList(0, 2)) {
            Api.Reply revoked = Api.post("/api/v1/certificates/" + id + "/revocation", registrar, "{\"reason\":\"Issued in error\"}");
            assertEquals(200, revoked.status(), revoked.body());
        }
        d = Api.get("/api/v1/monitoring/indicators?" + period, manager).json();
        assertTrue(d.getJsonObject("holding").getBoolean("suppressed"), d.toString());
        assertNull(d.getJsonObject("holding").get("value"), "no number of fewer than five travels");
        assertEquals(PEOPLE, d.getJsonObject("certified").getInt("value"));
        String csv = Api.get("/api/v1/monitoring/indicators.csv?" + period, manager).body();
        assertTrue(csv.lines().findFirst().orElseThrow().contains("Holding a valid certificate"), csv);
        assertTrue(csv.lines().reduce((a, b) -> b).orElseThrow().contains("," + PEOPLE + ",<5,"), "the totals: " + csv);
        byte[] xlsx = Api.download("/api/v1/monitoring/indicators.xlsx?" + period, manager);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet held = book.getSheet("Holding a valid certificate");
            assertEquals("<5", held.getRow(held.getLastRowNum()).getCell(1).getStringCellValue(), "this month, by sheet");
            org.apache.poi.ss.usermodel.Sheet summary = book.getSheetAt(0);
            assertEquals("Holding a valid certificate", summary.getRow(8).getCell(0).getStringCellValue());
            assertEquals("<5", summary.getRow(8).getCell(1).getStringCellValue());
        }
    }
}

package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cohort of 10,000 eligible people is certified at once; the server is killed (SIGKILL) while
 * the batch job is half-way, and started again: the run carries on by itself and ends with exactly
 * 10,000 certificates, one per person, each with its PDF, serials 1 to 10,000 without a gap.
 */
class BulkIssuanceCrashIT {

    static final int PEOPLE = 10_000;

    @Test
    void aKilledServerFinishesTheRunWithNoDuplicatesAndNoGaps() throws Exception {
        BulkFixture fixture = BulkFixture.cohortOf(PEOPLE);
        Api.Reply started = Api.post("/api/v1/certificates/bulk", fixture.registrar(), Json.createObjectBuilder()
                .add("programmeId", fixture.programme()).add("cohortId", fixture.cohort()).build().toString());
        assertEquals(202, started.status(), started.body());
        long run = started.json().getJsonNumber("id").longValue();
        assertEquals(Api.BASE + "/api/v1/certificates/bulk/" + run, started.headers().firstValue("Location").orElseThrow());

        JsonObject progress = waitFor(fixture.registrar(), run, p -> p.getInt("processed") >= PEOPLE / 5, Duration.ofMinutes(5));
        assertTrue(progress.getInt("processed") < PEOPLE, "killed half-way, not after: " + progress);
        ServerUnderTest.killAndRestart();

        String registrar = Api.token(fixture.registrarName(), BulkFixture.PASSWORD);
        JsonObject done = waitFor(registrar, run, p -> "COMPLETED".equals(p.getString("status")), Duration.ofMinutes(10));
        assertEquals(PEOPLE, done.getInt("processed"), done.toString());
        assertEquals(PEOPLE, done.getInt("issued"), done.toString());
        assertEquals(PEOPLE, done.getInt("printed"), done.toString());
        assertEquals(100, done.getInt("percent"));

        try (Connection db = ServerUnderTest.database(); Statement q = db.createStatement()) {
            assertEquals(PEOPLE, count(q, "SELECT COUNT(*) FROM certificate WHERE bulk_id = " + run));
            assertEquals(PEOPLE, count(q, "SELECT COUNT(DISTINCT holder) FROM certificate WHERE bulk_id = " + run), "one each");
            assertEquals(PEOPLE, count(q, "SELECT COUNT(*) FROM certificate_document d JOIN certificate c ON c.id = d.certificate_id "
                    + "WHERE c.bulk_id = " + run), "every certificate has its PDF");
            try (ResultSet r = q.executeQuery("SELECT MIN(CAST(SUBSTRING_INDEX(serial, '-', -1) AS UNSIGNED)), "
                    + "MAX(CAST(SUBSTRING_INDEX(serial, '-', -1) AS UNSIGNED)), COUNT(DISTINCT serial) FROM certificate WHERE body_id = "
                    + fixture.body())) {
                assertTrue(r.next());
                assertEquals(1, r.getLong(1), "serials start at 1");
                assertEquals(PEOPLE, r.getLong(2), "and end at the count: no gap");
                assertEquals(PEOPLE, r.getLong(3));
            }
        }
    }

    static JsonObject waitFor(String registrar, long run, java.util.function.Predicate<JsonObject> reached, Duration within)
            throws InterruptedException {
        Instant until = Instant.now().plus(within);
        JsonObject last = null;
        while (Instant.now().isBefore(until)) {
            Api.Reply r = Api.get("/api/v1/certificates/bulk/" + run, registrar);
            if (r.status() == 200) {
                last = r.json();
                if (reached.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("bulk run " + run + " did not get there in " + within + ": " + last);
    }

    private static long count(Statement q, String sql) throws Exception {
        try (ResultSet r = q.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}

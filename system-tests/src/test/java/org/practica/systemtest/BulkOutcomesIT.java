package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A run that issues less than it was asked to says why: certifying the same small cohort twice
 * issues to everyone the first time and to nobody the second, because each already holds a valid
 * certificate, and the run counts them as such.
 */
class BulkOutcomesIT {

    private static final int PEOPLE = 3;

    @Test
    void aSecondRunForTheSameCohortIssuesNothingAndSaysEveryoneHoldsOneAlready() throws Exception {
        BulkFixture fixture = BulkFixture.cohortOf(PEOPLE);
        JsonObject first = runToTheEnd(fixture);
        assertEquals(PEOPLE, first.getInt("issued"), first.toString());
        assertEquals(0, first.getInt("alreadyHeld"));

        JsonObject second = runToTheEnd(fixture);
        assertEquals(0, second.getInt("issued"), second.toString());
        assertEquals(PEOPLE, second.getInt("alreadyHeld"), "each already holds a valid certificate: " + second);
        assertEquals(0, second.getInt("requirementsUnmet"));
    }

    private static JsonObject runToTheEnd(BulkFixture fixture) throws InterruptedException {
        Api.Reply started = Api.post("/api/v1/certificates/bulk", fixture.registrar(), Json.createObjectBuilder()
                .add("programmeId", fixture.programme()).add("cohortId", fixture.cohort()).build().toString());
        assertEquals(202, started.status(), started.body());
        long run = started.json().getJsonNumber("id").longValue();
        return BulkIssuanceCrashIT.waitFor(fixture.registrar(), run, p -> "COMPLETED".equals(p.getString("status")), Duration.ofMinutes(2));
    }
}

package org.practica.mentoring.domain.relationship;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Conflict;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentoringRelationshipTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate SEPT = LocalDate.parse("2026-09-01");

    private static MentoringRelationship requested() {
        return MentoringRelationship.request("mentee", "supervisor", Discipline.PSYCHOLOGY, SEPT, SEPT.plusMonths(6),
                "Work with children safely", Map.of("TRAUMA", BigDecimal.TEN), NOW);
    }

    @Test
    void aRequestWaitsForTheSupervisorAlone() {
        MentoringRelationship r = requested();
        assertEquals(RelationshipStatus.REQUESTED, r.status());
        assertThrows(Conflict.class, () -> r.pairingFor(NOW), "no sessions before it is accepted");
        assertEquals("relationship.answerBySupervisor", assertThrows(NotPermitted.class, () -> r.accept("mentee")).messageKey());
        r.accept("supervisor");
        assertEquals(RelationshipStatus.ACTIVE, r.status());
        assertThrows(Conflict.class, () -> r.decline("supervisor"));
        assertEquals("supervisor", r.pairingFor(NOW).supervisor());
    }

    @Test
    void sessionsFallWithinThePeriodEvenAfterItEnds() {
        MentoringRelationship r = MentoringRelationship.arrange("supervisor", "mentee", Discipline.TEACHING, SEPT, null, null,
                Map.of(), "trainer", NOW);
        assertEquals("relationship.outsidePeriod", assertThrows(InvalidInput.class,
                () -> r.pairingFor(Instant.parse("2026-08-31T12:00:00Z"))).messageKey());
        assertTrue(r.stewardedBy("mentee") && r.stewardedBy("trainer") && !r.stewardedBy("stranger"));
        r.end(LocalDate.parse("2026-11-01"));
        assertEquals(RelationshipStatus.ENDED, r.status());
        r.pairingFor(Instant.parse("2026-10-31T12:00:00Z"));
        assertThrows(InvalidInput.class, () -> r.pairingFor(Instant.parse("2026-11-02T12:00:00Z")));
        assertThrows(Conflict.class, () -> r.end(LocalDate.parse("2026-10-01")), "it ends once");
    }

    @Test
    void aNewPlanMustStillHoldTheLoggedSessions() {
        MentoringRelationship r = MentoringRelationship.arrange("supervisor", "mentee", Discipline.TEACHING, SEPT, null, "first goals",
                Map.of("IEP", BigDecimal.TEN), "trainer", NOW);
        List<Instant> logged = List.of(Instant.parse("2026-09-10T09:00:00Z"), Instant.parse("2026-10-20T09:00:00Z"));
        assertEquals("startsOn", assertThrows(InvalidInput.class, () -> r.replan(LocalDate.parse("2026-09-11"), null, "x",
                Map.of(), logged)).field());
        assertEquals("endsOn", assertThrows(InvalidInput.class, () -> r.replan(SEPT, LocalDate.parse("2026-10-19"), "x",
                Map.of(), logged)).field());
        assertEquals("first goals", r.goals(), "a refused plan changes nothing");
        r.replan(SEPT, LocalDate.parse("2027-06-30"), "second goals", Map.of("iep", BigDecimal.valueOf(40)), logged);
        assertEquals(BigDecimal.valueOf(40), r.requiredHours().get("IEP"));
        assertEquals("second goals", r.goals());
        r.end(LocalDate.parse("2026-12-01"));
        assertThrows(Conflict.class, () -> r.replan(SEPT, null, null, Map.of(), logged), "an ended relationship keeps its plan");
    }

    @Test
    void plansAreChecked() {
        assertEquals("relationship.selfSupervision", assertThrows(InvalidInput.class, () -> MentoringRelationship.arrange("same", "SAME",
                Discipline.THEOLOGY, SEPT, null, null, Map.of(), "admin", NOW)).messageKey());
        assertEquals("endsOn", assertThrows(InvalidInput.class, () -> MentoringRelationship.arrange("s", "m", Discipline.THEOLOGY,
                SEPT, SEPT.minusDays(1), null, Map.of(), "admin", NOW)).field());
        assertEquals("requiredHours", assertThrows(InvalidInput.class, () -> MentoringRelationship.arrange("s", "m", Discipline.THEOLOGY,
                SEPT, null, null, Map.of("RISK", BigDecimal.valueOf(-1)), "admin", NOW)).field());
    }
}

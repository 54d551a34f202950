package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting from the events themselves, against a hand count of a few made-up events. */
class EventSummaryTest {

    private static final String[] WOMAN_IN_ALMATY = {"FEMALE", null, "KZ-75", null, null};
    private static final String[] NO_FACTS = new String[5];

    @Test
    void eachPersonCountsOncePerEventPerMonthAndPerGroup() {
        EventSummary summary = new EventSummary(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        // person 1 enrols twice in January (two courses) and once in March, completing one
        summary.count(TrainingEvent.ENROLLED, 1, 10, 202601, WOMAN_IN_ALMATY, BigDecimal.ONE, true);
        summary.count(TrainingEvent.ENROLLED, 1, 10, 202601, WOMAN_IN_ALMATY, BigDecimal.ONE, false);
        summary.count(TrainingEvent.ENROLLED, 1, 10, 202603, WOMAN_IN_ALMATY, BigDecimal.ONE, false);
        summary.count(TrainingEvent.COMPLETED, 1, 10, 202602, WOMAN_IN_ALMATY, BigDecimal.ONE, false);
        // person 2, of another organisation, gave no facts
        summary.count(TrainingEvent.ENROLLED, 2, 20, 202602, NO_FACTS, BigDecimal.ONE, true);
        summary.count(TrainingEvent.HOURS_SIGNED_OFF, 2, 20, 202602, NO_FACTS, new BigDecimal("1.50"), false);
        summary.count(TrainingEvent.HOURS_SIGNED_OFF, 2, 20, 202602, NO_FACTS, new BigDecimal("2.00"), false);
        summary.count(TrainingEvent.CERTIFIED, 2, 20, 202603, NO_FACTS, BigDecimal.ONE, false);
        summary.count(TrainingEvent.ENROLLED, 3, 20, 202604, NO_FACTS, BigDecimal.ONE, false);   // after the period: not counted
        summary.attempt(1, 202601, false);
        summary.attempt(1, 202602, true);
        summary.attempt(2, 202602, false);

        CountedEvents.Tally tally = summary.tally();
        assertEquals(2, tally.people(TrainingEvent.ENROLLED));
        assertEquals(1, tally.people(202601, TrainingEvent.ENROLLED), "two enrolments in January, one person");
        assertEquals(1, tally.people(202602, TrainingEvent.ENROLLED));
        assertEquals(1, tally.people(202603, TrainingEvent.ENROLLED));
        assertEquals(1, tally.people(TrainingEvent.COMPLETED));
        assertEquals(1, tally.people(TrainingEvent.CERTIFIED));
        assertEquals(1, tally.people(TrainingEvent.HOURS_SIGNED_OFF));
        assertEquals(3, tally.monthly().size());
        assertEquals(new CountedEvents.Completion(4, 2), summary.completion());
        assertEquals(Map.of(202602, new BigDecimal("3.50")), summary.hours());
        assertEquals(2, summary.attempted());
        assertEquals(1, summary.passed());
        assertEquals(1, summary.attempted(202601));
        assertEquals(0, summary.passed(202601));
        assertEquals(2, summary.attempted(202602));
        assertEquals(1, summary.passed(202602));
        assertEquals(new CountedEvents.Completion(2, 1), summary.completion(202601));
        assertEquals(new CountedEvents.Completion(1, 1), summary.completion(202602));
        Map<Long, Long> organisations = new HashMap<>();
        summary.byOrganisation().forEach(g -> organisations.put(g.group(), g.people()));
        assertEquals(Map.of(10L, 1L, 20L, 1L), organisations);
        assertEquals(1, summary.byFact(ProfileDimension.SEX).size());
        assertEquals(1, summary.byFact(ProfileDimension.SEX).get(0).people());
        assertEquals(0, summary.byFact(ProfileDimension.AGE_BAND).size());
    }
}

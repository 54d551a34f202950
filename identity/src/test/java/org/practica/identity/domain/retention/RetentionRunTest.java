package org.practica.identity.domain.retention;

import org.junit.jupiter.api.Test;
import org.practica.identity.domain.RetentionRules;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetentionRunTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void anApprovedReviewIsAppliedBatchByBatchToItsEnd() {
        RetentionRun run = new RetentionRun(7, T0, 2500, 3);
        run.approve(T0.plusSeconds(60), true);
        assertEquals(RetentionRun.Status.APPLYING, run.status());
        run.doneThrough(1, T0.plusSeconds(61));
        run.doneThrough(2, T0.plusSeconds(62));
        assertEquals(RetentionRun.Status.APPLYING, run.status());
        run.doneThrough(1, T0.plusSeconds(63));
        assertEquals(2, run.appliedThrough(), "a chunk done again does not go back");
        run.doneThrough(3, T0.plusSeconds(64));
        assertEquals(RetentionRun.Status.APPLIED, run.status());
        assertThrows(Conflict.class, () -> run.approve(T0.plusSeconds(65), true), "applied once only");
    }

    @Test
    void aStaleOrSupersededReviewIsNotApplied() {
        assertThrows(Conflict.class, () -> new RetentionRun(7, T0, 3, 1).approve(T0.plus(Duration.ofDays(1)).plusSeconds(1), true));
        assertThrows(Conflict.class, () -> new RetentionRun(7, T0, 3, 1).approve(T0.plusSeconds(1), false));
    }

    @Test
    void anEmptyReviewIsAppliedAtOnce() {
        RetentionRun run = new RetentionRun(7, T0, 0, 0);
        run.approve(T0.plusSeconds(1), true);
        assertEquals(RetentionRun.Status.APPLIED, run.status());
    }

    @Test
    void rulesAreWholeYearsWithinReasonAndEveryWrongOneIsReported() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new RetentionRules(0, 51));
        assertEquals(java.util.List.of("mentoringTextYears", "inactiveAccountYears"), refused.all().stream().map(InvalidInput::field).toList());
        assertEquals(new RetentionRules(null, 3), new RetentionRules(null, 3));
    }
}

package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingScopeTest {

    @Test
    void aCohortNarrowsToItsCourseAndABodyToTheCoursesItAsksFor() {
        assertTrue(TrainingScope.ALL.all());
        TrainingScope cohort = TrainingScope.ALL.inCohort(7, 3);
        assertEquals(Optional.of(Set.of(3L)), cohort.courses());
        assertEquals(OptionalLong.of(7), cohort.cohort());
        assertFalse(cohort.all());

        TrainingScope body = TrainingScope.ALL.ofBody(2, Set.of(3L, 4L));
        assertEquals(Optional.of(Set.of(3L, 4L)), body.courses());
        assertEquals(OptionalLong.of(2), body.body());
    }

    @Test
    void narrowingsMeetAndMayLeaveNoCourse() {
        assertEquals(Optional.of(Set.of(3L)), TrainingScope.course(3).ofBody(2, Set.of(3L, 4L)).courses());
        assertEquals(Optional.of(Set.of()), TrainingScope.course(5).ofBody(2, Set.of(3L, 4L)).courses(), "the body does not ask for course 5");
        assertEquals(Optional.of(Set.of()), TrainingScope.course(5).inCohort(7, 3).courses(), "the cohort is of another course");
        assertEquals(Optional.of(Set.of()), TrainingScope.ALL.ofBody(2, Set.of()).courses(), "a body asking for hours only has no course");
        TrainingScope both = TrainingScope.ALL.inCohort(7, 3).ofBody(2, Set.of(3L));
        assertEquals(Optional.of(Set.of(3L)), both.courses());
        assertEquals(OptionalLong.of(7), both.cohort());
        assertEquals(OptionalLong.of(2), both.body());
    }
}

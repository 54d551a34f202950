package org.practica.courses.application;

import org.practica.courses.domain.cohort.Cohort;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A cohort with how many learners it holds and how many finished. */
public record CohortView(long id, long courseId, String name, LocalDate startsOn, LocalDate endsOn, int learners,
                         int completed) {

    /** Each cohort with the counts of its members among the course's enrolments. */
    static List<CohortView> of(List<Cohort> cohorts, List<Enrollment> enrollments) {
        return cohorts.stream()
                .map(c -> of(c, enrollments.stream().filter(e -> Objects.equals(e.cohortId(), c.id())).toList()))
                .toList();
    }

    static CohortView of(Cohort cohort, List<Enrollment> members) {
        int active = (int) members.stream().filter(e -> e.status() != EnrollmentStatus.WITHDRAWN).count();
        int completed = (int) members.stream().filter(e -> e.completedAt() != null).count();
        return new CohortView(cohort.id(), cohort.courseId().value(), cohort.name(), cohort.startsOn(), cohort.endsOn(),
                active, completed);
    }
}

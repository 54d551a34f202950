package org.practica.courses.application;

import java.time.LocalDate;

/** A cohort with how many learners it holds and how many finished. */
public record CohortView(long id, long courseId, String name, LocalDate startsOn, LocalDate endsOn, int learners,
                         int completed) {
}

package org.practica.courses.application;

import org.practica.courses.domain.enrollment.EnrollmentStatus;

import java.time.Instant;

/** One learner's line in a trainer's report. */
public record LearnerProgress(String learner, String displayName, Long cohortId, String cohortName, EnrollmentStatus status,
                              int version, int lessonsDone, int lessonsTotal, int percent, Instant enrolledAt,
                              Instant lastVisitAt, Instant completedAt) {
}

package org.practica.courses.application;

import java.time.Instant;

/** One learner's line in a trainer's report. */
public record LearnerProgress(String learner, String displayName, Long cohortId, String cohortName, String status,
                              int version, int lessonsDone, int lessonsTotal, int percent, Instant enrolledAt,
                              Instant lastVisitAt, Instant completedAt) {
}

package org.practica.courses.application;

import java.time.Instant;

/** A learner's enrolment as they and their trainers see it. */
public record EnrollmentView(long courseId, String courseTitle, String learner, int version, String status,
                             int lessonsDone, int lessonsTotal, int percent, Instant enrolledAt,
                             Instant completedAt, Instant lastVisitAt, String resumeLessonKey, Long cohortId) {
}

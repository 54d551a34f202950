package org.practica.courses.application;

import org.practica.courses.domain.enrollment.EnrollmentStatus;

import java.time.Instant;

/** A learner's enrolment as they and their trainers see it. */
public record EnrollmentView(long courseId, String courseTitle, String learner, int version, EnrollmentStatus status,
                             int lessonsDone, int lessonsTotal, int percent, Instant enrolledAt,
                             Instant completedAt, Instant lastVisitAt, String resumeLessonKey, Long cohortId) {
}

package org.practica.courses.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a professional body needs from courses to certify someone: whether and when they
 * completed a course, and the CPD hours their completed courses carry. The certificates module
 * reads it through this port.
 */
public interface CourseCompletionRecord {

    /** The course's title in the language asked for (or its first), if the course exists. */
    Optional<String> title(long courseId, String language);

    /** The person's completion of the course, if they completed it. */
    Optional<CompletedCourse> completion(String person, long courseId);

    /** Courses the person completed from one day to another (UTC, both included). */
    List<CompletedCourse> completedBetween(String person, LocalDate from, LocalDate to);

    /** A cohort by its id: its course and name, if it exists. */
    Optional<CohortOfCourse> cohort(long cohortId, String language);

    /** The cohorts of published courses, for a registrar choosing one to certify at once. */
    List<CohortOfCourse> cohorts(String language);

    /** The learners enrolled in a cohort, by username. */
    List<String> cohortMembers(long cohortId);

    record CohortOfCourse(long id, long courseId, String courseTitle, String name) {
    }

    /** A completion with the CPD hours of the version the person completed (zero when it carries none). */
    record CompletedCourse(long courseId, Instant completedAt, BigDecimal cpdHours) {
    }
}

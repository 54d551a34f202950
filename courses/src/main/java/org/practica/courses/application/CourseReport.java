package org.practica.courses.application;

import java.util.List;

/** Enrolments and progress in one course, for all learners or one cohort. */
public record CourseReport(long courseId, String courseTitle, Long cohortId, List<CohortView> cohorts,
                           List<LearnerProgress> learners, int enrolled, int completed, int averagePercent) {
}

package org.practica.courses.domain.enrollment;

import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface EnrollmentRepository {

    Optional<Enrollment> find(CourseId course, String learner);

    void add(Enrollment enrollment);

    List<Enrollment> of(String learner);

    List<Enrollment> in(CourseId course);

    /** The learners whose enrolment in the course is active (neither completed nor withdrawn). */
    List<String> activeLearners(CourseId course);

    List<Enrollment> inCohort(long cohortId);

    Set<CourseId> completedBy(String learner);

    /** Where the learner last was, last write wins; does not touch the enrolment's version. */
    void recordVisit(Enrollment enrollment, ContentKey lesson, Instant at);
}

package org.practica.courses.domain.course;

import java.util.List;
import java.util.Optional;

public interface CourseRepository {

    Optional<Course> find(CourseId id);

    void add(Course course);

    /** Courses with a published version, newest first. */
    List<Course> published();

    /** Every course of an organisation, drafts included: what its trainers work on. */
    List<Course> ownedBy(long organisationId);
}

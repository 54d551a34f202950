package org.practica.courses.domain.enrollment;

import org.practica.courses.domain.course.CourseId;

import java.util.List;

/**
 * What else a course asks of a learner besides viewing every lesson: the assessments module
 * answers with the required quizzes not yet passed. Until it does, nothing else is required.
 */
public interface CompletionRequirements {

    /** Short descriptions of what the learner still has to do; empty when nothing. */
    List<String> unmet(CourseId course, int version, String learner);

    CompletionRequirements NONE = (course, version, learner) -> List.of();
}

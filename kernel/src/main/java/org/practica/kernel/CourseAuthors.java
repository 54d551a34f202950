package org.practica.kernel;

/**
 * Who writes a course, as modules that know no courses ask it: monitoring shows a trainer the
 * knowledge gain of their own course only. Implemented by the courses module.
 */
public interface CourseAuthors {

    /** Refuses anyone but the course's authors (NotPermitted), or says the course does not exist (NotFound). */
    void requireAuthorOf(Actor actor, long courseId);
}

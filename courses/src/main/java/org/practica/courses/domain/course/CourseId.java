package org.practica.courses.domain.course;

/** The identity of a course across all its versions; what learners, links and the API refer to. */
public record CourseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

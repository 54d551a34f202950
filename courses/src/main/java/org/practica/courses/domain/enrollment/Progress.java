package org.practica.courses.domain.enrollment;

/** How far a learner is through the version of the course they are enrolled on. */
public record Progress(int lessonsDone, int lessonsTotal) {

    public int percent() {
        return lessonsTotal == 0 ? 0 : lessonsDone * 100 / lessonsTotal;
    }
}

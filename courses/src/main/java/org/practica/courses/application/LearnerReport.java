package org.practica.courses.application;

import java.time.Instant;
import java.util.List;

/** One learner's way through a course, lesson by lesson, for their trainer. */
public record LearnerReport(long courseId, String courseTitle, LearnerProgress progress, List<LessonProgress> lessons) {

    public record LessonProgress(String moduleTitle, String key, String title, Instant doneAt) {
    }
}

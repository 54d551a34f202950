package org.practica.courses.application;

import java.util.List;

/** A course's modules and lessons, with the reader's progress when they are enrolled. */
public record CourseOutline(CourseSummary course, List<ModuleOutline> modules, List<Prerequisite> prerequisites,
                            EnrollmentView enrollment, boolean editable) {

    public record ModuleOutline(String key, String title, List<LessonOutline> lessons) {
    }

    public record LessonOutline(String key, String title, int estimatedMinutes, boolean done) {
    }

    public record Prerequisite(long courseId, String title, boolean completed) {
    }
}

package org.practica.courses.application;

import java.util.List;

/** A course's modules and lessons, with the reader's progress when they are enrolled. */
public record CourseOutline(CourseSummary course, List<ModuleOutline> modules, List<Prerequisite> prerequisites,
                            EnrollmentView enrollment, boolean editable) {

    public record ModuleOutline(String key, String title, List<LessonOutline> lessons) {
    }

    /** contentNote: the lesson opens with a content note, so a learner can choose when to read it. */
    public record LessonOutline(String key, String title, int estimatedMinutes, boolean done, boolean contentNote) {
    }

    public record Prerequisite(long courseId, String title, boolean completed) {
    }
}

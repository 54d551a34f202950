package org.practica.courses.application;

import org.practica.courses.domain.enrollment.EnrollmentStatus;

import java.util.List;

/**
 * One lesson as a learner reads it, with what they need to move on: where it stands in the course
 * ("lesson 3 of 6") and the course's outline, ticked for the reader. A content note, when the
 * trainer wrote one, is said before the lesson.
 */
public record LessonView(long courseId, String courseTitle, String moduleTitle, String key, String language,
                         String direction, String title, String html, String videoUrl, String contentNote, int estimatedMinutes,
                         String previousKey, String nextKey, boolean done, int percent, EnrollmentStatus enrollmentStatus,
                         List<AttachmentView> attachments, int number, int lessonCount,
                         List<CourseOutline.ModuleOutline> outline) {

    /** The same lesson with one reader's standing in the course. */
    LessonView forReader(boolean isDone, int percentDone, EnrollmentStatus status, List<CourseOutline.ModuleOutline> ticked) {
        return new LessonView(courseId, courseTitle, moduleTitle, key, language, direction, title, html, videoUrl,
                contentNote, estimatedMinutes, previousKey, nextKey, isDone, percentDone, status, attachments, number, lessonCount, ticked);
    }
}

package org.practica.server.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.courses.application.LessonView;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.enrollment.EnrollmentStatus;
import org.practica.identity.application.Caller;
import org.practica.server.web.support.CurrentUser;
import org.practica.server.web.support.FacesFeedback;
import org.practica.courses.domain.course.ImagesOnRequest;

import java.io.Serializable;

/**
 * One lesson to read, and marking it done (page courses/lesson.xhtml). A lesson with a content
 * note shows the note first; the lesson follows when the learner chooses to read on ({@code ready}).
 * Whether anyone read on or skipped is not recorded anywhere.
 */
@Named("lessonPage")
@ViewScoped
public class LessonPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Learning learning;

    @Inject
    transient Caller caller;

    @Inject
    transient CurrentUser currentUser;

    private Long course;
    private String key;
    private String lang;
    private boolean ready;
    private LessonView lesson;

    public void load() {
        lesson = null;
        if (course == null || key == null) {
            FacesFeedback.error("course.content.notFound");
            return;
        }
        lesson = learning.lesson(caller.get(), new CourseId(course), key, caller.reader(lang));
    }

    /** Marks the lesson done and goes on to the next one, or back to the outline after the last. */
    public String markDone() {
        EnrollmentView after = learning.markDone(caller.get(), new CourseId(course), key, caller.reader(lang));
        if (after.completedAt() != null && lesson.enrollmentStatus() != EnrollmentStatus.COMPLETED) {
            // a parameter, not a flash message: the outline must say so even if the flash is lost
            return "/courses/course.xhtml?faces-redirect=true&completed=true&id=" + course;
        }
        if (lesson.nextKey() != null) {
            return "/courses/lesson.xhtml?faces-redirect=true&course=" + course + "&lesson=" + lesson.nextKey();
        }
        // the last lesson in order is not always the last one left: say what is true
        FacesFeedback.infoAfterRedirect(after.completedAt() != null ? "lesson.doneCourseComplete"
                : after.lessonsDone() < after.lessonsTotal() ? "lesson.doneLast" : "lesson.doneAllLessons");
        return "/courses/course.xhtml?faces-redirect=true&id=" + course;
    }

    /** True while the content note stands before the lesson. */
    public boolean isNoteFirst() {
        return lesson != null && lesson.contentNote() != null && !ready;
    }

    /** Where "skip for now" goes: the next lesson, else the course; the skipped one stays open. */
    public String getSkipTo() {
        return lesson.nextKey() != null ? "/courses/lesson.xhtml?course=" + course + "&lesson=" + lesson.nextKey()
                : "/courses/course.xhtml?id=" + course;
    }

    public LessonView getLesson() { return lesson; }

    /** The lesson's text; with data saver on, its images wait for a tap. */
    public String getHtml() {
        if (lesson == null || lesson.html() == null || !currentUser.getAccount().dataSaver()) {
            return lesson == null ? null : lesson.html();
        }
        return ImagesOnRequest.of(lesson.html(), FacesFeedback.text("lesson.image.show"), FacesFeedback.text("lesson.image.showUnnamed"));
    }
    public boolean isReady() { return ready; }
    public void setReady(boolean ready) { this.ready = ready; }
    public boolean isLearner() { return lesson != null && lesson.enrollmentStatus() != null; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLang() { return lang; }
    public void setLang(String lang) { this.lang = lang; }
}

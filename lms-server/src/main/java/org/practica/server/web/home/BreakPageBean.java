package org.practica.server.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A break from a lesson or an untimed quiz (break.xhtml): the place is kept (a lesson stays where
 * it was; a quiz's answers were saved on the way here), the organisation's support is at hand, and
 * one link leads back. Nothing records who took a break.
 */
@Named("breakPage")
@RequestScoped
public class BreakPageBean {

    @Inject
    Learning learning;

    @Inject
    Caller caller;

    private Long course;
    private String lesson;
    private Long attempt;
    private String placeTitle;

    public void load() {
        if (course != null && lesson != null) {
            try {
                placeTitle = learning.lesson(caller.get(), new CourseId(course), lesson, caller.reader(null)).title();
            } catch (NotFound | NotPermitted | InvalidInput unknown) {
                lesson = null;   // no way back to a lesson that is not there for this person
            }
        }
    }

    /** The way back, inside the application; null when there is nothing to go back to. */
    public String getBackTo() {
        if (course != null && lesson != null) {
            return "/courses/lesson.xhtml?course=" + course + "&lesson=" + URLEncoder.encode(lesson, StandardCharsets.UTF_8) + "&ready=true";
        }
        if (attempt != null) {
            return "/courses/attempt.xhtml?id=" + attempt;
        }
        return null;
    }

    public String getPlaceTitle() { return placeTitle; }
    public boolean isQuiz() { return attempt != null && lesson == null; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public String getLesson() { return lesson; }
    public void setLesson(String lesson) { this.lesson = lesson; }
    public Long getAttempt() { return attempt; }
    public void setAttempt(Long attempt) { this.attempt = attempt; }
}

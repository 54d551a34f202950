package org.practica.server.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.AskedSurvey;
import org.practica.assessments.application.QuizView;
import org.practica.assessments.application.Surveys;
import org.practica.assessments.application.Quizzes;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseOutline;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.VersionStatus;
import org.practica.courses.domain.enrollment.EnrollmentStatus;
import org.practica.identity.application.Caller;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** A course's outline with the reader's progress, and enrolment (page courses/course.xhtml). */
@Named("coursePage")
@ViewScoped
public class CoursePageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Catalogue catalogue;

    @Inject
    transient Learning learning;

    @Inject
    transient Caller caller;

    @Inject
    transient Quizzes quizzes;

    @Inject
    transient Surveys surveys;

    private Long id;
    private boolean completed;
    private transient CourseOutline outline;
    private transient boolean loaded;
    private transient List<QuizView> courseQuizzes;
    private transient List<AskedSurvey> waitingSurveys;

    public void load() {
        outline = null;
        loaded = true;
        if (id == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        try {
            outline = catalogue.outline(caller.get(), new CourseId(id), caller.reader(null));
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    public CourseOutline getOutline() {
        // read once a request: a course that is not found is said once
        if (!loaded) {
            load();
        }
        return outline;
    }

    public boolean isCanEnrol() {
        CourseOutline o = getOutline();
        return o != null && caller.get().has(Role.LEARNER) && o.course().status() == VersionStatus.PUBLISHED
                && (o.enrollment() == null || o.enrollment().status() == EnrollmentStatus.WITHDRAWN)
                && (o.course().selfEnrolment() || o.enrollment() != null);
    }

    public String enrol() {
        learning.enrol(caller.get(), new CourseId(id), caller.reader(null));
        FacesFeedback.infoAfterRedirect("enrolment.done");
        return "/courses/course.xhtml?faces-redirect=true&id=" + id;
    }

    public String withdraw() {
        try {
            learning.withdraw(caller.get(), new CourseId(id));
            FacesFeedback.infoAfterRedirect("enrolment.withdrawnDone");
            return "/courses/course.xhtml?faces-redirect=true&id=" + id;
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
            return null;
        }
    }

    /** The surveys of this course waiting for the learner's answers (a completer's evaluation or follow-up). */
    public List<AskedSurvey> getSurveys() {
        if (waitingSurveys == null) {
            waitingSurveys = !caller.get().has(Role.LEARNER) || id == null ? List.of()
                    : surveys.waitingFor(caller.get()).stream().filter(s -> s.courseId() == id).toList();
        }
        return waitingSurveys;
    }

    /** The course's quizzes, for its learners and authors; nobody else sees them. */
    public List<QuizView> getQuizzes() {
        CourseOutline o = getOutline();
        if (courseQuizzes == null) {
            courseQuizzes = List.of();
            if (o != null && (o.editable() || o.enrollment() != null && o.enrollment().status() != EnrollmentStatus.WITHDRAWN)) {
                try {
                    courseQuizzes = quizzes.of(caller.get(), new CourseId(id));
                } catch (NotPermitted | NotFound e) {
                    courseQuizzes = List.of();
                }
            }
        }
        return courseQuizzes;
    }

    /** Just completed: the learner arrives from marking the last lesson done. */
    public boolean isJustCompleted() {
        CourseOutline o = getOutline();
        return completed && o != null && o.enrollment() != null && o.enrollment().completedAt() != null;
    }

    public boolean isCompleted() { return completed; }
    public void setCompleted(boolean completed) { this.completed = completed; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}

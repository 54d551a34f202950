package org.practica.server.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.CourseReports;
import org.practica.courses.application.LearnerReport;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.server.web.support.FacesFeedback;

/** One learner's lessons in one course, for the trainer (page author/learner.xhtml). */
@Named("learnerProgress")
@RequestScoped
public class LearnerProgressBean {

    @Inject
    CourseReports reports;

    @Inject
    Caller caller;

    private Long id;
    private String username;
    private LearnerReport report;

    public void load() {
        if (id == null || username == null) {
            FacesFeedback.error("enrolment.notFound");
            return;
        }
        report = reports.learner(caller.get(), new CourseId(id), username, caller.reader(null));
    }

    public LearnerReport getReport() { return report; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
}

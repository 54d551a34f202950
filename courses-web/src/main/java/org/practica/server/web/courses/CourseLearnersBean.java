package org.practica.server.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.CohortDraft;
import org.practica.courses.application.CourseReport;
import org.practica.courses.application.CourseReports;
import org.practica.courses.application.Teaching;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Cohorts, enrolling learners and the progress report of one course (page author/learners.xhtml). */
@Named("courseLearners")
@ViewScoped
public class CourseLearnersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Teaching teaching;

    @Inject
    transient CourseReports reports;

    @Inject
    transient Caller caller;

    private Long id;
    private Long cohort;
    private String cohortName;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String usernames;
    private Long enrolInto;
    private transient CourseReport report;

    public void load() {
        if (id == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        report = reports.course(caller.get(), new CourseId(id), cohort, caller.reader(null));
    }

    public String openCohort() {
        teaching.open(caller.get(), new CourseId(id), new CohortDraft(cohortName, startsOn, endsOn));
        FacesFeedback.infoAfterRedirect("cohort.opened", cohortName);
        return self();
    }

    public String enrol() {
        List<String> names = usernames == null ? List.of() : Arrays.asList(usernames.split("[\\s,;]+"));
        int count = teaching.enrol(caller.get(), new CourseId(id), names, enrolInto);
        FacesFeedback.infoAfterRedirect("enrolment.byTrainerDone", count);
        return self();
    }

    private String self() {
        return "/author/learners.xhtml?faces-redirect=true&id=" + id;
    }

    public String getCsvUrl() { return "/api/v1/courses/" + id + "/report.csv" + (cohort == null ? "" : "?cohort=" + cohort); }
    public CourseReport getReport() { return report; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCohort() { return cohort; }
    public void setCohort(Long cohort) { this.cohort = cohort; }
    public String getCohortName() { return cohortName; }
    public void setCohortName(String cohortName) { this.cohortName = cohortName; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getUsernames() { return usernames; }
    public void setUsernames(String usernames) { this.usernames = usernames; }
    public Long getEnrolInto() { return enrolInto; }
    public void setEnrolInto(Long enrolInto) { this.enrolInto = enrolInto; }
}

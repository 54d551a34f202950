package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.application.Gradebook;
import org.practica.courses.application.CourseReport;
import org.practica.courses.application.CourseReports;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;

import java.util.List;

/** A course's gradebook: its learners and cohorts from the courses module, their grades from assessments. */
@ApplicationScoped
public class CourseGradebook {

    @Inject
    CourseReports reports;

    @Inject
    Marking marking;

    public Gradebook of(Actor trainer, CourseId course, Long cohort, ContentLanguage reader) {
        CourseReport report = reports.course(trainer, course, cohort, reader);
        List<Gradebook.Row> learners = report.learners().stream()
                .map(l -> new Gradebook.Row(l.learner(), l.displayName(), l.cohortName(), List.of())).toList();
        return marking.gradebook(trainer, course, learners, cohort);
    }
}

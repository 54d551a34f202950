package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.CourseReports;
import org.practica.courses.application.LearnerReport;
import org.practica.courses.application.Teaching;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.util.List;

/** The learners a trainer enrols and follows in a course. */
@Path("/courses/{id}/learners")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CourseLearnersResource {

    public record LearnersToEnrol(List<String> learners, Long cohortId) {
    }

    public record Enrolled(int enrolled) {
    }

    @Inject
    Teaching teaching;

    @Inject
    CourseReports reports;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Enrol learners by username, optionally into a cohort; all or none")
    public Enrolled enrolLearners(@PathParam("id") long id, LearnersToEnrol request) {
        RequestBody.required(request);
        return new Enrolled(teaching.enrol(caller.get(), new CourseId(id), request.learners(), request.cohortId()));
    }

    @GET
    @Path("/{username}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "One learner's progress in a course, lesson by lesson")
    public LearnerReport learnerReport(@PathParam("id") long id, @PathParam("username") String username,
                                       @QueryParam("lang") String lang) {
        return reports.learner(caller.get(), new CourseId(id), username, caller.reader(lang));
    }
}

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.CohortDraft;
import org.practica.courses.application.CohortView;
import org.practica.courses.application.Teaching;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.util.List;

/** A course's cohorts. */
@Path("/courses/{id}/cohorts")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CohortsResource {

    @Inject
    Teaching teaching;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "A course's cohorts with their numbers of learners")
    public List<CohortView> cohorts(@PathParam("id") long id) {
        return teaching.cohorts(caller.get(), new CourseId(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Open a cohort: a named group with start and end dates")
    public Response openCohort(@PathParam("id") long id, CohortDraft draft) {
        CohortView cohort = teaching.open(caller.get(), new CourseId(id), RequestBody.required(draft));
        return Response.status(201).entity(cohort).build();
    }
}

package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.courses.application.OfflinePackage;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;

/** A learner enrolling in a course and withdrawing from it. */
@Path("/courses/{id}/enrolments")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CourseEnrolmentResource {

    @Inject
    Learning learning;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Enrol the caller in a published course")
    public Response enrol(@PathParam("id") long id, @QueryParam("lang") String lang) {
        EnrollmentView view = learning.enrol(caller.get(), new CourseId(id), caller.reader(lang));
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("/mine/offline")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "What to store to read the caller's version of the course offline: its pages, its files, "
            + "their size before anything is downloaded, the per-course limit, and a digest that changes with the content")
    public OfflinePackage offline(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return learning.offlinePackage(caller.get(), new CourseId(id), caller.reader(lang));
    }

    @DELETE
    @Path("/mine")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Withdraw from a course; enrolling again resumes")
    public Response withdraw(@PathParam("id") long id) {
        learning.withdraw(caller.get(), new CourseId(id));
        return Response.noContent().build();
    }
}

package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;

import java.util.List;

@Path("/enrolments")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.LEARNER_NAME)
public class EnrolmentsResource {

    @Inject
    Learning learning;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The caller's enrolments with progress and where to resume")
    public List<EnrollmentView> mine(@QueryParam("lang") String lang) {
        return learning.mine(caller.get(), caller.reader(lang));
    }
}

package org.practica.server.api.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.Caller;
import org.practica.kernel.Day;
import org.practica.kernel.Role;
import org.practica.monitoring.application.KnowledgeGains;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A trainer's view of the knowledge gain of a course they author. */
@Path("/monitoring/courses")
@Tag(name = "Monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TRAINER_NAME)
public class CourseGainResource {

    @Inject
    KnowledgeGains gains;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}/knowledge-gain")
    @Operation(summary = "Knowledge gain per pre-test/post-test pair of a course the caller authors, from every learner whose "
            + "post-test was graded in the period (from, to; two years unless given); fewer than five people: suppressed")
    public List<GainJson> knowledgeGain(@PathParam("id") long course, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = from == null || from.isBlank() ? today.minusYears(2) : Day.typed("from", from);
        LocalDate end = to == null || to.isBlank() ? today : Day.typed("to", to);
        return gains.ofCourse(caller.get(), course, start, end).stream().map(GainJson::of).toList();
    }
}

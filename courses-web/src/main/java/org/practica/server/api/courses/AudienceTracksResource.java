package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.AudienceTrackView;
import org.practica.courses.application.AudienceTracks;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.util.List;

@Path("/audience-tracks")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class AudienceTracksResource {

    @Inject
    AudienceTracks tracks;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The audience tracks courses can be written for")
    public List<AudienceTrackView> all() {
        return tracks.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add an audience track: code (lower-case letters, digits, dashes) and names by language code "
            + "(nameEn and nameRu are still read)")
    public Response add(AudienceTrackView track) {
        RequestBody.required(track);
        return Response.status(201).entity(tracks.add(caller.get(), track.code(), track.typedNames())).build();
    }
}

package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.ThemeView;
import org.practica.courses.application.Themes;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.util.List;

@Path("/themes")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class ThemesResource {

    @Inject
    Themes themes;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The themes courses are found under, each with its names by language code")
    public List<ThemeView> all() {
        return themes.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a theme: its code (the tag courses carry) and its names by language code")
    public Response add(ThemeView theme) {
        RequestBody.required(theme);
        return Response.status(201).entity(themes.add(caller.get(), theme.code(), theme.names())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Name a theme again: its names by language code, every language it should keep")
    public ThemeView rename(@PathParam("code") String code, ThemeView theme) {
        RequestBody.required(theme);
        return themes.rename(caller.get(), code, theme.names());
    }
}

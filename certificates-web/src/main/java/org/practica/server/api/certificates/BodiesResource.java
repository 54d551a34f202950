package org.practica.server.api.certificates;

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
import org.practica.certificates.application.Bodies;
import org.practica.certificates.application.BodyDraft;
import org.practica.certificates.application.BodyView;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.net.URI;
import java.util.List;

/** Professional bodies: admins register them and appoint their registrars; everyone signed in reads them. */
@Path("/bodies")
@Tag(name = "Certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class BodiesResource {

    @Inject
    Bodies bodies;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "All professional bodies; admins also see their registrars")
    public List<BodyView> all() {
        return bodies.all(caller.get());
    }

    @GET
    @Path("/{id}")
    public BodyView body(@PathParam("id") long id) {
        return bodies.body(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Register a body: code (2 to 6 capital letters, starts its serials, never changes), name, country, "
            + "discipline, registrars (usernames with the REGISTRAR role, each serving one body)")
    public Response register(BodyDraft body) {
        BodyView made = bodies.register(caller.get(), RequestBody.required(body));
        return Response.created(URI.create("bodies/" + made.id())).entity(made).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change a body's name, country, discipline or registrars; the code stays")
    public BodyView revise(@PathParam("id") long id, BodyDraft body) {
        return bodies.revise(caller.get(), id, RequestBody.required(body));
    }

    @PUT
    @Path("/{id}/logo")
    @Consumes("image/png")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The body's logo, a PNG of at most 200 KB, printed on its certificates")
    public BodyView logo(@PathParam("id") long id, byte[] png) {
        return bodies.useLogo(caller.get(), id, png);
    }

    @GET
    @Path("/{id}/logo")
    @Produces("image/png")
    public Response logoImage(@PathParam("id") long id) {
        return Response.ok(bodies.logo(id)).header("Cache-Control", "public, max-age=3600").build();
    }
}

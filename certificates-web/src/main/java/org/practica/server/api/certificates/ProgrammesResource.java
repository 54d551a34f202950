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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.certificates.application.Certification;
import org.practica.certificates.application.ProgrammeDraft;
import org.practica.certificates.application.ProgrammeView;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.application.ProgressView;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.net.URI;
import java.util.List;

/**
 * Certification programmes. Registrars define and run their own body's; everyone signed in reads
 * the open ones, sees their progress towards each and asks to be certified.
 */
@Path("/programmes")
@Tag(name = "Certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class ProgrammesResource {

    @Inject
    Programmes programmes;

    @Inject
    Certification certification;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Open programmes; with own=true, a registrar's own body's programmes, drafts included")
    public List<ProgrammeView> list(@QueryParam("own") boolean own) {
        return own ? programmes.ofOwnBody(caller.get(), language()) : programmes.open(language());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "A registrar defines a programme of their body (a draft): title and wording per language, requirements "
            + "(COURSE courseId; QUIZ quizId, minPercent; SUPERVISED_HOURS hours, competency, withinMonths; CPD_HOURS hours, "
            + "withinMonths), validityMonths, renewal (renewalCpdHours, renewalOpensDaysBefore, renewalGraceDays), "
            + "issuingMode AUTOMATIC or APPROVAL, signatories")
    public Response define(ProgrammeDraft body) {
        ProgrammeView made = programmes.define(caller.get(), RequestBody.required(body));
        return Response.created(URI.create("programmes/" + made.id())).entity(made).build();
    }

    @GET
    @Path("/{id}")
    public ProgrammeView programme(@PathParam("id") long id) {
        return programmes.programme(caller.get(), id, language());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Revise a programme; certificates already issued keep their wording")
    public ProgrammeView revise(@PathParam("id") long id, ProgrammeDraft body) {
        return programmes.revise(caller.get(), id, RequestBody.required(body));
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Open the programme: people see their progress and are certified")
    public ProgrammeView activate(@PathParam("id") long id) {
        return programmes.activate(caller.get(), id);
    }

    @POST
    @Path("/{id}/retirement")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Close the programme to new certificates; issued ones stay valid until they expire")
    public ProgrammeView retire(@PathParam("id") long id) {
        return programmes.retire(caller.get(), id);
    }

    @GET
    @Path("/progress")
    @Operation(summary = "The caller's progress towards every open programme: each requirement with its evidence")
    public List<ProgressView> progress() {
        return certification.progress(caller.get(), language());
    }

    @GET
    @Path("/{id}/progress")
    public ProgressView progressTowards(@PathParam("id") long id) {
        return certification.progressTowards(caller.get(), id, language());
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Ask to be certified: issued at once, or sent to the body's registrars, as the programme says; "
            + "refused while a requirement is unmet")
    public ProgressView claim(@PathParam("id") long id) {
        return certification.claim(caller.get(), id, language());
    }

    private String language() {
        return caller.locale().getLanguage();
    }
}

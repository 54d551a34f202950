package org.practica.server.api.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.monitoring.application.ProfileConsents;
import org.practica.monitoring.application.ProfileFactsView;
import org.practica.monitoring.domain.profile.ProfileFacts;
import org.practica.server.api.support.RequestBody;

/** The caller's own facts for programme reports; nobody else's can be read or changed here. */
@Path("/me/profile-facts")
@Tag(name = "My account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME,
        Role.PROGRAMME_MANAGER_NAME})
public class ProfileFactsResource {

    @Inject
    ProfileConsents consents;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The facts I gave for anonymous programme reports; 404 when I gave none or withdrew them")
    public ProfileFactsView mine() {
        return consents.mine(caller.get()).map(ProfileFactsView::of)
                .orElseThrow(() -> new org.practica.kernel.NotFound("profile.none"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "State my facts: sex (FEMALE, MALE), ageBand (UNDER_25, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, "
            + "FROM_55), region (ISO 3166-2, e.g. KZ-75), profession, organisationType, each optional, and consent: true, which "
            + "gives my statistics consent; audited without the facts")
    public ProfileFactsView state(ProfileFacts.Statement statement) {
        return ProfileFactsView.of(consents.state(caller.get(), RequestBody.required(statement)));
    }

    @DELETE
    @Operation(summary = "Withdraw my statistics consent: my facts are deleted and no count is split by them any more")
    public Response withdraw() {
        consents.withdraw(caller.get());
        return Response.noContent().build();
    }
}

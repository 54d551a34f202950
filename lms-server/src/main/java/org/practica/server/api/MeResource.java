package org.practica.server.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.server.identity.application.AccountView;
import org.practica.server.identity.application.OwnAccount;
import org.practica.kernel.Role;

import java.util.Set;

@Path("/me")
@Tag(name = "My account")
@RequestScoped
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class MeResource {

    @Inject
    OwnAccount ownAccount;

    @Context
    SecurityContext security;

    public record Me(String username, String displayName, Set<String> roles, Organisation organisation, String language) {
    }

    public record Organisation(long id, String name) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record LanguageChoice(String language) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who the caller is: username, roles, organisation and language")
    public Me me() {
        AccountView view = ownAccount.view(caller());
        return new Me(view.username(), view.displayName(), view.roles(),
                new Organisation(view.organisationId(), view.organisationName()), view.language());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's own password", description = "Ends every token and web session of the account, this token included: request a new one.")
    public Response changePassword(PasswordChange change) {
        RequestBody.required(change);
        ownAccount.changePassword(caller(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language of the user interface")
    public Response chooseLanguage(LanguageChoice choice) {
        RequestBody.required(choice);
        ownAccount.chooseLanguage(caller(), choice.language());
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
